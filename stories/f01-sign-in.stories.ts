import preview from '../.storybook/preview';
import { at, widgetMeta } from './support';

/** F1: identifier + password; the identifier is the tenant's (e-mail, customer number, ...). */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F1 Password sign-in' });

export const Form = meta.story(at('F1.form'));

/** Nokas: e-mail, plus its Azure AD account (F9). */
export const FormNokas = meta.story({ args: { tenant: 'nokas' }, ...at('F1.form') });

/** HK Norge: e-mail, with account activation (F2). */
export const FormHk = meta.story({ args: { tenant: 'hk' }, ...at('F1.form') });

/** Polar Kraft: "remember me", registration and forgotten customer number. */
export const FormPolarKraft = meta.story({ args: { tenant: 'polarkraft' }, ...at('F1.form') });

/** Mina sidor: customer number as user name, BankID beside it. */
export const FormMinaSidor = meta.story({ args: { tenant: 'minasidor' }, ...at('F1.form') });

/**
 * The identifier by country: a Danish tenant's CPR number ("CPR-nummer", 10 digits), a
 * Norwegian's fødselsnummer, a Swede's personnummer, a Finn's henkilötunnus, and the
 * organisation numbers. Switch the language in the toolbar: the label, hint and errors follow.
 */
export const CprNumber = meta.story({
  args: { configOverrides: { identifier: { kind: 'personalNumber', country: 'DK' } } },
  ...at('F1.form'),
});
export const Fodselsnummer = meta.story({
  args: { configOverrides: { identifier: { kind: 'personalNumber', country: 'NO' } } },
  ...at('F1.form'),
});
export const Personnummer = meta.story({
  args: { configOverrides: { identifier: { kind: 'personalNumber', country: 'SE' } } },
  ...at('F1.form'),
});
export const Henkilotunnus = meta.story({
  args: { configOverrides: { identifier: { kind: 'personalNumber', country: 'FI' } } },
  ...at('F1.form'),
});
export const CvrNumber = meta.story({
  args: { configOverrides: { identifier: { kind: 'organisationNumber', country: 'DK' } } },
  ...at('F1.form'),
});
export const SwedishOrganisationNumber = meta.story({
  args: { configOverrides: { identifier: { kind: 'organisationNumber', country: 'SE' } } },
  ...at('F1.form'),
});

/** The SMS code asked as a second factor (nils@example.com has a phone on file). */
export const SecondFactorCode = meta.story(at('F1.code'));

export const SignedIn = meta.story(at('F1.signedIn'));
