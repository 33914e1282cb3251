// UK → US spelling, so one cue matches "organisation" and "organization", "programme" and "program".
// Hand-written because the few spellings that matter in job adverts are a short, known list; a
// general spelling library would be far larger than the problem.

const WHOLE_WORD: Record<string, string> = {
  programme: 'program',
  programmes: 'programs',
  centre: 'center',
  centres: 'centers',
  licence: 'license',
  licences: 'licenses',
  labour: 'labor',
  behaviour: 'behavior',
  behaviours: 'behaviors',
  judgement: 'judgment',
  enrolment: 'enrollment',
  fulfil: 'fulfill',
  counselling: 'counseling',
  modelling: 'modeling',
  travelling: 'traveling',
  cancelled: 'canceled',
  cancelling: 'canceling',
  paediatric: 'pediatric',
  paediatrics: 'pediatrics',
  anaesthetics: 'anesthetics',
  haematology: 'hematology',
  orthopaedic: 'orthopedic',
  oesophageal: 'esophageal',
  catalogue: 'catalog',
  cheque: 'check',
  cheques: 'checks',
  analyse: 'analyze',
  analysed: 'analyzed',
  analysing: 'analyzing',
  colleagues: 'colleagues',
  favourable: 'favorable',
  honour: 'honor',
  endeavour: 'endeavor',
  rota: 'roster',
  rotas: 'rosters',
  rostering: 'rostering',
};

// -ise verbs that are not -ize in US English (advise, exercise …): left alone.
const ISE_EXCEPTIONS = new Set([
  'advise', 'arise', 'comprise', 'compromise', 'devise', 'despise', 'disguise', 'enterprise',
  'excise', 'exercise', 'expertise', 'franchise', 'improvise', 'merchandise', 'premise', 'promise',
  'revise', 'rise', 'supervise', 'surprise', 'televise', 'wise', 'otherwise', 'noise', 'raise',
  'praise', 'poise', 'cruise', 'concise', 'precise', 'clockwise', 'likewise', 'treatise', 'demise',
  'incise', 'chemise', 'paradise', 'reprise',
]);

/** Maps one lower-case word to its US spelling (identity for words that need no change). */
export function toUsSpelling(word: string): string {
  const whole = WHOLE_WORD[word];
  if (whole !== undefined) return whole;
  // organisation(s), prioritisation, specialisation …
  if (word.endsWith('isation')) return word.slice(0, -7) + 'ization';
  if (word.endsWith('isations')) return word.slice(0, -8) + 'izations';
  // organise(s/d/r/rs), prioritising, specialist stays as it is (no -ise ending).
  const ise = /^(.{3,})is(e|es|ed|ing|er|ers)$/.exec(word);
  if (ise) {
    const stem = ise[1] ?? '';
    const base = stem + 'ise';
    if (!ISE_EXCEPTIONS.has(base) && !ISE_EXCEPTIONS.has(word)) return stem + 'iz' + (ise[2] ?? '');
  }
  // -our nouns (colour, favour …) but not four, hour, tour, your, pour, flour, our.
  if (/^[a-z]{3,}our$/.test(word) && !/(four|hour|tour|your|pour|flour|sour|dour|contour|detour|devour|troubadour)$/.test(word)) {
    return word.slice(0, -3) + 'or';
  }
  return word;
}
