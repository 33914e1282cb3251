// Reading a job title the way LABELLING.md does: rank words (Chief, Director, Manager…) set the
// role's scope and seniority, never its side; function words (Strategy, Billing, Records…) keep
// their side; words after "to/for <boss>" name someone else ("Business Manager to the Director of
// Strategy"); "Deputy", "Assistant" and "Associate" place the role under the one they name.
import type { Scope } from './types';

export type Rank =
  | 'chief' // chief executive, chief operating officer, any "chief … officer"
  | 'president'
  | 'executive_director' // executive director, managing director: the head of an organisation
  | 'vp'
  | 'director'
  | 'head'
  | 'general_manager'
  | 'manager'
  | 'supervisor'
  | 'administrator'
  | 'staff'
  | 'none';

export interface TitleReading {
  /** Where the title stops naming its own role. */
  ownEnd: number;
  rank: Rank;
  /** "Deputy", "Assistant", "Associate" before the rank word: the role is under the one it names. */
  deputy: boolean;
  /** Scope as the title alone tells it. */
  scope: Scope;
  /** The title names an organisation's executive (chief executive, COO, president, executive director). */
  executive: boolean;
  /** The title names the organisation's head (chief executive, president, executive or managing director), not another chief officer. */
  head: boolean;
  /** The documents' own senior administration roles: director of administration, VP of operations, CAO. */
  seniorAdministration: boolean;
  /** The documents' typical administrative roles: practice administrator, office manager, hospital administrator, department coordinator. */
  administrativeRole: boolean;
  /** Offsets of the words that gave the rank (for evidence quotes). */
  rankSpan: { start: number; end: number } | null;
}

// "PA to the Chief Executive", "Business Manager to the Director of Strategy", "Secretary for the
// Medical Director": the words after to/for name the boss when a rank word follows.
const BOSS = /\b(to|for)\s+(the\s+|our\s+)?([\p{L}&-]+\s+){0,4}?(chief|ceo|coo|cfo|cmo|cno|director|directors|head|president|vice president|vp|executive|executives|board|partners?|principal|dean|chair|consultants?|medical director|senior leadership|leadership team)\b/iu;
const SUPPORT_ROLE_BEFORE = /\b(assistant|pa|p\.a\.|secretary|manager|administrator|officer|coordinator|co-ordinator|support|adviser|advisor|lead|clerk|analyst|aide)\s*$/i;

const DEPUTY = /\b(deputy|assistant|asst\.?|associate|assoc\.?|sub)\s+([\p{L}&-]+\s+){0,3}?(chief|director|manager|head|general manager|administrator|president|officer|superintendent)\b/iu;

const RANKS: readonly [Rank, RegExp][] = [
  ['chief', /\bchief\s+([\p{L}&,-]+\s+){0,4}?(officer|executive)\b|\b(ceo|coo|cfo|cio|cto|cno|cmo|cdo|cdio|cao|cxo|cco|chro|cpo|cqo|cmio)\b/iu],
  ['president', /(?<!vice\s)(?<!vice-)\bpresident\b/i],
  ['executive_director', /\b(executive director|managing director|hospital director|medical center director|health (center|centre) director|director of the (hospital|medical center|agency|organi[sz]ation))\b/i],
  ['vp', /\b(vice[- ]president|svp|evp|avp|vp)\b/i],
  ['director', /\bdirector\b/i],
  ['head', /\bhead\s+of\b|\bhead\b(?!\s+(nurse|chef|cook|teacher|start|office|quarters))/i],
  ['general_manager', /\bgeneral manager\b/i],
  ['manager', /\b(manager|mgr|superintendent)\b/i],
  ['supervisor', /\b(supervisor|supervisory|team leader|team lead|lead)\b/i],
  ['administrator', /\b(practice|hospital|clinic|health (center|centre)|facility|nursing home|office|health system|health systems|site|unit|program|programme|service) administrator\b/i],
  ['staff', /\b(administrator|assistant|clerk|secretary|receptionist|coordinator|co-ordinator|officer|specialist|representative|rep|coder|biller|scheduler|technician|navigator|agent|advisor|adviser|analyst|associate|greeter|typist|aide|liaison|auditor|educator)\b/i],
];

// Executive titles name the organisation's head only when nothing places them under another chief.
const CHIEF_NOT_EXECUTIVE = /\bchief\s+(cardiac|physiologist|pharmacist|radiographer|sonographer|technician|technologist|scientist|biomedical|dietitian|therapist|nurse(?!\s+\w*\s*officer)|clerk|steward|engineer|of staff|resident|medical scientist)\b/i;
// An executive director of a function or service (not of a place or body).
const ED_OF_FUNCTION = /\bexecutive director\b\s*(of|for|,|-|–|—|:)\s*(?!(the )?(medical cent(er|re)|hospital|health cent(er|re)|agency|association|council|foundation|clinic|organi[sz]ation|charity|trust|board)\b)[a-z]/i;
// The organisation's head among the chiefs: the chief executive.
const HEAD_CHIEF = /\b(chief executive|ceo)\b/i;
const SENIOR_ADMINISTRATION = /\b(chief administrative officer|cao|director of administration|administrative director|director,? administration|vice[- ]president,? (of )?operations|vp,? (of )?operations|svp,? (of )?operations)\b/i;
const ADMINISTRATIVE_ROLE = /\b(practice administrator|office manager|hospital administrator|department coordinator|departmental coordinator)\b/i;
const DIVISION_WORDS = /\b(divisional|division|regional|region|area|group|zone|district|market|multi-?site|service line|care group|directorate|system|network|locality|network)\b/i;
const DEPARTMENT_WORDS = /\b(practice|clinic|health (center|centre)|office|ward|department|unit|site|surgery|front desk|reception)\b/i;

/** Where the title's own role ends: "Business Manager to the Director of Strategy" → "Business Manager". */
export function titleOwnRoleEnd(title: string): number {
  const m = BOSS.exec(title);
  if (!m) return title.length;
  const before = title.slice(0, m.index);
  return SUPPORT_ROLE_BEFORE.test(before) ? before.trimEnd().length : title.length;
}

export function readTitle(title: string): TitleReading {
  const ownEnd = titleOwnRoleEnd(title);
  const own = title.slice(0, ownEnd);
  let rank: Rank = 'none';
  let rankSpan: TitleReading['rankSpan'] = null;
  for (const [r, re] of RANKS) {
    const m = re.exec(own);
    if (!m) continue;
    if (r === 'chief' && CHIEF_NOT_EXECUTIVE.test(own) && !/\bofficer\b|\bexecutive\b/i.test(m[0])) continue;
    rank = r;
    rankSpan = { start: m.index, end: m.index + m[0].length };
    break;
  }
  // "Executive Director of Perioperative Services" leads a function, not the organisation: a
  // director, who is the organisation's executive only if the duties give a seat at the top table.
  if (rank === 'executive_director' && ED_OF_FUNCTION.test(own)) rank = 'director';
  const deputy = DEPUTY.test(own) && rank !== 'staff';
  const seniorAdministration = SENIOR_ADMINISTRATION.test(own);
  const administrativeRole = ADMINISTRATIVE_ROLE.test(own);
  const top = rank === 'chief' || rank === 'president' || rank === 'executive_director';
  const executive = top && !deputy && !seniorAdministration;
  return {
    ownEnd,
    rank,
    deputy,
    scope: titleScope(own, rank, deputy, executive),
    executive,
    head: executive && (rank !== 'chief' || HEAD_CHIEF.test(own)),
    seniorAdministration,
    administrativeRole,
    rankSpan,
  };
}

function titleScope(own: string, rank: Rank, deputy: boolean, executive: boolean): Scope {
  if (executive) return 'organisation';
  switch (rank) {
    case 'chief':
    case 'president':
    case 'executive_director':
    case 'vp':
    case 'director':
      return 'division';
    case 'general_manager':
      // A deputy general manager runs part of a general manager's remit.
      return deputy ? 'department' : 'division';
    case 'head':
    case 'manager':
      return DIVISION_WORDS.test(own) && !deputy ? 'division' : 'department';
    case 'supervisor':
    case 'administrator':
      return 'department';
    case 'staff':
      return 'individual';
    case 'none':
      return DEPARTMENT_WORDS.test(own) ? 'department' : 'individual';
  }
}
