// Classifier settings: defaults and validation. (Contract first; the classifier work fills it in.)
import type { ClassifierSettings } from './types';

export function defaultClassifierSettings(): ClassifierSettings {
  return { weights: {}, balancedBand: 0.2, customCues: [] };
}
