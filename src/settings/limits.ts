// The bounds every control, validator and import shares, so the UI and storage never disagree.

/** Criterion weight multiplier: 0 = ignore the criterion, 1 = as shipped. */
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 3;

export const BALANCED_BAND_MIN = 0;
export const BALANCED_BAND_MAX = 0.9;

export const MIN_CONFIDENCE_MIN = 0;
export const MIN_CONFIDENCE_MAX = 0.95;

/** Custom cue phrases: long phrases never match real postings and slow matching down. */
export const CUE_PHRASE_MAX = 60;
export const CUE_WEIGHT_MIN = 0.1;
export const CUE_WEIGHT_MAX = 3;
export const CUES_MAX = 100;
