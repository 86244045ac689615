import preview from '../.storybook/preview';
import { bring } from '../test/support/steps';
import type { Widget } from '../test/support/widget';
import { at, reach, widgetMeta } from './support';

/**
 * How each step looks to a customer of the four portals (issue #19): the tenant's leading
 * method first, the registration chooser, the eye inside the password field, each error
 * said once, the code step with the address as typed, one Back per step, the neutral
 * checklist, and the signed-in confirmation. The language variants show the longest
 * texts; the toolbar switches every other story.
 */
const meta = preview.meta({ ...widgetMeta, title: 'Views' });

const part = (w: Widget, selector: string) => w.root.querySelector<HTMLElement>(selector)!;

function type(w: Widget, name: string, value: string): void {
  const input = part(w, `input[name=${name}]`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const leading = at('F1.signIn');

/** Mina sidor leads with BankID, as its guide does; customer number and password are one tap away. */
export const SignInLedByBankId = meta.story({ args: { tenant: 'minasidor' }, ...leading });
export const SignInLedByBankIdDanish = meta.story({ args: { tenant: 'minasidor' }, globals: { locale: 'da' }, ...leading });
export const SignInLedByBankIdNorwegian = meta.story({ args: { tenant: 'minasidor' }, globals: { locale: 'nb' }, ...leading });
export const SignInLedByBankIdSwedish = meta.story({ args: { tenant: 'minasidor' }, globals: { locale: 'sv' }, ...leading });
export const SignInLedByBankIdFinnish = meta.story({ args: { tenant: 'minasidor' }, globals: { locale: 'fi' }, ...leading });

/** After "Sign in with password": the form, with Back to BankID. */
export const SignInPasswordAfterBankId = meta.story({ args: { tenant: 'minasidor' }, ...at('F1.form') });

/** Everything on: the form first, the other methods under "or", one password link, one "Register". */
export const SignInEverythingOn = meta.story(at('F1.form'));

const chooser = at('F1.register');

/** "New customer? Register": the tenant's registration flows to choose from. */
export const RegisterChooser = meta.story(chooser);
export const RegisterChooserDanish = meta.story({ globals: { locale: 'da' }, ...chooser });
export const RegisterChooserNorwegian = meta.story({ globals: { locale: 'nb' }, ...chooser });
export const RegisterChooserSwedish = meta.story({ globals: { locale: 'sv' }, ...chooser });
export const RegisterChooserFinnish = meta.story({ globals: { locale: 'fi' }, ...chooser });

/** A new password: the checklist under it says what is needed, neutral before any typing; one eye for both fields. */
export const NewPasswordNeutral = meta.story({ args: { tenant: 'hk' }, ...at('F2.setPassword') });

/** Typing: the checklist follows; the eye pressed shows both passwords. */
export const NewPasswordTypedAndShown = meta.story({
  args: { tenant: 'hk' },
  play: reach(async (w) => {
    await bring(w, 'F2.setPassword');
    type(w, 'password', 'vinter-natt');
    type(w, 'confirm', 'vinter-natt');
    part(w, '[part~=reveal-button]').click();
  }),
});

const mismatch = reach(async (w) => {
  await bring(w, 'F2.setPassword');
  w.send({ type: 'password.submit', password: 'Vinter-Natt-2027?', confirm: 'Vinter-Natt-2027!' });
  await w.atError('validation_failed', 'setPassword');
});

/** Different passwords: said once, under the repeated one; no banner above the fields. */
export const PasswordMismatchOnce = meta.story({ args: { tenant: 'hk' }, play: mismatch });
export const PasswordMismatchOnceFinnish = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'fi' }, play: mismatch });

const codeAsTyped = at('F2.code');

/** The code step: six digits wide, the address as typed with "Change", resend as a link, and who to contact if no code comes. */
export const CodeAsTyped = meta.story({ args: { tenant: 'hk' }, ...codeAsTyped });
export const CodeAsTypedDanish = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'da' }, ...codeAsTyped });
export const CodeAsTypedNorwegian = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'nb' }, ...codeAsTyped });
export const CodeAsTypedSwedish = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'sv' }, ...codeAsTyped });
export const CodeAsTypedFinnish = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'fi' }, ...codeAsTyped });

/** The resend link waits out its cool-down, the time left beside it. */
export const CodeResendCoolingDown = meta.story({
  args: { tenant: 'hk' },
  play: reach(async (w) => {
    await bring(w, 'F2.code');
    w.send({ type: 'code.resend' });
    await w.at('code');
  }),
});

/** The phone step has its Back, like every step. */
export const PhoneStepWithBack = meta.story({
  args: { tenant: 'nokas' },
  ...at('F1.enrolPhone'),
});

/** A step error: a tinted panel with a mark, said once. */
export const StepErrorPanel = meta.story({ args: { tenant: 'hk' }, ...at('F1.wrongPassword') });

const signedIn = at('F1.signedIn');

/** Signed in: one heading with a tick, the name under it, "Sign out". */
export const SignedIn = meta.story({ args: { tenant: 'hk' }, ...signedIn });
export const SignedInNorwegian = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'nb' }, ...signedIn });
