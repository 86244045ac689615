import preview from '../.storybook/preview';
import { reach, widgetMeta } from './support';

/** F1: identifier + password; the identifier is the tenant's (e-mail, customer number, ...). */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F1 Password sign-in' });

export const Form = meta.story({ play: reach((w) => w.signInForm()) });

/** Nokas: e-mail, plus its Azure AD account (F9). */
export const FormNokas = meta.story({ args: { tenant: 'nokas' }, play: reach((w) => w.signInForm()) });

/** HK Norge: e-mail, with account activation (F2). */
export const FormHk = meta.story({ args: { tenant: 'hk' }, play: reach((w) => w.signInForm()) });

/** Polar Kraft: "remember me", registration and forgotten customer number. */
export const FormPolarKraft = meta.story({ args: { tenant: 'polarkraft' }, play: reach((w) => w.signInForm()) });

/** Mina sidor: customer number as user name, BankID beside it. */
export const FormMinaSidor = meta.story({ args: { tenant: 'minasidor' }, play: reach((w) => w.signInForm()) });

/**
 * The identifier by country: a Danish tenant's CPR number ("CPR-nummer", 10 digits), a
 * Norwegian's fødselsnummer, a Swede's personnummer, a Finn's henkilötunnus, and the
 * organisation numbers. Switch the language in the toolbar: the label, hint and errors follow.
 */
export const CprNumber = meta.story({
  args: { configOverrides: { identifier: { kind: 'personalNumber', country: 'DK' } } },
  play: reach((w) => w.signInForm()),
});
export const Fodselsnummer = meta.story({
  args: { configOverrides: { identifier: { kind: 'personalNumber', country: 'NO' } } },
  play: reach((w) => w.signInForm()),
});
export const Personnummer = meta.story({
  args: { configOverrides: { identifier: { kind: 'personalNumber', country: 'SE' } } },
  play: reach((w) => w.signInForm()),
});
export const Henkilotunnus = meta.story({
  args: { configOverrides: { identifier: { kind: 'personalNumber', country: 'FI' } } },
  play: reach((w) => w.signInForm()),
});
export const CvrNumber = meta.story({
  args: { configOverrides: { identifier: { kind: 'organisationNumber', country: 'DK' } } },
  play: reach((w) => w.signInForm()),
});
export const SwedishOrganisationNumber = meta.story({
  args: { configOverrides: { identifier: { kind: 'organisationNumber', country: 'SE' } } },
  play: reach((w) => w.signInForm()),
});

/** The SMS code asked as a second factor (nils@example.com has a phone on file). */
export const SecondFactorCode = meta.story({
  play: reach(async (w) => {
    await w.signIn('nils@example.com');
    await w.at('code');
  }),
});

export const SignedIn = meta.story({
  play: reach(async (w) => {
    await w.signIn('anna@example.com');
    await w.at('signedIn');
  }),
});
