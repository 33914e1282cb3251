// Every tunable number of the classifier, in one place, each with where it came from:
//   guide   — read off LABELLING.md (the specification of the tag) or the criteria documents;
//   cv      — chosen by leave-one-source-out cross-validation over the grid named beside it
//             (`npm run eval -- … --cv`), with the value the guide suggests kept on ties;
//   reason  — set by hand for the stated reason (not tuned).
// `npm run eval -- … --sensitivity` prints how each figure moves when each constant moves ±50 %.

export interface Parameters {
  // ── zones (what counts) ──
  /** guide §1: the role's duties decide. */
  dutiesZone: number;
  /** guide §1: the person specification does not decide; it counts this little (cv grid 0, 0.1, 0.2, 0.3). */
  personZone: number;
  /** Text under no heading that reads as neither employer nor person (cv grid 0.5, 0.7, 0.85, 1). */
  unheadedZone: number;

  // ── statements ──
  /** Each further statement of one criterion counts this fraction of the one before: "each distinct function is one statement" (guide §3); cv grid 0.3, 0.5, 0.7. */
  repeatDecay: number;
  /**
   * Each further distinct function of one criterion counts this fraction of the one before. Guide
   * §3: "each distinct function is one statement", so 1; cv grid 0.5, 0.7, 0.85, 1 gives the same
   * held-out figures for all four, so the guide's value stands.
   */
  functionDecay: number;
  /** A negated cue pulls against its side by this fraction (reason: a "no budget responsibility" should weigh less than a stated duty). */
  negationPenalty: number;

  // ── the decision ──
  /** At most this many counted duty statements is a thin posting: "at most one vague duty statement" (guide §5); cv grid 1, 1.5, 2. */
  thinDuties: number;
  /**
   * Share of management statements a division-level role needs to be management ("includes setting
   * that unit's direction", guide §2); cv grid 0.35–0.55: 0.55 was chosen in six of the seven
   * leave-one-source-out folds (the guide's wording alone would put it nearer 0.45).
   */
  divisionShare: number;
  /** Share a department-level role needs ("unless its duties are mostly direction and growth", guide §2); cv grid 0.5–0.7. */
  departmentShare: number;
  /** Share an individual post needs (reason: a staff post that mostly sets direction is rarer still than a department head). */
  individualShare: number;
  /** The documents' own senior administration roles (CAO, director of administration, VP of operations) are management only when direction is at least this share (guide §2: "administration when their duties are running operations"). */
  seniorAdministrationShare: number;
  /** How far the title's function words move the share needed (bounded prior, guide §5 / issue 9); cv grid 0, 0.05, 0.1, 0.15. */
  titleNudge: number;
  /** Balanced needs at least this many statements a side (guide §3: "at least two statements for each side"); cv grid 2, 2.5, 3. */
  balancedMinSide: number;
  /**
   * A title whose function words lean this far one way breaks a balanced tie towards that side
   * (guide §3: "when torn between balanced and a lean, choose the lean"; the title is the bounded
   * prior). Reason, not tuned: 0.75 means one clear function word (Strategy, Operations, Billing)
   * and no word of the other side. Not in the grid: with three balanced postings in the dev labels
   * any tuned value would fit those three.
   */
  balancedTitleMax: number;

  // ── relevance ──
  /** Care-delivery statements needed before the main work reads as clinical (reason: one "assess patients" is coordination). */
  clinicalMinStatements: number;
  /** …and they must outnumber running/direction statements by this factor (guide §4: "the main work is delivering care"); cv grid 0.8, 1, 1.5. */
  clinicalRatio: number;
  /** An IT or data leader is in scope with at least this many direction statements (guide §4: "unless the duties are mostly leading"). */
  itLeaderMinDirection: number;

  // ── confidence ──
  /** Confidence ceiling when the title decided (thin posting or list card): the guide marks these `borderline`. */
  titleConfidenceCap: number;
  /** Statements at which evidence counts as plentiful: strength = 1 − e^(−n / this) (reason: five clear duty statements make a well-evidenced posting). */
  evidenceScale: number;
}

export const PARAMETERS: Parameters = {
  dutiesZone: 1,
  personZone: 0.2,
  unheadedZone: 0.85,
  repeatDecay: 0.5,
  functionDecay: 1,
  negationPenalty: 0.5,
  thinDuties: 1.5,
  divisionShare: 0.55,
  departmentShare: 0.6,
  individualShare: 0.7,
  seniorAdministrationShare: 0.6,
  titleNudge: 0.1,
  balancedMinSide: 2,
  balancedTitleMax: 0.75,
  clinicalMinStatements: 2,
  clinicalRatio: 1,
  itLeaderMinDirection: 2,
  titleConfidenceCap: 0.7,
  evidenceScale: 5,
};

/** The constants cross-validation may move, with the grid it searches (see `npm run eval -- --cv`). */
export const CV_GRID: Partial<Record<keyof Parameters, readonly number[]>> = {
  personZone: [0, 0.1, 0.2, 0.3],
  unheadedZone: [0.5, 0.7, 0.85, 1],
  repeatDecay: [0.3, 0.5, 0.7],
  functionDecay: [0.5, 0.7, 0.85, 1],
  thinDuties: [1, 1.5, 2],
  divisionShare: [0.35, 0.4, 0.45, 0.5, 0.55],
  departmentShare: [0.5, 0.55, 0.6, 0.65, 0.7],
  titleNudge: [0, 0.05, 0.1, 0.15],
  clinicalRatio: [0.8, 1, 1.5],
  balancedMinSide: [2, 2.5, 3],
};
