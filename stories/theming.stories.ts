import preview from '../.storybook/preview';
import { bring } from '../test/support/steps';
import { at, reach, widgetMeta } from './support';

/**
 * A brand in both schemes, and the buttons' states. A portal sets its light colours
 * (`--nl-color-*`); the dark scheme has colours of its own (`--nl-dark-color-*`) and
 * carries only the brand's primary over, lightened, so the card stays dark and the
 * checkbox visible. Hover and pressed are derived from the primary colour: point at a
 * button. Switch language and theme in the toolbar; every value here is a control.
 */
const meta = preview.meta({ ...widgetMeta, title: 'Theming' });

/** A utility's brand: its navy, a serif heading, a frame with border and shadow, square-ish controls. */
const brand = {
  '--nl-color-primary': '#003366',
  '--nl-color-on-primary': '#ffffff',
  '--nl-color-text': '#111111',
  '--nl-color-background': '#ffffff',
  '--nl-color-surface': '#ffffff',
  '--nl-color-border': '#666666',
  '--nl-heading-font-family': 'Georgia, "Times New Roman", serif',
  '--nl-frame-border': '1px solid #c9d1da',
  '--nl-frame-shadow': '0 2px 8px rgb(0 0 0 / 0.12)',
  '--nl-frame-radius': '0.75rem',
  '--nl-radius': '0.25rem',
};

const signInForm = at('F1.form');

/** The brand's light colours on the sign-in form ("remember me" shows the checkbox in the brand colour). */
export const Brand = meta.story({ args: { ...brand }, globals: { theme: 'light' }, ...signInForm });

/** The same brand in the dark scheme: the card stays dark, the navy is lightened to read on it. */
export const BrandDark = meta.story({ args: { ...brand }, globals: { theme: 'dark' }, ...signInForm });

/** A brand that names its dark colours too. */
export const BrandWithItsOwnDarkColours = meta.story({
  args: {
    ...brand,
    '--nl-dark-color-primary': '#ffcc4d',
    '--nl-dark-color-on-primary': '#1a1400',
    '--nl-dark-color-background': '#14213d',
    '--nl-dark-color-surface': '#0d162b',
    '--nl-dark-color-border': '#8893a8',
  },
  globals: { theme: 'dark' },
  ...signInForm,
});

/** Larger controls with heavier borders and labels, no frame radius: sizes apart from colours. */
export const Sizes = meta.story({
  args: {
    '--nl-input-height': '3.25rem',
    '--nl-border-width': '2px',
    '--nl-button-font-weight': '700',
    '--nl-heading-font-weight': '600',
    '--nl-radius': '0',
    '--nl-frame-radius': '0',
    '--nl-frame-border': '2px solid #1b1f24',
  },
  ...signInForm,
});

/** Keyboard focus on the main button: a ring in the focus colour, with a gap in the background's. */
export const FocusRing = meta.story({
  args: { ...brand },
  play: reach(async (w) => {
    await bring(w, 'F1.form');
    w.root.querySelector<HTMLElement>('.primary')?.focus();
  }),
});

/** Busy: the request runs (held by a slow mock); the main button keeps its colour and shows a spinner. */
export const Busy = meta.story({
  args: { ...brand },
  ...at('F1.submitting'),
});

/** Busy in the dark scheme, with the brand. */
export const BusyDark = meta.story({
  args: { ...brand },
  globals: { theme: 'dark' },
  ...at('F1.submitting'),
});
