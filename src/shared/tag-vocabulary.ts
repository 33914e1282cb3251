// The one vocabulary for a tag, wherever it is shown: the badge on the page, the popup, the
// options page. Each tag has its words at three lengths and its own icon shape, so it never rests
// on colour alone. Plain data (no DOM): the badge builds its SVG from the same path the popup's
// Preact icon draws.
import type { Label } from '../classifier/types';

export interface TagWords {
  /** In full, where there is room: "Management-leaning". */
  name: string;
  /** One or two words (full badges, counts, lists): "Management". */
  word: string;
  /** Compact badges on cards: "Mgmt". */
  abbreviation: string;
  /** The icon: an SVG path on a 16×16 grid, drawn as a 1.6-wide stroke. */
  icon: string;
}

export const tagVocabulary: Readonly<Record<Label, TagWords>> = {
  management: {
    name: 'Management-leaning',
    word: 'Management',
    abbreviation: 'Mgmt',
    // Rising line: strategy and growth.
    icon: 'M2 12l4-4 3 3 5-6M10 5h4v4',
  },
  administration: {
    name: 'Administration-leaning',
    word: 'Administration',
    abbreviation: 'Admin',
    // Clipboard: day-to-day operations.
    icon: 'M5 3h6v2H5zM4 4H3v10h10V4h-1M5.5 8h5M5.5 11h5',
  },
  balanced: {
    name: 'Balanced',
    word: 'Balanced',
    abbreviation: 'Bal',
    // Scales: both sides.
    icon: 'M8 2v12M4 14h8M2 6h12M2 6l-1.5 4h3zM14 6l-1.5 4h3z',
  },
  not_applicable: {
    name: 'Not a healthcare management/administration role',
    word: 'Not applicable',
    abbreviation: 'N/A',
    // Circle with a slash: not this kind of role.
    icon: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M3.4 3.4l9.2 9.2',
  },
};

/** A verdict under the user's minimum confidence: the word and icon shown instead of the tag. */
export const unsureWords = {
  word: 'Unsure',
  // Question mark.
  icon: 'M5.5 6a2.5 2.5 0 1 1 3.6 2.2c-.7.4-1.1.9-1.1 1.6v.7M8 13v.2',
} as const;

/** Display order: the two leans, then balanced, then the rest. */
export const tagOrder: readonly Label[] = ['management', 'administration', 'balanced', 'not_applicable'];
