import preview from '../.storybook/preview';
import { reach, widgetMeta, type Widget } from './support';

/**
 * How each step looks to a customer of the four portals (issue #19): the tenant's leading
 * method first, the registration chooser, the eye inside the password field, each error
 * said once, the code step with the address as typed, one Back per step, the neutral
 * checklist, and the signed-in confirmation. The language variants show the longest
 * texts; the toolbar switches every other story.
 */
const meta = preview.meta({ ...widgetMeta, title: 'Views' });

const part = (w: Widget, selector: string) => w.element.shadowRoot!.querySelector<HTMLElement>(selector)!;

function type(w: Widget, name: string, value: string): void {
  const input = part(w, `input[name=${name}]`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const leading = reach((w) => w.signInStart());

/** Mina sidor leads with BankID, as its guide does; customer number and password are one tap away. */
export const SignInLedByBankId = meta.story({ args: { tenant: 'minasidor' }, play: leading });
export const SignInLedByBankIdDanish = meta.story({ args: { tenant: 'minasidor' }, globals: { locale: 'da' }, play: leading });
export const SignInLedByBankIdNorwegian = meta.story({ args: { tenant: 'minasidor' }, globals: { locale: 'nb' }, play: leading });
export const SignInLedByBankIdSwedish = meta.story({ args: { tenant: 'minasidor' }, globals: { locale: 'sv' }, play: leading });
export const SignInLedByBankIdFinnish = meta.story({ args: { tenant: 'minasidor' }, globals: { locale: 'fi' }, play: leading });

/** After "Sign in with password": the form, with Back to BankID. */
export const SignInPasswordAfterBankId = meta.story({ args: { tenant: 'minasidor' }, play: reach((w) => w.signInForm()) });

/** Everything on: the form first, the other methods under "or", one password link, one "Register". */
export const SignInEverythingOn = meta.story({ play: reach((w) => w.signInForm()) });

const chooser = reach(async (w) => {
  await w.signInForm();
  w.send({ type: 'register.open' });
  await w.at('register');
});

/** "New customer? Register": the tenant's registration flows to choose from. */
export const RegisterChooser = meta.story({ play: chooser });
export const RegisterChooserDanish = meta.story({ globals: { locale: 'da' }, play: chooser });
export const RegisterChooserNorwegian = meta.story({ globals: { locale: 'nb' }, play: chooser });
export const RegisterChooserSwedish = meta.story({ globals: { locale: 'sv' }, play: chooser });
export const RegisterChooserFinnish = meta.story({ globals: { locale: 'fi' }, play: chooser });

async function toSetPassword(w: Widget): Promise<void> {
  await w.startFlow('activation');
  w.send({ type: 'activation.submit', email: 'kari@hk.example' });
  await w.at('code');
  await w.enterCode();
  await w.at('setPassword');
}

/** A new password: the checklist under it says what is needed, neutral before any typing; one eye for both fields. */
export const NewPasswordNeutral = meta.story({ args: { tenant: 'hk' }, play: reach(toSetPassword) });

/** Typing: the checklist follows; the eye pressed shows both passwords. */
export const NewPasswordTypedAndShown = meta.story({
  args: { tenant: 'hk' },
  play: reach(async (w) => {
    await toSetPassword(w);
    type(w, 'password', 'vinter-natt');
    type(w, 'confirm', 'vinter-natt');
    part(w, '[part~=reveal-button]').click();
  }),
});

const mismatch = reach(async (w) => {
  await toSetPassword(w);
  w.send({ type: 'password.submit', password: 'Vinter-Natt-2027?', confirm: 'Vinter-Natt-2027!' });
  await w.error('validation_failed', 'setPassword');
});

/** Different passwords: said once, under the repeated one; no banner above the fields. */
export const PasswordMismatchOnce = meta.story({ args: { tenant: 'hk' }, play: mismatch });
export const PasswordMismatchOnceFinnish = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'fi' }, play: mismatch });

const codeAsTyped = reach(async (w) => {
  await w.startFlow('activation');
  w.send({ type: 'activation.submit', email: 'kari@hk.example' });
  await w.at('code');
});

/** The code step: six digits wide, the address as typed with "Change", resend as a link, and who to contact if no code comes. */
export const CodeAsTyped = meta.story({ args: { tenant: 'hk' }, play: codeAsTyped });
export const CodeAsTypedDanish = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'da' }, play: codeAsTyped });
export const CodeAsTypedNorwegian = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'nb' }, play: codeAsTyped });
export const CodeAsTypedSwedish = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'sv' }, play: codeAsTyped });
export const CodeAsTypedFinnish = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'fi' }, play: codeAsTyped });

/** The resend link waits out its cool-down, the time left beside it. */
export const CodeResendCoolingDown = meta.story({
  args: { tenant: 'hk' },
  play: reach(async (w) => {
    await w.startFlow('activation');
    w.send({ type: 'activation.submit', email: 'kari@hk.example' });
    await w.at('code');
    w.send({ type: 'code.resend' });
    await w.at('code');
  }),
});

/** The phone step has its Back, like every step. */
export const PhoneStepWithBack = meta.story({
  args: { tenant: 'nokas' },
  play: reach(async (w) => {
    await w.signIn('anna@example.com');
    await w.at('enrolPhone');
  }),
});

/** A step error: a tinted panel with a mark, said once. */
export const StepErrorPanel = meta.story({
  args: { tenant: 'hk' },
  play: reach(async (w) => {
    await w.signIn('anna@example.com', 'wrong-password');
    await w.error('invalid_credentials', 'signIn');
  }),
});

const signedIn = reach(async (w) => {
  await w.signIn('anna@example.com');
  await w.at('signedIn');
});

/** Signed in: one heading with a tick, the name under it, "Sign out". */
export const SignedIn = meta.story({ args: { tenant: 'hk' }, play: signedIn });
export const SignedInNorwegian = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'nb' }, play: signedIn });
