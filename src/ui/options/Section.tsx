// One titled part of the options page.
import type { ComponentChildren } from 'preact';

export function Section(props: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="rl-section" aria-labelledby={`${props.id}-title`} id={props.id}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.intro && <p class="rl-intro">{props.intro}</p>}
      {props.children}
    </section>
  );
}
