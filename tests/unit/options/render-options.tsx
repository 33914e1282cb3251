// The options page as the unit tests render it: the shipped criteria, catalogue and samples, a
// permission double, and saves without delay.
import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { criteria } from '../../../src/classifier/criteria';
import { defaultCatalogue } from '../../../src/training/catalogue';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';
import { samplePostings } from '../../../src/ui/options/samples';

export interface RenderOptions {
  /** The boards listed in the sites section. */
  sites?: { id: string; name: string }[];
  /** What the permission prompt answers. */
  grant?: boolean;
}

export function renderOptions({ sites = [{ id: 'greenhouse', name: 'Greenhouse' }], grant = true }: RenderOptions = {}) {
  const permission = { request: vi.fn(async () => grant), remove: vi.fn(async () => undefined) };
  render(<OptionsApp criteria={criteria} shippedCatalogue={defaultCatalogue} sites={sites} samples={samplePostings} permission={permission} saveDelayMs={0} />);
  return { permission };
}
