// Which part of a posting a sentence belongs to, and how much its cues count. Duties count fully;
// the employer's own description counts little (every Trust describes its strategy); benefits,
// pay and equal-opportunity text count for nothing.
import type { Span } from './sentences';

export type SectionKind = 'duties' | 'requirements' | 'about_employer' | 'benefits' | 'equal_opportunity' | 'body';

export const SECTION_WEIGHT: Record<SectionKind, number> = {
  duties: 1,
  requirements: 0.8,
  body: 0.9,
  about_employer: 0.35,
  benefits: 0,
  equal_opportunity: 0,
};

// Headings as they open a sentence (postings often arrive with line breaks collapsed).
const HEADINGS: [RegExp, SectionKind][] = [
  [/^(main |key |essential |principal )?(duties|responsibilities|functions)\b|^(job|role|position) (summary|purpose|overview|description|responsibilities)\b|^(duties and responsibilities|what you('|’)ll do|what you will do|about the (role|job|position)|the role\b|summary\b|overview of (the )?(role|position)|job description)/i, 'duties'],
  [/^(person specification|qualifications|requirements|minimum qualifications|preferred qualifications|essential criteria|desirable criteria|skills and experience|knowledge, skills|what you('|’)ll bring|who you are|about you|education\b|experience\b|specialized experience)/i, 'requirements'],
  [/^(about us|who we are|about (the )?(organi[sz]ation|company|employer|trust|practice)|our (mission|organi[sz]ation|vision|values|story)|company description|working for our organi[sz]ation)/i, 'about_employer'],
  [/^(benefits|what we offer|compensation|salary|pay and benefits|perks|why work for us|we offer\b)/i, 'benefits'],
  [/^(equal (employment )?opportunit|eeo\b|diversity statement|non-?discrimination)/i, 'equal_opportunity'],
];

// Sentences that are benefits or equal-opportunity text wherever they stand.
const ZERO_SENTENCE =
  /equal (employment )?opportunit|without regard to|regardless of (race|age|sex|gender|religion)|sexual orientation|gender identity|veteran status|protected (veteran|characteristic)|reasonable accommodation|e-?verify|401\s?\(?k|pension scheme|nhs pension|paid time off|\bPTO\b|health insurance|medical, dental|dental (and|&) vision|vision insurance|life insurance|tuition (assistance|reimbursement)|salary range|pay range|per annum|per hour|\bdays('|’)? (of )?annual leave|annual leave entitlement|employee assistance program|flexible (working|benefits) |cycle to work|blue light card|staff discounts?|disclosure and barring|\bDBS\b|apply now|click apply|closing date|visa sponsorship|right to work in the uk|drug-?free workplace|background check/i;

const ABOUT_SENTENCE =
  /^(we are|we're|we serve|we provide|we employ|we have been|our (trust|organi[sz]ation|mission|vision|values|team is|clinic|practice|hospital)|founded in|established in)\b|\b(is|are) (a|an|one of the) (leading|largest|award|outstanding|national|regional|nonprofit|non-profit|not-for-profit|independent)/i;

export interface Sectioned extends Span {
  section: SectionKind;
  weight: number;
}

// A heading followed by a colon inside a sentence ("Back to top Duties: …").
const INLINE_HEADINGS: [RegExp, SectionKind][] = [
  [/\b(duties|responsibilities|job summary|key responsibilities|main duties)\s*:/i, 'duties'],
  [/\b(qualifications|requirements|specialized experience|person specification)\s*:/i, 'requirements'],
  [/\b(benefits|what we offer|compensation)\s*:/i, 'benefits'],
];

function headingOf(sentence: string): SectionKind | null {
  for (const [re, kind] of HEADINGS) if (re.test(sentence)) return kind;
  for (const [re, kind] of INLINE_HEADINGS) if (re.test(sentence)) return kind;
  return null;
}

// A short sentence that is only a heading ("Benefits & Other Info 5.").
const isBareHeading = (sentence: string): boolean => sentence.length < 45 && headingOf(sentence) !== null;

export function assignSections(text: string, sentences: readonly Span[]): Sectioned[] {
  let current: SectionKind = 'body';
  const texts = sentences.map((s) => text.slice(s.start, s.end));
  return sentences.map((s, i) => {
    const sentence = texts[i]!;
    const heading = headingOf(sentence);
    // Runs of bare headings are a table of contents, not the start of a section.
    const inContents = isBareHeading(sentence) && ((texts[i + 1] !== undefined && isBareHeading(texts[i + 1]!)) || (texts[i - 1] !== undefined && isBareHeading(texts[i - 1]!)));
    if (heading && !inContents) current = heading;
    let section: SectionKind = current;
    if (ZERO_SENTENCE.test(sentence)) section = /equal (employment )?opportunit|without regard|regardless of|orientation|gender identity|veteran status|protected (veteran|characteristic)|accommodation|e-?verify|drug-?free/i.test(sentence) ? 'equal_opportunity' : 'benefits';
    else if ((section === 'body' || section === 'duties') && ABOUT_SENTENCE.test(sentence)) section = 'about_employer';
    return { ...s, section, weight: SECTION_WEIGHT[section] };
  });
}
