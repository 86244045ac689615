import preview from '../.storybook/preview';
import { reach, widgetMeta } from './support';

/**
 * The Nordic eIDs' own buttons on the sign-in form, as their owners require them: Danish
 * MitID on Nokas, Norwegian BankID on HK Norge, in every language (the owners' approved
 * words: the page's language where there are some, English otherwise) and both schemes.
 */
const meta = preview.meta({ ...widgetMeta, title: 'Sign-in/eID buttons' });

const story = (tenant: 'nokas' | 'hk', locale: string, theme: 'light' | 'dark') =>
  meta.story({ args: { tenant }, globals: { locale, theme }, play: reach((w) => w.signInForm()) });

export const MitIdDanishLight = story('nokas', 'da', 'light');
export const MitIdDanishDark = story('nokas', 'da', 'dark');
export const MitIdNorwegianLight = story('nokas', 'nb', 'light');
export const MitIdNorwegianDark = story('nokas', 'nb', 'dark');
export const MitIdSwedishLight = story('nokas', 'sv', 'light');
export const MitIdSwedishDark = story('nokas', 'sv', 'dark');
export const MitIdEnglishLight = story('nokas', 'en', 'light');
export const MitIdEnglishDark = story('nokas', 'en', 'dark');
export const NorwegianBankIdDanishLight = story('hk', 'da', 'light');
export const NorwegianBankIdDanishDark = story('hk', 'da', 'dark');
export const NorwegianBankIdNorwegianLight = story('hk', 'nb', 'light');
export const NorwegianBankIdNorwegianDark = story('hk', 'nb', 'dark');
export const NorwegianBankIdSwedishLight = story('hk', 'sv', 'light');
export const NorwegianBankIdSwedishDark = story('hk', 'sv', 'dark');
export const NorwegianBankIdEnglishLight = story('hk', 'en', 'light');
export const NorwegianBankIdEnglishDark = story('hk', 'en', 'dark');
