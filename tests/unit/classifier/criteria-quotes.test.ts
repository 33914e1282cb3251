// Every criterion is grounded in the documents: its quote stands verbatim in the named document
// (checked against ../shared/criteria when present), and the data itself is well formed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { criteria, DOCUMENTS } from '../../../src/classifier/criteria';
import { parseCue } from '../../../src/classifier/lexicon';
import { hasShared, sharedDir } from './shared-path';

const documentFiles = Object.values(DOCUMENTS) as string[];

describe('criteria data (offline)', () => {
  it('has unique ids, a side, a short name, a quote and a known document', () => {
    expect(new Set(criteria.map((c) => c.id)).size).toBe(criteria.length);
    for (const c of criteria) {
      expect(c.id.startsWith(c.side === 'management' ? 'mgmt.' : 'admin.')).toBe(true);
      expect(c.name.length).toBeGreaterThan(3);
      expect(c.name.length).toBeLessThanOrEqual(64);
      expect(c.quote.length).toBeGreaterThan(15);
      expect(documentFiles).toContain(c.document);
      expect(c.cues.length + (c.titleCues?.length ?? 0)).toBeGreaterThan(0);
    }
  });
  it('covers every family the documents draw on both sides where the documents do', () => {
    const families = (side: string): Set<string> => new Set(criteria.filter((c) => c.side === side).map((c) => c.family));
    for (const f of ['scope', 'decisions', 'policy', 'career_path', 'education']) {
      expect(families('management')).toContain(f);
      expect(families('administration')).toContain(f);
    }
    expect(families('management')).toContain('leadership');
    expect(families('management')).toContain('bridging');
    expect(families('management')).toContain('growth');
    expect(families('administration')).toContain('tasks');
  });
  it('every cue parses to a phrase and a positive weight', () => {
    for (const c of criteria) {
      for (const cue of [...c.cues, ...(c.titleCues ?? [])]) {
        const { phrase, multiplier } = parseCue(cue);
        expect(phrase).toMatch(/[\p{L}\p{N}]/u);
        expect(multiplier).toBeGreaterThan(0);
      }
    }
  });
});

describe.skipIf(!hasShared)('criteria quotes stand in the documents (../shared/criteria)', () => {
  const dir = path.join(sharedDir, 'criteria');
  it.each(criteria.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const file = path.join(dir, c.document);
    expect(existsSync(file), `${c.document} missing from ${dir}`).toBe(true);
    const text = readFileSync(file, 'utf8').replace(/\s+/g, ' ');
    expect(text).toContain(c.quote.replace(/\s+/g, ' '));
  });
});

if (!hasShared) {
  describe('criteria quotes stand in the documents', () => {
    it.skip('skipped: ../shared/criteria is not present in this checkout', () => {});
  });
}
