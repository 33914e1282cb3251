// A training entry as the popup's suggestions and the shortlist's study plan name it: its name
// (linked when the catalogue has a link), then its kind and issuer.
import type { TrainingEntry } from '../../training/types';

const KIND_NAMES: Record<TrainingEntry['kind'], string> = { degree: 'Degree', certificate: 'Certificate', certification: 'Certification', course: 'Course' };

export function TrainingEntryName({ entry, nameClass }: { entry: TrainingEntry; nameClass: string }) {
  return (
    <>
      <span class={nameClass}>
        {entry.link ? (
          <a href={entry.link} target="_blank" rel="noopener noreferrer">
            {entry.name}
          </a>
        ) : (
          entry.name
        )}
      </span>{' '}
      <span class="rl-muted">
        {KIND_NAMES[entry.kind]}
        {entry.issuer ? ` · ${entry.issuer}` : ''}
      </span>
    </>
  );
}
