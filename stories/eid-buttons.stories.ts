import preview from '../.storybook/preview';
import { reach, widgetMeta } from './support';

/**
 * The Nordic eIDs' own buttons on the sign-in form, as their owners require them: Danish
 * MitID on Nokas, Norwegian BankID on HK Norge, in every language (the owners' approved
 * words: the page's language where there are some, English otherwise) and both schemes.
 */
const meta = preview.meta({ ...widgetMeta, title: 'Sign-in/eID buttons' });

const signInForm = reach((w) => w.signInForm());

export const MitIdDanishLight = meta.story({ args: { tenant: 'nokas' }, globals: { locale: 'da', theme: 'light' }, play: signInForm });
export const MitIdDanishDark = meta.story({ args: { tenant: 'nokas' }, globals: { locale: 'da', theme: 'dark' }, play: signInForm });
export const MitIdNorwegianLight = meta.story({ args: { tenant: 'nokas' }, globals: { locale: 'nb', theme: 'light' }, play: signInForm });
export const MitIdNorwegianDark = meta.story({ args: { tenant: 'nokas' }, globals: { locale: 'nb', theme: 'dark' }, play: signInForm });
export const MitIdSwedishLight = meta.story({ args: { tenant: 'nokas' }, globals: { locale: 'sv', theme: 'light' }, play: signInForm });
export const MitIdSwedishDark = meta.story({ args: { tenant: 'nokas' }, globals: { locale: 'sv', theme: 'dark' }, play: signInForm });
export const MitIdEnglishLight = meta.story({ args: { tenant: 'nokas' }, globals: { locale: 'en', theme: 'light' }, play: signInForm });
export const MitIdEnglishDark = meta.story({ args: { tenant: 'nokas' }, globals: { locale: 'en', theme: 'dark' }, play: signInForm });
export const NorwegianBankIdDanishLight = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'da', theme: 'light' }, play: signInForm });
export const NorwegianBankIdDanishDark = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'da', theme: 'dark' }, play: signInForm });
export const NorwegianBankIdNorwegianLight = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'nb', theme: 'light' }, play: signInForm });
export const NorwegianBankIdNorwegianDark = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'nb', theme: 'dark' }, play: signInForm });
export const NorwegianBankIdSwedishLight = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'sv', theme: 'light' }, play: signInForm });
export const NorwegianBankIdSwedishDark = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'sv', theme: 'dark' }, play: signInForm });
export const NorwegianBankIdEnglishLight = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'en', theme: 'light' }, play: signInForm });
export const NorwegianBankIdEnglishDark = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'en', theme: 'dark' }, play: signInForm });
