import { describe, expect, it } from 'vitest';
import { readEmbeddedJobs, sliceJsonObject } from '../../../src/sites/embedded';

describe('sliceJsonObject', () => {
  it.each([
    ['x={"a":1};y()', 2, '{"a":1}'],
    ['={"a":{"b":"}"},"c":"\\"{"};more', 1, '{"a":{"b":"}"},"c":"\\"{"}'],
    ['={"open":', 1, null],
    ['no object', 0, null],
  ])('slices %s', (text, start, expected) => {
    expect(sliceJsonObject(text, start)).toBe(expected);
  });
});

describe('readEmbeddedJobs', () => {
  const list = { marker: 'jobs=', path: ['data', 'results'], idKey: 'key', fields: { title: 't', company: 'c' } };

  function docWithScript(text: string): Document {
    const doc = document.implementation.createHTMLDocument('t');
    const script = doc.createElement('script');
    script.textContent = text;
    doc.body.append(script);
    return doc;
  }

  it('reads jobs by id and ignores entries without one', () => {
    const jobs = readEmbeddedJobs(docWithScript('var jobs={"data":{"results":[{"key":"k1","t":"Practice Manager","c":"Acme Clinic"},{"t":"no id"}]}};'), list);
    expect([...jobs.keys()]).toEqual(['k1']);
    expect(jobs.get('k1')).toEqual({ title: 'Practice Manager', company: 'Acme Clinic', location: undefined, snippet: undefined });
  });

  it('gives an empty list for a missing marker, broken JSON or a wrong path', () => {
    expect(readEmbeddedJobs(docWithScript('var other={};'), list).size).toBe(0);
    expect(readEmbeddedJobs(docWithScript('jobs={"data":{results:[]}};'), list).size).toBe(0);
    expect(readEmbeddedJobs(docWithScript('jobs={"data":{"items":[]}};'), list).size).toBe(0);
  });
});
