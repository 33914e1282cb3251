// v2 → v3: classifier v2 counts duty statements for "balanced" (LABELLING.md §3): the band is now
// |M − A| / (M + A) of the counted duties, whose default is 1/3 ("the weaker side is at least a
// third"). A stored 0.45 was the old default on the old lean scale, not a choice: it becomes 1/3.
// Any other band was the user's choice and is kept.
import { isRecord } from '../../schema/check';
import type { MigrationStep } from './types';

/** The old default balanced band (classifier v1). */
const V1_DEFAULT_BAND = 0.45;

export const v2ToV3: MigrationStep = {
  from: 2,
  why: 'classifier v2: balancedBand is read over counted duty statements; the old default 0.45 becomes 1/3',
  settings(old) {
    if (!isRecord(old) || !isRecord(old.classifier) || old.classifier.balancedBand !== V1_DEFAULT_BAND) return old;
    return { ...old, classifier: { ...old.classifier, balancedBand: 1 / 3 } };
  },
};
