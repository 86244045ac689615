/*
 * Renders a template into the page and waits for the Lit elements in it to render,
 * without waiting for an animation frame: with several test pages open at once the
 * runner's background pages get no animation frames, so @open-wc's fixture() of a
 * plain element (which waits for one) can hang there.
 */
import { render, type TemplateResult } from 'lit';

const hosts: HTMLElement[] = [];

export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(template, host);
  const root = host.firstElementChild as T;
  await settle(host);
  return root;
}

/** Waits for every Lit element under `root` to finish its pending update. */
export async function settle(root: ParentNode): Promise<void> {
  const elements = [...root.querySelectorAll('*')].filter(
    (e): e is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in e,
  );
  await Promise.all(elements.map((e) => e.updateComplete));
}

export function unmountAll(): void {
  for (const host of hosts.splice(0)) host.remove();
}
