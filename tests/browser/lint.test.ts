// Mozilla's own add-on linter over both Firefox builds: 0 errors. Warnings are listed, not failed,
// because preact's runtime assigns innerHTML internally (UNSAFE_VAR_ASSIGNMENT) although we never do.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyBuild, firefoxBuild, repoRoot, type FirefoxTarget } from './harness/firefox';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

function lint(dir: string): LintReport {
  const webExt = path.join(repoRoot, 'node_modules', '.bin', 'web-ext');
  // web-ext exits 1 when it finds errors; the JSON on stdout is what we judge either way.
  const result = spawnSync(webExt, ['lint', '-s', dir, '-o', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const json = result.stdout.slice(result.stdout.indexOf('{'));
  if (!json) throw new Error(`web-ext lint printed no JSON (exit ${result.status}): ${result.stderr}`);
  return JSON.parse(json) as LintReport;
}

const describeMessage = (m: LintMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;

describe('web-ext lint', () => {
  for (const target of ['firefox-mv2', 'firefox-mv3'] as FirefoxTarget[]) {
    it(`${target} has no errors`, () => {
      const build = copyBuild(firefoxBuild(target));
      try {
        const report = lint(build.dir);
        if (report.warnings.length) {
          console.log(`${target} warnings (allowed):\n  ${report.warnings.map(describeMessage).join('\n  ')}`);
        }
        expect(report.errors.map(describeMessage)).toEqual([]);
        expect(report.summary.errors).toBe(0);
      } finally {
        build.dispose();
      }
    });
  }
});
