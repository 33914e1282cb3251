// The classify CLI: JSONL in, JSON lines out; malformed lines reported with their line number.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './shared-path';

function runCli(args: string[], input: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/classify.ts'), ...args], { cwd: repoRoot, input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run classify', () => {
  it('classifies good lines, reports the bad ones with line numbers, exits 1 at the end', () => {
    const input = [
      JSON.stringify({ id: 'a', title: 'Medical Records Clerk', description: 'File and scan patient records.' }),
      '{not json',
      JSON.stringify({ id: 'b', title: 'Chief Executive Officer', description: '' }),
      JSON.stringify({ id: 'c' }),
    ].join('\n');
    const r = runCli(['-'], input);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; label: string; evidence: unknown[] });
    expect(lines.map((l) => [l.id, l.label])).toEqual([['a', 'administration'], ['b', 'management']]);
    expect(Object.keys(lines[0]!)).toEqual(['id', 'label', 'lean', 'confidence', 'relevance', 'seniority', 'scope', 'duties', 'decidedBy', 'specializations', 'evidence']);
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
    expect(r.stderr).toMatch(/line 4: missing "title"/);
    expect(r.status).toBe(1);
  }, 60_000);
  it('explains one pasted plain-text posting', () => {
    const r = runCli(['-'], 'Director of Strategy\nYou will lead the hospital strategy with the Board.');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Verdict: Management-leaning/);
    // The function word of the title is evidence; the rank word is not (it sets scope).
    expect(r.stdout).toMatch(/“Strategy” \(title\)/);
    expect(r.stdout).not.toMatch(/“Director” \(title\)/);
    expect(r.stdout).toMatch(/scope: division/);
  }, 60_000);
});
