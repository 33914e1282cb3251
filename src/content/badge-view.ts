// What a badge says, decided from a verdict and the display settings. Pure: no DOM.
import type { Evidence, Label, Verdict } from '../classifier/types';
import type { DisplaySettings } from '../settings/schema';
import { tagVocabulary, unsureWords } from '../shared/tag-vocabulary';

export interface BadgeView {
  label: Label;
  /** Confidence under the user's minimum: the badge says "Unsure" instead of the tag. */
  unsure: boolean;
  /** 'title' = provisional (the card's title only); 'full' = the whole posting was read. */
  mode: 'title' | 'full';
  /** The icon's SVG path (src/shared/tag-vocabulary.ts). */
  icon: string;
  text: string;
  /** The button's accessible name: the full words, whatever the badge style. */
  accessibleName: string;
  /** The tooltip's reasons, strongest first: "“cue” — criterion". */
  reasons: string[];
  muted: boolean;
  hidden: boolean;
  /** On the user's shortlist (the save toggle is pressed). */
  saved: boolean;
  /** The save toggle's accessible name: what it saves, the same whether pressed or not. */
  saveLabel: string;
}

/** "strategic_planning" → "Strategic planning", for criteria the background sent no name for. */
export function humanizeCriterionId(id: string): string {
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What a badge reads of a verdict (the page gets it compact: cues, no sentences). */
export type BadgeVerdict = Pick<Verdict, 'label' | 'confidence' | 'mode'> & {
  evidence: readonly Pick<Evidence, 'cue' | 'criterionId' | 'weight'>[];
};

/** The two strongest pieces of evidence, as "“cue” — criterion". */
function topReasons(verdict: BadgeVerdict, names: Record<string, string> = {}, count = 2): string[] {
  return [...verdict.evidence]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, count)
    .map((e) => `“${e.cue}” — ${names[e.criterionId] ?? humanizeCriterionId(e.criterionId)}`);
}

export function badgeView(
  verdict: BadgeVerdict,
  display: DisplaySettings,
  options: { compact: boolean; criterionNames?: Record<string, string>; saved?: boolean; title?: string },
): BadgeView {
  const label = verdict.label;
  const applicable = label !== 'not_applicable';
  const unsure = applicable && verdict.confidence < display.minConfidence;
  const percent = `${Math.round(verdict.confidence * 100)}%`;
  const compact = options.compact && display.badgeStyle === 'compact';
  const words = tagVocabulary[label];
  const word = unsure ? unsureWords.word : compact ? words.abbreviation : words.word;
  const text = applicable ? `${word} ${percent}` : word;
  const fromTitle = verdict.mode === 'title' ? ', from the title only' : '';
  const said = applicable
    ? unsure
      ? `RoleLens: Unsure ${percent} confidence (leans ${words.word.toLowerCase()})${fromTitle}`
      : `RoleLens: ${words.word} ${percent} confidence${fromTitle}`
    : `RoleLens: not a healthcare management or administration role${fromTitle}`;
  // The name holds the badge's visible words (WCAG 2.5.3, label in name), so a speech user can say
  // what they see: "Mgmt 82%" is spelt out and then named as shown.
  const shownAs = said.toLowerCase().includes(text.toLowerCase()) ? '' : `, shown as ${text}`;
  const accessibleName = `${said}${shownAs}. Open explanation`;
  return {
    label,
    unsure,
    mode: verdict.mode,
    icon: unsure ? unsureWords.icon : words.icon,
    text,
    accessibleName,
    reasons: topReasons(verdict, options.criterionNames),
    muted: !applicable && display.notApplicable === 'dim',
    hidden: !applicable && display.notApplicable === 'hide',
    saved: options.saved === true,
    saveLabel: `Save to your RoleLens shortlist${options.title ? `: ${options.title.replace(/\s+/g, ' ').trim().slice(0, 120)}` : ''}`,
  };
}
