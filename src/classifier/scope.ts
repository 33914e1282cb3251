// How far the role's own remit reaches (LABELLING.md §2: "scope and direction decide, not rank
// words"): read from the title's own role (title.ts), then raised or placed by what the duties say
// ("a member of the Board", "across the Trust", "the division's", "our front desk").
import type { TitleReading } from './title';
import type { Scope } from './types';

// The post sits at the organisation's top table.
const ORGANISATION_SEAT =
  /\b(member of (the|our) (trust('s)? |organi[sz]ation('s)? |hospital('s)? |company('s)? |agency('s)? |charity('s)? |hospice('s)? |corporate |group |health board('s)? )?(board|executive (team|committee|management team|leadership team)|senior (leadership|management|executive) team|strategic (leadership|management) team|leadership team|c-?suite)|(a|an) (voting |non-voting )?(board|executive team|executive committee) member|board[- ]level|(sits?|sitting|serves?|serving) on the (trust |organi[sz]ation('s)? |corporate )?(board|executive team|executive committee|senior leadership team)|(attend|attends|attending) (the )?([\w-]+ )?board( meetings)?|(accountable|answerable|reports?|reporting) (directly )?to the ([\w-]+ )?board|join (our|the) (trust |organi[sz]ation('s)? |corporate |ambitious |unitary )?(board|executive team|executive leadership team|senior leadership team|senior management team)|part of (the|our) (trust('s)? |organi[sz]ation('s)? |corporate )?(executive (team|leadership team|management team|committee)|senior (leadership|management) team|board)|executive director on the board|(interfaces?|works?|partners?|collaborates?) (closely )?with the (ceo|chief executive|president|co-?ceos)?( and (the )?)?board( of directors| of trustees)?|(the|our) (executive|senior leadership|senior management) team('s)? (member|colleagues))\b/i;
// The organisation as a whole is the role's remit.
const ORGANISATION_REACH =
  /\b((across|throughout|for) the (whole |entire )?(trust|organi[sz]ation|health system|agency|enterprise|company|health board|charity|hospice|group)|organi[sz]ation[- ]wide|trust[- ]wide|system[- ]wide|enterprise[- ]wide|agency[- ]wide|company[- ]wide|overall (responsibility|leadership|management|direction|accountability) (of|for) (the|our) (trust|organi[sz]ation|agency|company|charity|hospice|health system|practice|clinic|business)|(the|our) (organi[sz]ation|trust|agency|company)('s|’s) (overall |strategic )?(direction|strategy|strategic plan))\b/i;
// Placed under someone other than the organisation's head: a regional, market or system leader.
const UNDER_A_REGION = /\b(reports?|reporting) (directly )?to (the|our) (regional|market|area|division(al)?|system|group|zone|network|hospital|site|campus|facility) ([\w-]+ ){0,2}(president|ceo|coo|chief|vice president|vp|director|manager)\b/i;
// A remit of departments handed down by the chief executive: "the assigned departments", "areas of
// responsibility as defined by the CEO". A chief officer with such a remit runs part of the
// organisation, not the organisation (guide §2's exception for operational senior roles).
const ASSIGNED_REMIT = /\b(assigned (departments?|areas?|operational areas|service lines?|functions|divisions|units|operations|responsibilities)|(departments|areas|service lines|directors|functions|units)( and [\w ]{0,30})? (as )?assigned|areas? of responsibility (as )?(assigned|defined|delegated)|as (assigned|defined|delegated|directed) by the (ceo|chief executive|president)|under (the )?general direction (of|from))\b/i;
// Several departments, sites or a business line.
const DIVISION_REACH =
  /\b(division(al)?|directorate|care group|service line|business (unit|line)|region(al)?|multiple (sites|locations|clinics|health cent(er|re)s|practices|departments|hospitals|services)|(across|all|each of) (the |our )?(\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|all) (sites|locations|clinics|health cent(er|re)s|practices|departments|hospitals|services|units)|(several|various|multiple) departments|group of (practices|services|clinics)|(\d+|two|three|four|five|six) (sites|locations|clinics|health cent(er|re)s|practices|hospitals))\b/i;

export interface ScopeReading {
  scope: Scope;
  /** The post sits on the organisation's executive team (LABELLING.md §2). */
  executive: boolean;
}

/** `roleText` is the role's own text: duties and, for the reach, the unheaded body (never the employer or metadata). */
export function readScope(title: TitleReading, roleText: string, wholeText: string): ScopeReading {
  const leaderRank = title.rank === 'director' || title.rank === 'vp' || title.rank === 'head' || title.executive;
  // The seat at the top table may be stated anywhere in the posting (often beside the reporting line).
  // (Reporting to the chief executive alone is no seat: many department heads do.)
  const seat = ORGANISATION_SEAT.test(wholeText);
  const underRegion = UNDER_A_REGION.test(wholeText);

  const assigned = !title.head && ASSIGNED_REMIT.test(roleText) && !ORGANISATION_SEAT.test(wholeText);
  if (title.executive && !underRegion && !assigned) return { scope: 'organisation', executive: true };
  if (leaderRank && !title.deputy && seat && !underRegion && !assigned) return { scope: 'organisation', executive: !title.seniorAdministration };
  let scope = title.scope;
  if (title.executive && (underRegion || assigned)) scope = 'division';
  if (scope !== 'organisation' && ORGANISATION_REACH.test(roleText) && title.rank !== 'staff' && title.rank !== 'none') {
    // Organisation-wide reach without a seat at the top table: a division-level remit.
    scope = scope === 'individual' ? 'department' : 'division';
  }
  if ((scope === 'department' || scope === 'individual') && DIVISION_REACH.test(roleText) && title.rank !== 'staff') scope = 'division';
  return { scope, executive: false };
}
