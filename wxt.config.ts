import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// RoleLens build configuration. Content-script matches live in entrypoints/content.ts,
// derived from the site registry, so this file only holds the manifest basics.

// Browser tests only: ROLELENS_TEST_ALL_URLS=1 builds a variant whose manifest grants <all_urls>
// up front, into its own folder (.output/chrome-mv3-test-all-urls), standing in for the user's
// grant of the optional permission in options, which automation cannot give. Its badges also use an
// open shadow root (the release's is closed), for the tests that must look inside one: axe-core
// cannot (see src/content/badge-element.ts). Never zipped or shipped.
const testAllUrls = process.env.ROLELENS_TEST_ALL_URLS === '1';

// The classifier expands its cue words with compromise's inflections (src/classifier/inflections.ts).
// In the extension, that module is replaced by a table compromise fills here, once per build
// (scripts/inflection-table.ts): the background then starts without parsing and initialising
// compromise (350 KB; most of a cold start's wait for the first badges). The CLI and tests keep
// compromise itself.
const INFLECTIONS = path.resolve('src/classifier/inflections');
const TABLE_MODULE = path.resolve('src/classifier/inflection-table.ts');
const VIRTUAL = '\0rolelens-inflection-table';
let tableCode: Promise<string> | null = null;

function inflectionTable(): Plugin {
  return {
    name: 'rolelens-inflection-table',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const resolved = path.resolve(path.dirname(importer), source).replace(/\.ts$/, '');
      return resolved === INFLECTIONS ? VIRTUAL : null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      tableCode ??= (async () => {
        const { tsImport } = await import('tsx/esm/api');
        const parent = pathToFileURL(path.resolve('wxt.config.ts')).href;
        const { buildInflectionTable } = (await tsImport('./scripts/inflection-table.ts', parent)) as typeof import('./scripts/inflection-table');
        const table = JSON.stringify(buildInflectionTable());
        return `import { tableInflections } from ${JSON.stringify(TABLE_MODULE)};\nexport const inflections = tableInflections(${table});\n`;
      })();
      return tableCode;
    },
  };
}

export default defineConfig({
  srcDir: '.',
  ...(testAllUrls ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-test-all-urls' } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [inflectionTable()],
    define: { 'import.meta.env.ROLELENS_TEST_OPEN_BADGES': JSON.stringify(testAllUrls ? '1' : '') },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: testAllUrls ? 'RoleLens (test build, all sites granted, open badge roots)' : 'RoleLens',
    description:
      'Tags healthcare leadership jobs as management- or administration-leaning, with evidence quoted from the posting. Runs entirely in your browser.',
    // storage: settings and corrections; activeTab + scripting: "Read this page" on an unsupported page.
    permissions: ['storage', 'activeTab', 'scripting'],
    // Asked only when the user turns on "any page with JobPosting data" in options.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['<all_urls>'] }
      : { optional_permissions: ['<all_urls>'] }),
    ...(testAllUrls && manifestVersion === 3 ? { host_permissions: ['<all_urls>'] } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rolelens@rolelens.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
