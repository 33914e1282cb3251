// Finding one's way in the options page: the section list with each section linked by its hash,
// opening at the hash's section, the weights grouped by family in collapsible groups that say
// what changed, and the filter box for criteria and catalogue entries.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { criteria } from '../../../src/classifier/criteria';
import { defaultCatalogue } from '../../../src/training/catalogue';
import { renderOptions } from './render-options';
import { optionsSections, sectionFromHash } from '../../../src/ui/options/sections';

const renderApp = () => renderOptions();

const weightIds = () => screen.queryAllByTestId(/^rl-weight-[a-z]+\.[a-z_.]+$/).map((el) => el.dataset.testid!.slice('rl-weight-'.length));

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '#');
});
afterEach(cleanup);

describe('options navigation', () => {
  it('lists every section, each link naming a section that exists', async () => {
    renderApp();
    const nav = await screen.findByTestId('rl-options-nav');
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([...optionsSections.map((s) => `#${s.hash}`), '/shortlist.html']);
    for (const s of optionsSections) {
      const section = document.getElementById(s.hash);
      expect(section?.tagName, s.hash).toBe('SECTION');
      expect(section?.querySelector('h2')?.textContent).toBe(s.title);
    }
  });

  it('opens at the section the address names (options.html#weights), its heading focused', async () => {
    history.replaceState(null, '', '#weights');
    renderApp();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Criterion weights'));
    expect(document.activeElement?.closest('section')?.id).toBe('weights');
    expect(screen.getByTestId('rl-nav-weights').getAttribute('aria-current')).toBe('true');
    expect(sectionFromHash('#nonsense')).toBeNull();
  });

  it('groups the weights by family, collapsible, each group saying how many changed', async () => {
    renderApp();
    const slider = await screen.findByTestId('rl-weight-mgmt.scope.organization_wide');
    const group = screen.getByTestId('rl-family-management-scope') as HTMLDetailsElement;
    expect(group.open).toBe(true);
    expect(group.contains(slider)).toBe(true);
    expect(within(group).getByText(/criteria\)$/).textContent).toMatch(/^\(\d+ criteria\)$/);
    fireEvent.input(slider, { target: { value: '2' } });
    await waitFor(() => expect(group.querySelector('summary')?.textContent).toMatch(/1 changed\)$/));
    // Every criterion is in exactly one family group.
    const inGroups = [...document.querySelectorAll('details.rl-family input[type=range]')].map((el) => (el as HTMLElement).dataset.testid);
    expect(inGroups.sort()).toEqual(criteria.map((c) => `rl-weight-${c.id}`).sort());
    fireEvent.click(screen.getByTestId('rl-weights-collapse'));
    await waitFor(() => expect([...document.querySelectorAll<HTMLDetailsElement>('details.rl-family')].every((d) => !d.open)).toBe(true));
    fireEvent.click(screen.getByTestId('rl-weights-expand'));
    await waitFor(() => expect([...document.querySelectorAll<HTMLDetailsElement>('details.rl-family')].every((d) => d.open)).toBe(true));
  });

  it('the filter box narrows the criteria and the catalogue, and says how many match', async () => {
    renderApp();
    await screen.findByTestId('rl-options-filter');
    expect(weightIds()).toHaveLength(criteria.length);
    fireEvent.input(screen.getByTestId('rl-options-filter'), { target: { value: 'billing' } });
    const billing = criteria.filter((c) => `${c.id} ${c.name} ${c.quote}`.toLowerCase().includes('billing')).map((c) => c.id);
    expect(billing).toContain('admin.tasks.billing_coding');
    await waitFor(() => expect(weightIds()).toEqual(billing));
    const listed = within(screen.getByTestId('rl-training-list')).getAllByRole('listitem').map((li) => li.dataset.testid);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThan(defaultCatalogue.length);
    expect(screen.getByTestId('rl-options-filter-result').textContent).toBe(`${billing.length} criteri${billing.length === 1 ? 'on' : 'a'} and ${listed.length} catalogue ${listed.length === 1 ? 'entry' : 'entries'} match “billing”.`);
    // Abbreviations find their entries; several words must all match.
    fireEvent.input(screen.getByTestId('rl-options-filter'), { target: { value: 'FACHE' } });
    await waitFor(() => expect(screen.queryByTestId('rl-training-fache')).not.toBeNull());
    fireEvent.input(screen.getByTestId('rl-options-filter'), { target: { value: 'strategy long' } });
    await waitFor(() => expect(weightIds()).toEqual(['mgmt.scope.strategic_long_term']));
    fireEvent.input(screen.getByTestId('rl-options-filter'), { target: { value: 'zzz' } });
    await waitFor(() => expect(screen.getByTestId('rl-weights-none').textContent).toBe('No criterion matches “zzz”.'));
    fireEvent.input(screen.getByTestId('rl-options-filter'), { target: { value: '' } });
    await waitFor(() => expect(weightIds()).toHaveLength(criteria.length));
  });
});
