// One titled part of the options page. Its element id is the hash that links to it
// (options.html#weights; see sections.ts); the heading can take focus when the hash brings it in view.
import type { ComponentChildren } from 'preact';
import { sectionHash } from './sections';

export function Section(props: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  const hash = sectionHash(props.id);
  return (
    <section class="rl-section" aria-labelledby={`${props.id}-title`} id={hash}>
      <h2 id={`${props.id}-title`} tabIndex={-1}>
        {props.title}
      </h2>
      {props.intro && <p class="rl-intro">{props.intro}</p>}
      {props.children}
    </section>
  );
}
