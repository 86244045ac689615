/*
 * A view that loads when its step is first shown: what only one flow uses (its markup,
 * its styles, and the helpers only it needs) stays out of the first screen. The import
 * is tried again after a failure, so a dropped connection costs one "try again", not the
 * visit.
 */
import type { CSSResult } from 'lit';
import type { View } from './view.js';

/**
 * A lazily loaded view's module: besides the view, the CSS of what it renders beyond the
 * element's own styles (`styles`, from a `*.styles.ts` beside it).
 */
export type ViewModule = { styles?: CSSResult } & Record<string, unknown>;

export class LazyView {
  readonly #load: () => Promise<{ view: View; styles: CSSResult | undefined }>;
  #view: View | undefined;
  #styles: CSSResult | undefined;
  #pending: Promise<View> | undefined;

  constructor(load: () => Promise<{ view: View; styles: CSSResult | undefined }>) {
    this.#load = load;
  }

  /**
   * The view, once loaded, with its styles adopted by `root` (the element's shadow root):
   * a constructable stylesheet, as the element's own styles are, never a <style> element.
   */
  viewIn(root: ShadowRoot): View | undefined {
    const sheet = this.#styles?.styleSheet;
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return this.#view;
  }

  load(): Promise<View> {
    this.#pending ??= this.#load().then(
      ({ view, styles }) => {
        this.#styles = styles;
        return (this.#view = view);
      },
      (error: unknown) => {
        this.#pending = undefined;
        throw error;
      },
    );
    return this.#pending;
  }
}

/** `lazy(() => import('./x.view.js'), (m) => m.xView)`: the view, and the module's styles with it. */
export const lazy = <M extends ViewModule>(load: () => Promise<M>, pick: (module: M) => View): LazyView =>
  new LazyView(() => load().then((module) => ({ view: pick(module), styles: module.styles })));
