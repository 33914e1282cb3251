// Shortlist export (JSON and CSV) and import: a round trip is exact, and a bad file is refused
// with a message saying what is wrong.
import { describe, expect, it } from 'vitest';
import { csvField, parseShortlistImport, shortlistCsv, shortlistJson } from '../../../src/shortlist/transfer';
import { administrationJob, managementJob } from './jobs';

const shortlist = { jobs: [{ ...managementJob(), notes: 'Ask about "hybrid", then follow up,\nplease' }, administrationJob()] };

describe('shortlist export and import', () => {
  it('JSON round-trips exactly', () => {
    const parsed = parseShortlistImport(shortlistJson(shortlist));
    expect(parsed).toEqual({ ok: true, value: shortlist.jobs, fromVersion: 1 });
  });

  it.each([
    ['not JSON', '{ nope', /file: is not valid JSON/],
    ['a settings export', JSON.stringify({ format: 'rolelens-export', version: 2 }), /format: must be "rolelens-shortlist"/],
    ['a newer version', JSON.stringify({ format: 'rolelens-shortlist', version: 9, jobs: [] }), /version: .*newer RoleLens/],
    ['a bad job', JSON.stringify({ format: 'rolelens-shortlist', version: 1, jobs: [{ ...managementJob(), lean: 'far' }] }), /file\.jobs\[0\]\.lean: must be a number/],
    ['a huge file', ' '.repeat(6 * 1024 * 1024), /file: is too large/],
  ])('refuses %s', (_what, text, message) => {
    const parsed = parseShortlistImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n')).toMatch(message);
  });

  it('CSV has a header and one row per job, quoted where needed', () => {
    const csv = shortlistCsv(shortlist);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Title,Employer,Location,Board,Link,Tag,Confidence,Lean,Scope,Seniority,Specializations,Quotes,Training,Saved,Notes');
    expect(lines[1]!.startsWith('Director of Strategy and Operations,Lakeside Community Health,,Workday,https://')).toBe(true);
    expect(csv).toContain('"Ask about ""hybrid"", then follow up,\nplease"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1 555', "'+1 555"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [' padded ', '" padded "'],
  ])('csvField(%j) is %s (formulas never run in a spreadsheet)', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});
