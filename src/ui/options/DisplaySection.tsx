// How badges look and which cards are dimmed or hidden.
import type { Label } from '../../classifier/types';
import type { DisplaySettings } from '../../settings/schema';
import { tagVocabulary, tagOrder } from '../../shared/tag-vocabulary';
import { Choice } from './Choice';
import { Section } from './Section';

/** onChange gets only the fields changed, so two quick changes never undo each other. */
export function DisplaySection(props: { display: DisplaySettings; onChange: (patch: Partial<DisplaySettings>) => void }) {
  const d = props.display;
  const set = (patch: Partial<DisplaySettings>) => props.onChange(patch);
  return (
    <Section id="rl-display" title="Display">
      <Choice
        name="badge-style"
        legend="Badge style"
        value={d.badgeStyle}
        options={[
          { value: 'compact', label: 'Compact (“Mgmt 82%”)' },
          { value: 'full', label: 'Full (“Management 82%”)' },
        ]}
        onChange={(badgeStyle) => set({ badgeStyle })}
      />
      <Choice
        name="not-applicable"
        legend="Postings that are not healthcare management or administration roles"
        value={d.notApplicable}
        options={[
          { value: 'show', label: 'Show' },
          { value: 'dim', label: 'Dim' },
          { value: 'hide', label: 'Hide' },
        ]}
        onChange={(notApplicable) => set({ notApplicable })}
      />
      <Choice
        name="tag-filter"
        legend="Cards of other tags"
        value={d.tagFilter.mode}
        options={[
          { value: 'off', label: 'Leave as they are' },
          { value: 'dim', label: 'Dim' },
          { value: 'hide', label: 'Hide' },
        ]}
        onChange={(mode) => set({ tagFilter: { mode, label: d.tagFilter.label ?? 'management' } })}
      >
        <div class="rl-field">
          <label for="tag-filter-label">Keep this tag</label>
          <select
            id="tag-filter-label"
            data-testid="rl-tag-filter-label"
            disabled={d.tagFilter.mode === 'off'}
            value={d.tagFilter.label ?? ''}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value as Label | '';
              set({ tagFilter: { ...d.tagFilter, label: v === '' ? null : v } });
            }}
          >
            <option value="">(choose a tag)</option>
            {tagOrder.map((l) => (
              <option key={l} value={l}>
                {tagVocabulary[l].name}
              </option>
            ))}
          </select>
        </div>
      </Choice>
      <Choice
        name="theme"
        legend="Colours of RoleLens pages"
        value={d.theme}
        options={[
          { value: 'auto', label: 'Follow the system' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        onChange={(theme) => set({ theme })}
      />
    </Section>
  );
}
