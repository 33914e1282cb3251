#!/usr/bin/env node
// `npm test`: the whole suite in the order a failure is cheapest to find.
// typecheck → unit tests → Chrome MV3 (and its test variant) and Firefox MV2/MV3 builds → real-browser tests (which reuse the builds).
// Fails fast, and always ends with one plain line "N passed, N failed" counted from vitest's
// JSON reports (a failing typecheck or build counts as one failure, so the line never reads
// "0 failed" on a red run).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(repoRoot, 'node_modules', '.bin', name);
const reportDir = mkdtempSync(path.join(tmpdir(), 'rolelens-test-'));
const BUILD_LOCK = '/tmp/rolelens-build.lock';

const totals = { passed: 0, failed: 0, skipped: 0 };
const startedAt = Date.now();

/** Several people build in one checkout; a shared lock keeps two builds from clobbering .output/. */
function lockedCommand(cmd, args) {
  if (spawnSync('sh', ['-c', 'command -v flock'], { stdio: 'ignore' }).status === 0) {
    return ['flock', [BUILD_LOCK, cmd, ...args]];
  }
  return [cmd, args];
}

function run(label, cmd, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n=== ${label} ===\n$ ${[cmd, ...args].join(' ')}`);
  const result = spawnSync(cmd, args, {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.error) {
    console.error(`✗ ${label}: could not start ${cmd}: ${result.error.message}`);
    return false;
  }
  const ok = result.status === 0;
  console.log(`${ok ? '✓' : '✗'} ${label} (${seconds} s${ok ? '' : `, exit ${result.status ?? result.signal}`})`);
  return ok;
}

/** Adds one vitest JSON report to the totals. A missing report means vitest died before testing. */
function countReport(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // Files that failed to load (syntax error, failing import) hold no tests but are failures.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) {
      totals.failed += 1;
      console.error(`✗ ${path.relative(repoRoot, suite.name)} failed to run: ${suite.message ?? ''}`);
    }
  }
  return true;
}

function vitestProject(project, env = {}) {
  const jsonFile = path.join(reportDir, `${project}.json`);
  const ok = run(`vitest: ${project} tests`, bin('vitest'), [
    'run',
    '--project', project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${jsonFile}`,
  ], env);
  const failedBefore = totals.failed;
  countReport(jsonFile);
  // vitest failed without a failing test (config error, no tests found, unhandled error):
  // still one failure, so the summary agrees with the exit code.
  if (!ok && totals.failed === failedBefore) totals.failed += 1;
  return ok;
}

function finish(ok, failedStep) {
  rmSync(reportDir, { recursive: true, force: true });
  const minutes = ((Date.now() - startedAt) / 60000).toFixed(1);
  console.log('');
  if (failedStep) console.log(`Stopped at: ${failedStep}`);
  if (totals.skipped) console.log(`(${totals.skipped} skipped)`);
  console.log(`Total time: ${minutes} min`);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(ok && totals.failed === 0 ? 0 : 1);
}

const steps = [
  ['typecheck (tsc --noEmit)', () => run('typecheck', bin('tsc'), ['--noEmit'])],
  ['unit tests', () => vitestProject('unit')],
  ['build Chrome MV3', () => run('build Chrome MV3', ...lockedCommand(bin('wxt'), ['build']))],
  // Test-only variant granting <all_urls> up front (tests/browser/any-page.test.ts); never shipped.
  ['build Chrome MV3 test variant', () => run('build Chrome MV3 test variant (<all_urls> granted)', ...lockedCommand(bin('wxt'), ['build']), { ROLELENS_TEST_ALL_URLS: '1' })],
  ['build Firefox MV2', () => run('build Firefox MV2', ...lockedCommand(bin('wxt'), ['build', '-b', 'firefox']))],
  // Firefox also takes MV3; web-ext lint checks both.
  ['build Firefox MV3', () => run('build Firefox MV3', ...lockedCommand(bin('wxt'), ['build', '-b', 'firefox', '--mv3']))],
  // The builds above are fresh, so the harness must not rebuild (and race other builds).
  ['browser tests', () => vitestProject('browser', { ROLELENS_SKIP_BUILD: '1' })],
];

for (const [name, step] of steps) {
  if (!step()) {
    // Typecheck and build failures are not vitest tests; count each as one failure.
    if (!name.includes('tests')) totals.failed += 1;
    finish(false, name);
  }
}
finish(true);
