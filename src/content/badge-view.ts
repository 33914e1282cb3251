// What a badge says, decided from a verdict and the display settings. Pure: no DOM.
import type { Label } from '../classifier/types';
import type { DisplaySettings } from '../settings/schema';
import type { BadgeVerdict } from '../shared/protocol';
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

export function badgeView(
  verdict: BadgeVerdict,
  display: DisplaySettings,
  options: { compact: boolean; saved?: boolean; title?: string },
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
    reasons: verdict.reasons,
    muted: !applicable && display.notApplicable === 'dim',
    hidden: !applicable && display.notApplicable === 'hide',
    saved: options.saved === true,
    saveLabel: `Save to your RoleLens shortlist${options.title ? `: ${options.title.replace(/\s+/g, ' ').trim().slice(0, 120)}` : ''}`,
  };
}
