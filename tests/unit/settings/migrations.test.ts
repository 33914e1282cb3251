// Every past version's realistic example migrates to the latest and validates.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { criteria } from '../../../src/classifier/criteria';
import { migratePart, migrationSteps, itemMigrations } from '../../../src/storage/migrations';
import { DATA_VERSION } from '../../../src/storage/data-version';
import { parseImport } from '../../../src/user-data/transfer';
import { checkSettings } from '../../../src/settings/schema';

const fixtureDir = path.join(__dirname, 'fixtures');
const fixtures = readdirSync(fixtureDir).filter((f) => /^v\d+\.json$/.test(f));

describe('migrations', () => {
  it('has one step per version, in order, from 1 to the current version', () => {
    expect(migrationSteps.map((s) => s.from)).toEqual(
      Array.from({ length: DATA_VERSION - 1 }, (_, i) => i + 1),
    );
    expect(Object.keys(itemMigrations('settings')).map(Number)).toEqual(
      Array.from({ length: DATA_VERSION - 1 }, (_, i) => i + 2),
    );
  });

  it('keeps a realistic example of every past version', () => {
    const versions = fixtures.map((f) => Number(f.slice(1, -5))).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: DATA_VERSION - 1 }, (_, i) => i + 1));
  });

  for (const file of fixtures) {
    it(`migrates ${file} to the latest version and it validates`, () => {
      const text = readFileSync(path.join(fixtureDir, file), 'utf8');
      // Past examples use real criterion ids: an import checks them.
      const parsed = parseImport(text, { criteria: criteria.map((c) => c.id) });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      const raw = JSON.parse(text);
      // Nothing the user chose is lost on the way (the old default balanced band is no choice: v2 → v3).
      const band = raw.settings.classifier.balancedBand === 0.45 ? 1 / 3 : raw.settings.classifier.balancedBand;
      expect(parsed.value.settings.classifier).toEqual({ ...raw.settings.classifier, balancedBand: band });
      expect(parsed.value.settings.display.badgeStyle).toBe(raw.settings.display.badgeStyle);
      expect(parsed.value.settings.sites).toEqual(raw.settings.sites);
      expect(parsed.value.corrections).toHaveLength(raw.corrections.length);
      expect(parsed.value.catalogue.held).toEqual(raw.catalogue.held);
    });
  }

  it('v1 → v2 adds the theme and keeps the rest', () => {
    const v1 = JSON.parse(readFileSync(path.join(fixtureDir, 'v1.json'), 'utf8')).settings;
    const v2 = migratePart('settings', v1, 1) as typeof v1;
    expect(v2.display).toEqual({ ...v1.display, theme: 'auto' });
    expect(checkSettings(v2).issues).toEqual([]);
    // A v1 value missing the theme is not valid-by-accident in v2 only because of defaults:
    // the step itself must write it.
    expect('theme' in v1.display).toBe(false);
  });

  it('v2 → v3 moves the old default balanced band (0.45) to 1/3 and keeps a band the user chose', () => {
    const v2 = JSON.parse(readFileSync(path.join(fixtureDir, 'v2.json'), 'utf8')).settings;
    expect(v2.classifier.balancedBand).toBe(0.45);
    const v3 = migratePart('settings', v2, 2) as typeof v2;
    expect(v3.classifier.balancedBand).toBeCloseTo(1 / 3, 10);
    expect(v3.classifier.weights).toEqual(v2.classifier.weights);
    expect(checkSettings(v3).issues).toEqual([]);
    const chosen = { ...v2, classifier: { ...v2.classifier, balancedBand: 0.25 } };
    expect((migratePart('settings', chosen, 2) as typeof v2).classifier.balancedBand).toBe(0.25);
  });

  it('passes a corrupt value through unchanged so validation can catch it', () => {
    expect(migratePart('settings', 'garbage', 1)).toBe('garbage');
  });

  it('refuses a version from the future', () => {
    expect(() => migratePart('settings', {}, DATA_VERSION + 1)).toThrow(/newer RoleLens/);
  });
});
