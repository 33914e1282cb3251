// Size of each extension page of a build: the HTML's script and stylesheets plus every chunk they
// import (what the browser loads to show the page), raw and gzipped, beside the popup's as the
// baseline. Also the content script and the whole build. Builds with `npx wxt build` unless
// ROLELENS_SKIP_BUILD=1; BENCH_EXTENSION_DIR measures another build folder.
//   npm run bench:size
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.BENCH_EXTENSION_DIR ?? path.join(root, '.output', 'chrome-mv3');
if (!process.env.BENCH_EXTENSION_DIR && (process.env.ROLELENS_SKIP_BUILD !== '1' || !existsSync(path.join(dir, 'manifest.json')))) {
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
}

/** A JS file and every file it imports statically, transitively. */
function withImports(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) withImports(path.resolve(path.dirname(file), m[1]), seen);
  return seen;
}

function pageFiles(html) {
  const text = readFileSync(path.join(dir, html), 'utf8');
  const files = new Set();
  for (const m of text.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)) {
    const file = path.join(dir, m[1]);
    if (file.endsWith('.js')) withImports(file, files);
    else files.add(file);
  }
  return [...files];
}

function size(files) {
  const raw = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return { raw, gzip };
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
const baseline = size(pageFiles('popup.html'));
console.log(`build: ${path.relative(root, dir) || dir}`);
for (const html of pages) {
  const s = size(pageFiles(html));
  console.log(`${html.padEnd(16)} ${kB(s.raw).padStart(10)} raw ${kB(s.gzip).padStart(9)} gzip   ×${(s.raw / baseline.raw).toFixed(2)} of the popup`);
}
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const content = manifest.content_scripts?.[0]?.js?.map((f) => path.join(dir, f)) ?? [];
if (content.length) {
  const s = size(content);
  console.log(`${'content script'.padEnd(16)} ${kB(s.raw).padStart(10)} raw ${kB(s.gzip).padStart(9)} gzip`);
}
const all = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(path.join(d, e.name)) : [path.join(d, e.name)]));
const total = size(all(dir));
console.log(`${'whole build'.padEnd(16)} ${kB(total.raw).padStart(10)} raw ${kB(total.gzip).padStart(9)} gzip (files gzipped one by one)`);
