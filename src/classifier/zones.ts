// Which part of a posting each sentence belongs to (LABELLING.md §1): the role's duties, the person
// specification, the employer describing itself, or everything else (benefits, pay, equal
// opportunity, logistics, posting metadata). Headings are found anywhere in the text, since postings
// often arrive with their line breaks collapsed ("…with confidence The Role Team Leader…"), and a
// sentence's own wording can overrule its heading ("We are looking for a manager to…" under "About
// us" is a duty; "We are a leading hospital" under "The role" is the employer).
import { splitSentences, type Span } from './sentences';
import type { Zone } from './types';

export type BodyZone = Exclude<Zone, 'title'>;

export interface ZonedSentence extends Span {
  zone: BodyZone;
  /** True when no heading or wording placed it: text that reads as a duty but stands under no heading. */
  unheaded: boolean;
  /** True for a heading's own words ("Key Responsibilities"): never evidence. */
  heading: boolean;
}

const words = (list: string): string => list.trim().split(/\s*\|\s*/).map((h) => h.replace(/ /g, '\\s+').replace(/'/g, "['’]")).join('|');

// Section headings: the zone they open lasts until the next heading.
const SECTION_HEADINGS: readonly [BodyZone, string][] = [
  ['duties', words(`
    main duties of the job | main duties | main responsibilities | key duties | key responsibilities | key accountabilities |
    key result areas | principal duties | principal responsibilities | duties and responsibilities | duties & responsibilities |
    essential duties and responsibilities | essential duties | essential functions | essential job functions | major duties |
    job responsibilities | job summary | job purpose | job overview | job description | job role | duties | responsibilities |
    accountabilities | about the role | about the job | about the position | about this role | about this position |
    role summary | role overview | role purpose | role description | position summary | position overview |
    position purpose | position description | overview of the role | purpose of the role | scope of the role |
    what you'll do | what you will do | what you'll be doing | what you will be doing | your role | your responsibilities |
    in this role | the role | the opportunity | the position | the post | summary`)],
  ['person', words(`
    person specification | minimum qualifications | preferred qualifications | required qualifications | basic qualifications |
    qualifications and experience | requirements and qualifications | minimum requirements | essential requirements |
    essential criteria | desirable criteria | skills and experience | skills & experience | knowledge, skills and abilities |
    knowledge skills and abilities | what you'll bring | what you will bring | what you bring | what you'll need | what you will need |
    what you need | what we need from you | skills required | qualifications required | required experience | preferred experience | what we're looking for | what we are looking for |
    who you are | about you | your profile | the ideal candidate | ideal candidate | preferred skills | required skills |
    licenses and certifications | specialized experience | qualifications | requirements | competencies | education |
    experience | skills`)],
  ['employer', words(`
    about us | who we are | our mission | our vision | our values | our story | our culture | company description |
    company overview | working for our organisation | working for our organization | about the trust | about the organisation |
    about the organization | about the company | about the practice | about the hospital | about the employer | about our team |
    about the team`)],
  ['other', words(`
    benefits | what we offer | compensation | pay and benefits | total rewards | perks | why work for us | why join us | we offer |
    equal opportunity employer | equal opportunities | equal employment opportunity | equal opportunity | eeo |
    diversity, equity and inclusion | diversity and inclusion | diversity | how to apply | application process |
    additional information | supplementary information | other information | conditions of employment | physical demands |
    work environment | working conditions | contact details | disclosure`)],
];

// Posting metadata "Label: value": the label makes only its own sentence 'other'.
const METADATA_LABEL = new RegExp(
  `(?:${words(`
    salary range | salary | pay range | pay grade | pay | remuneration | hours | working hours | location | work location |
    contract type | contract | closing date | interview date | job reference | reference number | job id | requisition id |
    requisition | band | grade | series | employment type | job type | work schedule | schedule | shift | posted | date posted |
    start date | travel required | travel | reports to | department | division | site | post | security clearance |
    relocation expenses | relocation | appointment type | position type | job family | category | base pay | pay scale`)})\\s*:`,
  'gi',
);

// Single-word headings read as ordinary words mid-sentence ("Education of staff", "Schedule
// appointments"): as headings they must stand alone (colon, line end) or be capitalised before a
// capitalised word.
const isSingleWord = (h: string): boolean => !/\s/.test(h.trim());

// "About Riverside Health" opens the employer's description (but "About the role", "About you" do not).
const ABOUT_NAME = /About\s+(?!the\s+(?:role|job|position|post)\b|this\s+(?:role|job|position|post)\b|you\b|us\b)\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of\s+|&\s+|and\s+)?\p{Lu}[\p{L}&'’.-]*){0,5}/gu;

const SMALL_WORDS = new Set(['of', 'the', 'and', 'to', 'for', 'in', 'a', 'an', '&', 'this', 'you', 'your', 'we', 'our', 'is', 'are', 'be', 'will', "you'll", 'you’ll']);

function isTitleCase(text: string): boolean {
  const ws = text.split(/\s+/).filter(Boolean);
  if (ws.length === 0 || !/^\p{Lu}/u.test(ws[0]!)) return false;
  return ws.every((w, i) => i === 0 || SMALL_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
}

interface HeadingHit {
  start: number;
  end: number;
  zone: BodyZone;
}

// All section headings in one pass: one case-insensitive alternation, longest first, then the zone
// looked up from the words found. (No Unicode flag: the headings are ASCII apart from the curly
// apostrophe, and a Unicode-aware pattern costs several times as much over a whole posting.)
const HEADING_ZONE = new Map<string, BodyZone>();
const HEADING_RE = (() => {
  const all: string[] = [];
  for (const [zone, alt] of SECTION_HEADINGS) {
    for (const h of alt.split('|')) {
      all.push(h);
      HEADING_ZONE.set(headingKey(h.replace(/\\s\+/g, ' ').replace(/\['’\]/g, "'")), zone);
    }
  }
  all.sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${all.join('|')})(?![A-Za-z0-9])`, 'gi');
})();

function headingKey(words: string): string {
  return words.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
}

/** Is the match at [start, end) a heading, judged by what stands around it? */
function standsAsHeading(text: string, start: number, end: number, firstChar: number, lastChar: number): boolean {
  const heading = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 3), start);
  const after = text.slice(end, end + 3);
  const atBoundary = start <= firstChar || /(?:^|[.!?:;•·▪●◦*|>)\]–—-]\s*|\n\s*)$/.test(before);
  const colon = /^\s*:/.test(after);
  const endsText = end >= lastChar;
  const lineEnd = /^[ \t]*\n/.test(after);
  const capitalNext = /^\s+["'“(]?[A-Z\u00C0-\u00DE\d•·*]/.test(after);
  if (colon || lineEnd || endsText) return atBoundary || isTitleCase(heading) || heading === heading.toUpperCase();
  if (isSingleWord(heading)) return capitalNext && (isTitleCase(heading) || heading === heading.toUpperCase()) && atBoundary;
  // A multi-word heading: at a boundary, or Title Case inside collapsed text; never running on into
  // lower-case words (that is a sentence which starts with the same words).
  if (!capitalNext) return atBoundary && !/^\s*[a-z\u00DF-\u00FF]/.test(after);
  return atBoundary || isTitleCase(heading) || heading === heading.toUpperCase();
}

function findHeadings(text: string): HeadingHit[] {
  const hits: HeadingHit[] = [];
  const firstChar = text.search(/\S/);
  const lastChar = text.trimEnd().length;
  HEADING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEADING_RE.exec(text)) !== null) {
    const zone = HEADING_ZONE.get(headingKey(m[0]));
    if (zone && standsAsHeading(text, m.index, m.index + m[0].length, firstChar, lastChar)) hits.push({ start: m.index, end: m.index + m[0].length, zone });
  }
  ABOUT_NAME.lastIndex = 0;
  while ((m = ABOUT_NAME.exec(text)) !== null) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (m.index === 0 || /(?:[.!?:;•·▪●◦*|]\s*|\n\s*)$/.test(before) || /\p{Ll}\s+$/u.test(before)) {
      hits.push({ start: m.index, end: m.index + 'About'.length, zone: 'employer' });
    }
  }
  // Longest heading first at one place; then in text order, overlapping shorter ones dropped.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: HeadingHit[] = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) continue;
    kept.push(h);
  }
  return kept;
}

// ── Sentence wording that overrules the heading ──

// Benefits, pay, equal opportunity, logistics and posting metadata, wherever they stand.
const OTHER_SENTENCE = new RegExp(
  // Tried only where a word starts (not after a letter): half the cost of trying every position.
  String.raw`(?:^|(?<=[^a-z]))(?:equal (employment )?opportunit|without regard to|regardless of (race|age|sex|gender|religion)|sexual orientation|gender identity|veteran status|protected (veteran|characteristic)|reasonable accommodation|e-?verify|401\s?\(?k|\bpension\b|^we offer\b|paid time off|\bPTO\b|health insurance|medical, dental|dental (and|&) vision|vision insurance|life insurance|tuition (assistance|reimbursement|support)|salary range|pay range|per annum|per hour|\/\s?(hr|hour|year)\b|\bdays('|’)? (of )?annual leave|annual leave entitlement|employee assistance program|flexible (working|benefits) |cycle to work|blue light card|staff discounts?|disclosure and barring|\bDBS\b|apply now|click apply|closing date|visa sponsorship|right to work in the uk|drug-?free workplace|background check|interviews? (will|are expected to) (be held|take place)|interview date|for (further|more) (information|details)|informal (discussion|visit|conversation|enquir)|please (contact|call|email|apply)|[\w.+-]+@[\w-]+\.[\w.]+|hiring manager|security clearance|relocation (assistance|package|expenses)|job (reference|id)\b|reference number|applications? (must|should|will) be|we reserve the right|this (vacancy|post|position) (may|will) close|rehabilitation of offenders|fixed[- ]term (contract|post)|\bhours per week\b|\bwte\b|full[- ]time,? permanent|candidates (must|should) (apply|submit)|how to apply|application form|supporting (statement|information)|covid-?19 vaccin|\btelephone( number)?\s*:?\s*\+?\d|\b(tel|phone|mobile)\s*:?\s*\+?\d{3,}|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b(are|is) delighted to (be working|partner|be partnering|present|announce|be recruiting)|executive (search|resourcing)|recruitment (partner|agency|consultancy)|on behalf of our client|\byou will (be supported by|receive|benefit from|have access to|be entitled)|^(staff|employees|colleagues) (undertake|receive|are encouraged|have access|benefit|enjoy)|\b(live and work|stunning|coastline|countryside|scenery|beaches|national park|cost of living|great place to live)\b)`,
  'i',
);

// The applicant's qualities and qualifications: the person specification, wherever it stands.
const PERSON_SENTENCE =
  /^(the (ideal|successful|right) (candidate|applicant|person|individual) (will|should|must|would) (have|be|possess|hold|bring|demonstrate|need)|(the )?(ideal )?candidates? (will|should|must) (have|be|possess|hold|bring|demonstrate)|applicants? (will|should|must)|you (will )?(have|bring|possess|hold)\b(?! (overall |full |day-to-day |operational |line |direct )?(responsibility|accountability|oversight|management|line management|the opportunity))|you (must|should) (have|be|hold)|you('|’)re (a|an|someone|comfortable|passionate|experienced)|you are (a|an|someone|comfortable|passionate|experienced|able|an experienced)|(previous |proven |demonstrable |demonstrated |significant |extensive |substantial |strong |excellent |good )?(experience|knowledge|understanding) (of|in|with|working)|(the )?ability to|able to demonstrate|(strong|excellent|good|effective|proven|demonstrable|demonstrated|exceptional) (\w+ ){0,2}(skills|abilities|track record|communicator|knowledge)|(a |an )?(bachelor|master|degree|mba|mha|phd|diploma|certificate|certification|licen[cs]e)\b|minimum (of )?(\d|one|two|three|five)|(\d+|one|two|three|four|five|seven|ten)\+? years|educated to|qualified (to|in|as)|must (have|be|hold|possess)|essential:|desirable:|preferred:|required:|able to\b|if you (share|are|have|want|would like|feel|think|enjoy)\b|(although|while) we are looking for|you will need\b|you('|’)ll need\b|you will be (confident|able|comfortable|experienced|skilled|an? (experienced|exemplar|strong|excellent|proven|natural|highly|inspirational|credible|resilient))|you('|’)ll be (confident|able|comfortable|experienced|an? (experienced|strong|proven|natural))|you will have (a |an )?(proven|strong|excellent|highly developed|significant|extensive|demonstrable|substantial|considerable|good|sound|detailed)|(we are|we('|’)re) looking for (a|an|someone) [\w\s-]{0,60}?(who|with) (has|have|is|are|can|brings?|possesses|demonstrates)|(we are|we('|’)re) looking for (someone|an individual|a person|candidates) (who|with))/i;

// A duty statement: what the post holder will do, however it is phrased (guide §1).
const ROLE_SENTENCE =
  /\b(you will|you('|’)ll|you would|the post ?holder will|the (successful )?(candidate|applicant|individual|appointee) will (be responsible|lead|manage|oversee|work|support|provide|develop|deliver|ensure|have (overall )?responsibility|take|drive|set|run|coordinate|report)|the (role|position|post|job)( holder)? (will|is responsible|involves|includes|requires|encompasses|covers|leads|provides|oversees)|this (role|position|post|job) (will|is responsible|involves|includes|requires|leads|provides|oversees)|responsibilities (include|will include|are)|duties (include|will include|are)|(is|are|will be) (responsible|accountable) for|we are (looking|seeking|recruiting|searching) for|we (need|want) (a|an|someone)|we('|’)re (looking|seeking|recruiting|searching) for|(is|are) (seeking|recruiting|looking for) (a|an)|to join (our|the) [\w\s,&-]{0,60}(team|practice|service|department|organi[sz]ation|board) (as|to)|as (the|our|a|an) [\w\s-]{0,40}(manager|director|administrator|coordinator|officer|executive|lead|head), you)\b/i;

// The employer describing itself (guide §1: mission, vision, growth, size, awards).
const EMPLOYER_SENTENCE =
  /^(we('|’)re (a|an|the|one|proud|committed|passionate)|we are (a|an|the|one of|proud|committed|passionate|an?|dedicated|the largest|home)|we (serve|provide|employ|have been|pride|strive|believe|offer (a|an|high)|deliver|operate|care for|support (over|more|around))|our (trust|organi[sz]ation|mission|vision|values|team is|clinic|practice|hospital|hospitals|people|staff|services|patients|history|purpose|ambition|commitment|goal is)\b|founded in|established in|for (over|more than) \d+ years)|\b(is|are) (a|an|one of the|the) ([\w-]+ ){0,3}(leading|largest|biggest|award|outstanding|national|regional|nonprofit|non-profit|not-for-profit|independent|integrated|academic|teaching|community|federally|private|busy|thriving|growing|successful|charity|charitable)\b|\bwe are (a|an|one of the|proud|committed)\b|\b(\d{1,3}(,\d{3})+|\d+(\.\d+)?\s?(k|m|million|billion)) (staff|employees|colleagues|patients|beds|people|members|visits)\b|\bannual (income|budget|turnover) of\b|rated (‘|'|")?(outstanding|good)|\bcare quality commission\b|^as (a|an|one of the) [^,]{0,80}, (we|our)\b|^as we\b|^as an employer\b|\bwe seek to\b|^we have (strong|close|excellent|a |an |over|more|around|been)|^(the|our) team (consists|is made up|comprises|includes|is)\b|^(as a result,? )?(they|it) (have|has|had|exceeded|achieved|continued|are|is|was|were)\b|\b(they|the trust) (have|has) (continued|achieved|exceeded|made|delivered|been)\b|^(be|join|come and join|why not join|become) (at the|part of|a part of|our|us|the)\b|^(it('|’)s|this is) an? (exciting|great|fantastic|unique|excellent|brilliant) (time|place)|^the (trust|organi[sz]ation|hospital|practice|company|charity|hospice|board|group|system|service|clinic)('s)? (is|are|has|have|was|were|continues|remains|prides|serves|provides|employs|operates)\b(?! (looking|seeking|recruiting))|\ban exciting (new )?opportunit(y|ies) (has|have) (arisen|become)/iu;
// An acronym for the employer opening the sentence ("MFT is embarking on…"); case-sensitive.
const ACRONYM_EMPLOYER = /^\p{Lu}{2,6}(?:'s|’s)? (?:is|are|has|have|was|were|continues|remains)\b/u;
// A sentence with the employer as its subject ("We help physicians…", "Our clinics serve…") that
// says nothing of "you" describes the employer (role statements were read first).
const WE_SUBJECT = /^(we|we('|’)(re|ve)|our)\s/i;
const ADDRESSES_YOU = /\byou(r|'ll|’ll)?\b/i;
const EMPLOYER_NOT_ROLE = /\b(we are|we('|’)re|is|are) (looking|seeking|recruiting|searching|hiring|currently)\b/i;

/**
 * Sentences of a description with their zones. `company` (the employer's name, when known) lets a
 * sentence that opens with it ("Riverside Health is…") read as the employer describing itself.
 */
export function zoneSentences(text: string, company = ''): ZonedSentence[] {
  const headings = findHeadings(text);
  METADATA_LABEL.lastIndex = 0;
  const labels: { start: number; end: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = METADATA_LABEL.exec(text)) !== null) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    // "Reports to:" after a lower-case word is still a label in collapsed text, if capitalised.
    if (m.index === 0 || /[\s.;:•|)]$/.test(before)) {
      if (/^\p{Lu}/u.test(m[0]) || m.index === 0) labels.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  const cuts = [...headings.flatMap((h) => [h.start, h.end]), ...labels.map((l) => l.start)];
  const sentences = splitSentences(text, cuts);
  const companyHead = companyPrefix(company);

  let current: BodyZone = 'duties';
  let headed = false;
  let h = 0;
  let l = 0;
  return sentences.map((s): ZonedSentence => {
    // Headings that start inside or before this sentence switch the zone from here on.
    let isHeading = false;
    while (h < headings.length && headings[h]!.start < s.end) {
      const hit = headings[h]!;
      if (hit.start >= s.start || hit.end > s.start) {
        current = hit.zone;
        headed = true;
        if (hit.start <= s.start && hit.end >= s.end - 1) isHeading = true;
      }
      h++;
    }
    let labelled = false;
    while (l < labels.length && labels[l]!.start < s.end) {
      if (labels[l]!.start >= s.start) labelled = true;
      l++;
    }
    const sentence = text.slice(s.start, s.end);
    const zone = sentenceZone(sentence, current, labelled, companyHead);
    return { ...s, zone, unheaded: !headed && zone === 'duties' && !ROLE_SENTENCE.test(sentence), heading: isHeading };
  });
}

function sentenceZone(sentence: string, heading: BodyZone, labelled: boolean, companyHead: string): BodyZone {
  if (labelled || OTHER_SENTENCE.test(sentence)) return 'other';
  if (heading === 'other') return 'other';
  if (PERSON_SENTENCE.test(sentence)) return 'person';
  if (ROLE_SENTENCE.test(sentence)) return 'duties';
  if (!EMPLOYER_NOT_ROLE.test(sentence)) {
    if (EMPLOYER_SENTENCE.test(sentence) || ACRONYM_EMPLOYER.test(sentence)) return 'employer';
    if (WE_SUBJECT.test(sentence) && !ADDRESSES_YOU.test(sentence)) return 'employer';
    if (companyHead && sentence.toLowerCase().startsWith(companyHead) && /^\S+(\s+\S+){0,8}\s+(is|are|has|have|was|provides|serves|operates|employs|offers|delivers)\b/i.test(sentence)) return 'employer';
  }
  return heading;
}

/** The first word or two of the employer's name, lower-cased ("riverside health"), or '' when too short to trust. */
function companyPrefix(company: string): string {
  const ws = company.trim().split(/\s+/).filter((w) => w.length > 1);
  const head = ws.slice(0, Math.min(2, ws.length)).join(' ').toLowerCase();
  return head.length >= 4 ? head : '';
}
