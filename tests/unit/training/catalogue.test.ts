// Lints the training catalogue: every entry says why it fits, links are https, ids are unique,
// and every sentence it rests on really stands in the criteria documents.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueGrounds, defaultCatalogue } from '../../../src/training/catalogue';

const repoRoot = path.resolve(__dirname, '../../..');
const criteriaDir = path.resolve(repoRoot, '../shared/criteria');

describe('default training catalogue', () => {
  it('has unique ids', () => {
    const ids = defaultCatalogue.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(defaultCatalogue.map((e) => [e.id, e] as const))('%s is complete', (_id, entry) => {
    expect(entry.id).toMatch(/^[a-z0-9-]+$/);
    expect(entry.name.trim()).not.toBe('');
    expect(entry.why.trim().length).toBeGreaterThan(20);
    expect(entry.why).not.toMatch(/\brequired\b/i);
    expect(entry.sides.length).toBeGreaterThan(0);
    expect(entry.seniority.length).toBeGreaterThan(0);
    expect(entry.grounding).toBeDefined();
    if (entry.link !== undefined) {
      const url = new URL(entry.link);
      expect(url.protocol).toBe('https:');
      // The issuing body's home page only.
      expect(url.pathname).toBe('/');
    }
    if (entry.kind === 'certification') expect(entry.issuer).toBeTruthy();
  });

  it('covers the education the documents name and every specialization', () => {
    const ids = defaultCatalogue.map((e) => e.id);
    for (const id of ['bachelor-healthcare-management', 'bachelor-health-administration', 'bachelor-business-administration', 'mha', 'mba-healthcare', 'ehr-proficiency', 'path-strategy-budget-leadership']) {
      expect(ids).toContain(id);
    }
    const covered = new Set(defaultCatalogue.flatMap((e) => e.specializations));
    for (const s of ['finance', 'human_resources', 'information_systems', 'quality_improvement', 'billing_coding', 'patient_services', 'compliance', 'records_management']) {
      expect(covered).toContain(s);
    }
  });

  it.skipIf(!existsSync(criteriaDir))('quotes only sentences that stand in the criteria documents', () => {
    for (const g of catalogueGrounds) {
      const text = readFileSync(path.join(criteriaDir, g.document), 'utf8');
      expect(text, `${g.document} should contain: ${g.quote}`).toContain(g.quote);
    }
  });
  if (!existsSync(criteriaDir)) console.warn(`Skipping the grounding check: ${criteriaDir} is absent.`);
});
