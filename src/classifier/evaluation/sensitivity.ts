// How much each number matters: every constant of parameters.ts moved −50 % and +50 % on its own,
// with the figures that move. A maintainer reads which constants carry the result and which are
// inert (and so should not be tuned at all).
import { PARAMETERS, type Parameters } from '../parameters';
import { score, type Scores } from './metrics';
import { predictReadings, type ReadItem, type View } from './views';

export interface SensitivityRow {
  constant: keyof Parameters;
  value: number;
  factor: number;
  /** Figures at the moved value. */
  scores: Record<View, Scores>;
}

export function sensitivity(views: Record<View, ReadItem[]>, base: Parameters = PARAMETERS): SensitivityRow[] {
  const rows: SensitivityRow[] = [];
  for (const constant of Object.keys(base) as (keyof Parameters)[]) {
    for (const factor of [0.5, 1.5]) {
      const value = base[constant] * factor;
      const params = { ...base, [constant]: value };
      rows.push({
        constant,
        value,
        factor,
        scores: {
          full: score(predictReadings(views.full, params)),
          title: score(predictReadings(views.title, params)),
          description: score(predictReadings(views.description, params)),
        },
      });
    }
  }
  return rows;
}
