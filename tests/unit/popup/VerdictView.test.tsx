import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { criterionById } from '../../../src/classifier/criteria';
import { defaultCatalogue } from '../../../src/training/catalogue';
import { VerdictView } from '../../../src/ui/popup/VerdictView';
import {
  administrationPosting,
  administrationVerdict,
  managementPosting,
  managementVerdict,
  verdictOf,
} from './verdict-fixtures';

const training = { catalogue: [...defaultCatalogue], held: [] };
afterEach(cleanup);

describe('VerdictView', () => {
  it('shows the tag, the lean meter, and confidence in words and number', () => {
    render(<VerdictView posting={managementPosting} verdict={managementVerdict} training={training} />);
    expect(screen.getByTestId('rl-label').textContent).toBe('Management-leaning');
    const meter = screen.getByRole('meter', { name: /administration to management/i });
    expect(meter.getAttribute('aria-valuenow')).toBe('72');
    expect(meter.getAttribute('aria-valuetext')).toMatch(/toward management/);
    expect(screen.getByTestId('rl-confidence').textContent).toBe('High confidence (82%)');
    expect(screen.getByTestId('rl-seniority').textContent).toBe('Senior');
  });

  it('says the scope and what decided the tag, and where each quote came from and how it was read', () => {
    const verdict = verdictOf('administration', -0.5, managementPosting, [
      { criterionId: 'admin.tasks.scheduling', side: 'administration', cue: 'scheduling', weight: 1 },
      { criterionId: 'mgmt.leadership.culture', side: 'management', cue: 'workplace culture', weight: 0.2, zone: 'person' },
      { criterionId: 'admin.tasks.clerical_support', side: 'administration', cue: 'strategic planning', weight: 1, sense: 'support' },
    ], { scope: 'department', decidedBy: 'duties' });
    render(<VerdictView posting={managementPosting} verdict={verdict} training={training} />);
    expect(screen.getByTestId('rl-scope').textContent).toBe('One department, service or practice');
    expect(screen.getByTestId('rl-decided-by').textContent).toMatch(/duties/);
    const metas = screen.getAllByTestId('rl-evidence-meta').map((m) => m.textContent ?? '');
    expect(metas.some((m) => /from the duties/.test(m))).toBe(true);
    expect(metas.some((m) => /from the person specification, counted a little/.test(m))).toBe(true);
    expect(metas.some((m) => /support duty, so it counts for administration/.test(m))).toBe(true);
  });

  it('quotes at least three of the posting’s sentences verbatim, with the cues marked', () => {
    render(<VerdictView posting={managementPosting} verdict={managementVerdict} training={training} />);
    const quotes = screen.getAllByTestId('rl-quote');
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    const postingText = `${managementPosting.title}\n${managementPosting.description}`;
    for (const q of quotes) {
      expect(postingText).toContain(q.textContent);
      expect(q.querySelectorAll('mark').length).toBeGreaterThan(0);
    }
    const budget = quotes.find((q) => q.textContent?.includes('operating budget'))!;
    expect([...budget.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['annual operating budget']);
  });

  it('groups evidence by criterion, names the criterion and the documents’ words, and merges cues of one sentence', () => {
    render(<VerdictView posting={managementPosting} verdict={managementVerdict} training={training} />);
    const groups = screen.getAllByTestId('rl-evidence-group');
    const ids = groups.map((g) => g.getAttribute('data-criterion'));
    expect(new Set(ids).size).toBe(ids.length);
    const culture = groups.find((g) => g.getAttribute('data-criterion') === 'mgmt.leadership.culture')!;
    const criterion = criterionById('mgmt.leadership.culture')!;
    expect(within(culture).getByRole('heading').textContent).toContain(criterion.name);
    expect(within(culture).getByTestId('rl-criterion-quote').textContent).toContain(criterion.quote);
    const items = within(culture).getAllByTestId('rl-evidence');
    expect(items).toHaveLength(1);
    expect([...items[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['workplace culture', 'leadership team']);
    // Strongest group first.
    expect(ids[0]).toBe('mgmt.path.manager_roles');
  });

  it('shows the four strongest criteria and keeps the rest behind "More evidence"', () => {
    render(<VerdictView posting={managementPosting} verdict={managementVerdict} training={training} />);
    const groups = screen.getAllByTestId('rl-evidence-group');
    expect(groups.length).toBeGreaterThan(4);
    expect(groups.map((g) => g.closest('details') !== null)).toEqual(groups.map((_, i) => i >= 4));
    expect(screen.getByText(/^More evidence/).textContent).toBe(`More evidence (${groups.length - 4} more criteria)`);
  });

  it('sends the sentence and cue of a selected item to the page and says what happened', async () => {
    const onHighlight = vi.fn().mockResolvedValue('highlighted');
    render(<VerdictView posting={managementPosting} verdict={managementVerdict} training={training} onHighlight={onHighlight} />);
    const item = screen.getAllByTestId('rl-evidence').find((e) => e.textContent?.includes('operating budget'))!;
    fireEvent.click(within(item).getByRole('button'));
    expect(onHighlight).toHaveBeenCalledWith(expect.objectContaining({
      sentence: 'Set and manage the annual operating budget across four clinics.',
      cue: 'annual operating budget',
    }));
    await waitFor(() => expect(screen.getByTestId('rl-highlight-status').textContent).toBe('Highlighted on the page.'));
  });

  it('says plainly when the quoted sentence is not shown on the page', async () => {
    const onHighlight = vi.fn().mockResolvedValue('missing');
    render(<VerdictView posting={managementPosting} verdict={managementVerdict} training={training} onHighlight={onHighlight} />);
    fireEvent.click(within(screen.getAllByTestId('rl-evidence')[0]!).getByRole('button'));
    await waitFor(() => expect(screen.getByTestId('rl-highlight-status').textContent).toMatch(/not shown on the page now/));
  });

  it('lists the other side’s criteria that would have tipped it', () => {
    render(<VerdictView posting={managementPosting} verdict={managementVerdict} training={training} />);
    const items = screen.getByTestId('rl-tipping').querySelectorAll('li[data-criterion]');
    expect(items.length).toBeGreaterThan(0);
    for (const li of items) expect(criterionById(li.getAttribute('data-criterion')!)?.side).toBe('administration');
  });

  it('shows ignored benefits text that uses criterion words', () => {
    render(<VerdictView posting={managementPosting} verdict={managementVerdict} training={training} />);
    expect(screen.getByTestId('rl-ignored').textContent).toContain('We offer tuition support for a strategic planning course');
    render(<VerdictView posting={administrationPosting} verdict={administrationVerdict} training={training} />);
    expect(screen.getAllByTestId('rl-ignored')).toHaveLength(1);
  });

  it('suggests different training for a management and an administration posting', () => {
    const { unmount } = render(<VerdictView posting={managementPosting} verdict={managementVerdict} training={training} />);
    const forManagement = screen.getAllByTestId('rl-training').map((t) => t.getAttribute('data-id'));
    unmount();
    render(<VerdictView posting={administrationPosting} verdict={administrationVerdict} training={training} />);
    const forAdministration = screen.getAllByTestId('rl-training').map((t) => t.getAttribute('data-id'));
    expect(forManagement).toHaveLength(3);
    expect(forAdministration).toHaveLength(3);
    expect(forManagement.some((id) => forAdministration.includes(id))).toBe(false);
    for (const t of screen.getAllByTestId('rl-training')) expect(t.textContent).not.toMatch(/required/i);
  });

  it('renders page text as text, never as markup', () => {
    const posting = { title: 'Office Manager <img src=x onerror=alert(1)>', description: 'Handle <b>billing</b> daily.' };
    const verdict = verdictOf('administration', -0.5, posting, [
      { criterionId: 'admin.tasks.billing_coding', side: 'administration', cue: '<b>billing</b>', weight: 1 },
    ]);
    const { container } = render(<VerdictView posting={posting} verdict={verdict} training={training} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByTestId('rl-quote').textContent).toBe('Handle <b>billing</b> daily.');
  });

  it('explains a role that is not healthcare management/administration without a meter', () => {
    const posting = { title: 'Registered Nurse', description: 'Provide bedside care.' };
    const verdict = verdictOf('not_applicable', 0, posting, [], { relevance: { relevant: false, reason: 'A clinical role.' } });
    render(<VerdictView posting={posting} verdict={verdict} training={training} />);
    expect(screen.getByTestId('rl-label').textContent).toBe('Not a healthcare management/administration role');
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.getByTestId('rl-relevance').textContent).toBe('A clinical role.');
    expect(screen.queryAllByTestId('rl-training')).toHaveLength(0);
  });
});
