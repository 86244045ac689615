/*
 * A view that loads when its step is first shown: what only one flow uses (its markup,
 * and the helpers only it needs) stays out of the first screen. The import is tried
 * again after a failure, so a dropped connection costs one "try again", not the visit.
 */
import type { View } from './view.js';

export class LazyView {
  readonly #load: () => Promise<View>;
  #view: View | undefined;
  #pending: Promise<View> | undefined;

  constructor(load: () => Promise<View>) {
    this.#load = load;
  }

  /** The view, once loaded. */
  get view(): View | undefined {
    return this.#view;
  }

  load(): Promise<View> {
    this.#pending ??= this.#load().then(
      (view) => (this.#view = view),
      (error: unknown) => {
        this.#pending = undefined;
        throw error;
      },
    );
    return this.#pending;
  }
}

export const lazy = (load: () => Promise<View>): LazyView => new LazyView(load);
