// v1 → v2: the options page got a colour scheme choice (display.theme).
import { isRecord } from '../../schema/check';
import type { MigrationStep } from './types';

export const v1ToV2: MigrationStep = {
  from: 1,
  why: 'display.theme added (auto / light / dark)',
  settings(old) {
    if (!isRecord(old) || !isRecord(old.display)) return old;
    return { ...old, display: { ...old.display, theme: old.display.theme ?? 'auto' } };
  },
};
