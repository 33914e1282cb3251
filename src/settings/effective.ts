// The classifier settings actually used for tagging: the user's settings, adjusted by their
// corrections. (Contract first; the options/corrections work refines it.)
import type { ClassifierSettings } from '../classifier/types';
import { loadSettings } from './store';

export async function loadEffectiveClassifierSettings(): Promise<ClassifierSettings> {
  return (await loadSettings()).classifier;
}
