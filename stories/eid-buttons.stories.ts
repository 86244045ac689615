import preview from '../.storybook/preview';
import { at, widgetMeta } from './support';

/**
 * The Nordic eIDs' own buttons on the sign-in form, as their owners require them: Danish
 * MitID on Nokas, Norwegian BankID on HK Norge, in every language (the owners' approved
 * words: the page's language where there are some, English otherwise) and both schemes.
 */
const meta = preview.meta({ ...widgetMeta, title: 'Sign-in/eID buttons' });

const signInForm = at('F1.form');

export const MitIdDanishLight = meta.story({ args: { tenant: 'nokas' }, globals: { locale: 'da', theme: 'light' }, ...signInForm });
export const MitIdDanishDark = meta.story({ args: { tenant: 'nokas' }, globals: { locale: 'da', theme: 'dark' }, ...signInForm });
export const MitIdNorwegianLight = meta.story({ args: { tenant: 'nokas' }, globals: { locale: 'nb', theme: 'light' }, ...signInForm });
export const MitIdNorwegianDark = meta.story({ args: { tenant: 'nokas' }, globals: { locale: 'nb', theme: 'dark' }, ...signInForm });
export const MitIdSwedishLight = meta.story({ args: { tenant: 'nokas' }, globals: { locale: 'sv', theme: 'light' }, ...signInForm });
export const MitIdSwedishDark = meta.story({ args: { tenant: 'nokas' }, globals: { locale: 'sv', theme: 'dark' }, ...signInForm });
export const MitIdEnglishLight = meta.story({ args: { tenant: 'nokas' }, globals: { locale: 'en', theme: 'light' }, ...signInForm });
export const MitIdEnglishDark = meta.story({ args: { tenant: 'nokas' }, globals: { locale: 'en', theme: 'dark' }, ...signInForm });
export const NorwegianBankIdDanishLight = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'da', theme: 'light' }, ...signInForm });
export const NorwegianBankIdDanishDark = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'da', theme: 'dark' }, ...signInForm });
export const NorwegianBankIdNorwegianLight = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'nb', theme: 'light' }, ...signInForm });
export const NorwegianBankIdNorwegianDark = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'nb', theme: 'dark' }, ...signInForm });
export const NorwegianBankIdSwedishLight = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'sv', theme: 'light' }, ...signInForm });
export const NorwegianBankIdSwedishDark = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'sv', theme: 'dark' }, ...signInForm });
export const NorwegianBankIdEnglishLight = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'en', theme: 'light' }, ...signInForm });
export const NorwegianBankIdEnglishDark = meta.story({ args: { tenant: 'hk' }, globals: { locale: 'en', theme: 'dark' }, ...signInForm });
