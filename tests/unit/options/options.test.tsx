// The options page against WXT's fake browser: controls write storage, bad input is refused with
// a message and changes nothing, corrections are visible and undoable.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { criteria } from '../../../src/classifier/criteria';
import { renderOptions } from './render-options';
import { samplePostings } from '../../../src/ui/options/samples';

const v1Text = readFileSync(path.join(__dirname, '../settings/fixtures/v1.json'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw storage values, asserted field by field
const stored = async (key: string): Promise<any> => (await fakeBrowser.storage.local.get(key))[key];
const someCriterion = criteria.find((c) => c.side === 'management')!;

const renderApp = (grant = true) => renderOptions({ grant, sites: [{ id: 'greenhouse', name: 'Greenhouse' }, { id: 'indeed', name: 'Indeed' }] });

function fileInput(text: string, name = 'settings.json') {
  const input = screen.getByTestId('rl-import') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('options page', () => {
  it('has a labelled weight slider per criterion, grouped by side, with the quote as help', async () => {
    renderApp();
    const slider = (await screen.findByTestId(`rl-weight-${someCriterion.id}`)) as HTMLInputElement;
    expect(screen.getByLabelText(someCriterion.name)).toBe(slider);
    const help = document.getElementById(slider.getAttribute('aria-describedby')!);
    expect(help?.textContent).toContain(someCriterion.quote);
    for (const c of criteria) expect(screen.getByTestId(`rl-weight-${c.id}`)).toBeTruthy();
  });

  it('saves a weight change to storage and resets it per control', async () => {
    renderApp();
    const slider = (await screen.findByTestId(`rl-weight-${someCriterion.id}`)) as HTMLInputElement;
    fireEvent.input(slider, { target: { value: '2.5' } });
    await waitFor(async () => expect((await stored('settings'))?.classifier.weights[someCriterion.id]).toBe(2.5));
    fireEvent.click(screen.getByTestId(`rl-weight-${someCriterion.id}-reset`));
    await waitFor(async () => expect((await stored('settings'))?.classifier.weights).toEqual({}));
  });

  it('reset all restores default weights and display', async () => {
    renderApp();
    fireEvent.input(await screen.findByTestId(`rl-weight-${someCriterion.id}`), { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('rl-badge-style-full'));
    await waitFor(async () => expect((await stored('settings'))?.display.badgeStyle).toBe('full'));
    fireEvent.click(screen.getByTestId('rl-reset-all'));
    await waitFor(async () => {
      const s = await stored('settings');
      expect(s.classifier.weights).toEqual({});
      expect(s.display.badgeStyle).toBe('compact');
    });
  });

  it.each([
    ['', /empty/],
    ['x'.repeat(70), /too long/],
  ])('refuses the custom cue %j with a message', async (phrase, message) => {
    renderApp();
    fireEvent.input(await screen.findByTestId('rl-cue-phrase'), { target: { value: phrase } });
    fireEvent.click(screen.getByTestId('rl-cue-add'));
    expect(screen.getByTestId('rl-cue-error').textContent).toMatch(message);
    expect((await stored('settings'))?.classifier.customCues ?? []).toEqual([]);
  });

  it('adds a custom cue, previews the samples it changes, and refuses a duplicate', async () => {
    renderApp();
    const phrase = await screen.findByTestId('rl-cue-phrase');
    fireEvent.input(phrase, { target: { value: 'front desk team' } });
    fireEvent.change(screen.getByTestId('rl-cue-criterion'), { target: { value: someCriterion.id } });
    fireEvent.input(screen.getByTestId('rl-cue-weight'), { target: { value: '3' } });
    // "front desk team" appears in one of our samples only.
    await waitFor(() => expect(screen.getByTestId('rl-cue-preview').textContent).toContain('Patient Access Supervisor'));
    fireEvent.click(screen.getByTestId('rl-cue-add'));
    await waitFor(async () =>
      expect((await stored('settings'))?.classifier.customCues).toEqual([
        { phrase: 'front desk team', criterionId: someCriterion.id, weight: 3 },
      ]),
    );
    fireEvent.input(phrase, { target: { value: 'Front  Desk team' } });
    fireEvent.click(screen.getByTestId('rl-cue-add'));
    expect(screen.getByTestId('rl-cue-error').textContent).toMatch(/already/);
  });

  it('turns "any page" back off when the permission is refused, and explains', async () => {
    const { permission } = renderApp(false);
    fireEvent.click(await screen.findByTestId('rl-site-any-page'));
    await waitFor(() => expect(screen.getByTestId('rl-site-any-page-message').textContent).toMatch(/not given/));
    expect(permission.request).toHaveBeenCalledTimes(1);
    expect((screen.getByTestId('rl-site-any-page') as HTMLInputElement).checked).toBe(false);
    expect((await stored('settings'))?.sites.anyJobPostingPage ?? false).toBe(false);
  });

  it('turns "any page" on when the permission is given, and disables a board', async () => {
    renderApp(true);
    fireEvent.click(await screen.findByTestId('rl-site-any-page'));
    fireEvent.click(screen.getByTestId('rl-site-indeed'));
    await waitFor(async () =>
      expect((await stored('settings'))?.sites).toEqual({ enabled: { indeed: false }, anyJobPostingPage: true }),
    );
  });

  it('shows what is wrong with a bad import and changes nothing', async () => {
    renderApp();
    fireEvent.click(await screen.findByTestId('rl-badge-style-full'));
    await waitFor(async () => expect((await stored('settings'))?.display.badgeStyle).toBe('full'));
    const before = await fakeBrowser.storage.local.get(null);
    const bad = JSON.parse(v1Text);
    bad.settings.classifier.weights['mgmt.finance'] = 'heavy';
    fileInput(JSON.stringify(bad));
    const error = screen.getByTestId('rl-import-error');
    await waitFor(() => expect(error.textContent).toContain('settings.classifier.weights.mgmt.finance'));
    expect(error.hidden).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('imports a valid v1 file, migrating it', async () => {
    renderApp();
    await screen.findByTestId('rl-import');
    fileInput(v1Text);
    await waitFor(() => expect(screen.getByTestId('rl-transfer-status').textContent).toMatch(/older RoleLens version 1/));
    const s = await stored('settings');
    expect(s.display).toMatchObject({ badgeStyle: 'full', theme: 'auto' });
    expect(await stored('corrections')).toHaveLength(2);
    expect(screen.getByTestId('rl-import-error').hidden).toBe(true);
  });

  it('previews a pasted posting, learns from a correction, and forgets it', async () => {
    renderApp();
    const input = await screen.findByTestId('rl-preview-input');
    fireEvent.input(input, { target: { value: `${samplePostings[0]!.posting.title}\n${samplePostings[0]!.posting.description}` } });
    const lean = () => Number(screen.getByTestId('rl-preview-lean').dataset.lean);
    await waitFor(() => expect(screen.getByTestId('rl-preview-evidence').children.length).toBeGreaterThan(0));
    const before = lean();
    fireEvent.click(screen.getByTestId('rl-preview-correct-administration'));
    await waitFor(() => expect(screen.getByTestId('rl-corrections-count').dataset.count).toBe('1'));
    await waitFor(() => expect(lean()).toBeLessThan(before));
    expect(within(screen.getByTestId('rl-corrections-adjustments')).getAllByRole('row').length).toBeGreaterThan(1);
    fireEvent.click(screen.getByTestId('rl-forget-corrections'));
    await waitFor(() => expect(lean()).toBe(before));
    await waitFor(async () => expect(await stored('corrections')).toEqual([]));
  });

  it('refuses an http training link, adds an https one, and restores the defaults', async () => {
    renderApp();
    const forms = await screen.findAllByTestId('rl-training-form');
    const form = forms[forms.length - 1]!;
    fireEvent.input(within(form).getByTestId('rl-training-name'), { target: { value: 'Lean healthcare course' } });
    fireEvent.input(within(form).getByTestId('rl-training-link'), { target: { value: 'http://example.org/lean' } });
    fireEvent.click(within(form).getByTestId('rl-training-save'));
    expect(within(form).getByTestId('rl-training-error').textContent).toMatch(/https/);
    expect(await stored('userCatalogue')).toBeUndefined();

    fireEvent.input(within(form).getByTestId('rl-training-link'), { target: { value: 'https://example.org/lean' } });
    fireEvent.click(within(form).getByTestId('rl-training-save'));
    await waitFor(async () => expect((await stored('userCatalogue'))?.added).toHaveLength(1));
    expect(screen.getByTestId('rl-training-custom-lean-healthcare-course')).toBeTruthy();

    fireEvent.click(screen.getByTestId('rl-training-restore'));
    await waitFor(async () => expect((await stored('userCatalogue'))?.added).toEqual([]));
  });

  it('records what I already hold', async () => {
    renderApp();
    fireEvent.input(await screen.findByTestId('rl-held-input'), { target: { value: 'MHA' } });
    fireEvent.click(screen.getByTestId('rl-held-add'));
    await waitFor(async () => expect((await stored('userCatalogue'))?.held).toEqual(['MHA']));
  });

  it('shows a notice when stored settings were corrupt', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage', 'settings$': { v: 2 } });
    renderApp();
    const notice = await screen.findByTestId('rl-notice');
    expect(notice.textContent).toMatch(/could not be read/);
  });

  it('undoes reset all', async () => {
    renderApp();
    fireEvent.input(await screen.findByTestId(`rl-weight-${someCriterion.id}`), { target: { value: '0.4' } });
    await waitFor(async () => expect((await stored('settings'))?.classifier.weights[someCriterion.id]).toBe(0.4));
    fireEvent.click(screen.getByTestId('rl-reset-all'));
    await waitFor(async () => expect((await stored('settings'))?.classifier.weights).toEqual({}));
    fireEvent.click(screen.getByTestId('rl-undo-button'));
    await waitFor(async () => expect((await stored('settings'))?.classifier.weights[someCriterion.id]).toBe(0.4));
    expect(screen.queryByTestId('rl-undo')).toBeNull();
  });

  it('undoes "forget my corrections"', async () => {
    renderApp();
    fireEvent.input(await screen.findByTestId('rl-preview-input'), { target: { value: 'Billing Manager\nRun billing and coding for the hospital.' } });
    fireEvent.click(await screen.findByTestId('rl-preview-correct-management'));
    await waitFor(() => expect(screen.getByTestId('rl-corrections-count').dataset.count).toBe('1'));
    const kept = await stored('corrections');
    fireEvent.click(screen.getByTestId('rl-forget-corrections'));
    await waitFor(async () => expect(await stored('corrections')).toEqual([]));
    expect(screen.getByTestId('rl-undo').textContent).toMatch(/1 correction was forgotten/);
    fireEvent.click(screen.getByTestId('rl-undo-button'));
    await waitFor(async () => expect(await stored('corrections')).toEqual(kept));
    await waitFor(() => expect(screen.getByTestId('rl-corrections-count').dataset.count).toBe('1'));
  });

  it('sets the tag filter with its label', async () => {
    renderApp();
    const select = (await screen.findByTestId('rl-tag-filter-label')) as HTMLSelectElement;
    expect(select.disabled).toBe(true);
    fireEvent.click(screen.getByTestId('rl-tag-filter-hide'));
    await waitFor(() => expect(select.disabled).toBe(false));
    fireEvent.change(select, { target: { value: 'administration' } });
    await waitFor(async () =>
      expect((await stored('settings'))?.display.tagFilter).toEqual({ mode: 'hide', label: 'administration' }),
    );
  });

  it('offers the set-aside corrupt value for download, and dismissing keeps the backup', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage', 'settings$': { v: 2 } });
    const created: Blob[] = [];
    const spy = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test';
    });
    renderApp();
    fireEvent.click(await screen.findByTestId('rl-notice-download'));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(JSON.parse(await created[0]!.text())).toBe('garbage');
    spy.mockRestore();
    fireEvent.click(screen.getByRole('button', { name: /Dismiss this notice/ }));
    await waitFor(() => expect(screen.queryByTestId('rl-notice')).toBeNull());
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.entries(all).filter(([k]) => k.startsWith('backup:settings:')).map(([, v]) => v)).toEqual(['garbage']);
  });

  it('labels every control and names every button', async () => {
    renderApp();
    await screen.findByTestId('rl-preview-input');
    fireEvent.input(screen.getByTestId('rl-preview-input'), { target: { value: 'Billing Manager\nRun billing.' } });
    await screen.findByTestId('rl-preview-label');
    const unlabeled = [...document.querySelectorAll<HTMLElement>('input, select, textarea')].filter((el) => {
      const byFor = el.id && document.querySelector(`label[for="${el.id}"]`);
      return !byFor && !el.closest('label') && !el.getAttribute('aria-label');
    });
    expect(unlabeled.map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
    const nameless = [...document.querySelectorAll('button')].filter(
      (b) => (b.textContent ?? '').trim() === '' && !b.getAttribute('aria-label'),
    );
    expect(nameless).toEqual([]);
  });
});

