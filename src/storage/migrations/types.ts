// One migration step moves every stored part from version `from` to `from + 1`.
// Parts a step does not touch are left as they are. Steps must accept anything (a corrupt
// value passes through unchanged and is caught by validation afterwards).

export type StoredPart = 'settings' | 'corrections' | 'catalogue';

export interface MigrationStep {
  from: number;
  /** Short reason, shown nowhere but kept for whoever adds the next step. */
  why: string;
  settings?: (old: unknown) => unknown;
  corrections?: (old: unknown) => unknown;
  catalogue?: (old: unknown) => unknown;
}
