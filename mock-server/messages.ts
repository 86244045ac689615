/** Texts of the mails and SMS the mock sends, in the tenant's language. */
type Lang = 'da' | 'nb' | 'sv' | 'en';

interface Texts {
  codeSubject: (portal: string) => string;
  code: (portal: string, code: string) => string;
  registrationSubject: (portal: string) => string;
  registration: (portal: string) => string;
  confirmSubject: (portal: string) => string;
  confirm: (portal: string) => string;
  passwordLinkSubject: (portal: string) => string;
  passwordLink: (portal: string) => string;
  customerNumberSubject: (portal: string) => string;
  customerNumber: (portal: string, number: string, pin: string) => string;
  /** F2 for an account that is already active: no code, a pointer to sign-in. */
  alreadyActiveSubject: (portal: string) => string;
  alreadyActive: (portal: string) => string;
  /** F3 for an address that already has an account: no code, a pointer to sign-in. */
  accountExistsSubject: (portal: string) => string;
  accountExists: (portal: string) => string;
}

const TEXTS: Record<Lang, Texts> = {
  en: {
    codeSubject: (p) => `${p}: your one-time code`,
    code: (p, c) => `${c} is your ${p} code. It is valid for 10 minutes. Do not share it.`,
    registrationSubject: (p) => `${p}: confirm your registration`,
    registration: (p) => `Open the link to finish creating your ${p} user.`,
    confirmSubject: (p) => `${p}: confirm your e-mail address`,
    confirm: (p) => `Open the link to confirm this address for ${p} and choose a password.`,
    passwordLinkSubject: (p) => `${p}: choose your password`,
    passwordLink: (p) => `Open the link to choose a password for ${p}.`,
    customerNumberSubject: (p) => `${p}: your customer number`,
    customerNumber: (p, n, pin) => `Your ${p} customer number is ${n} and your PIN is ${pin}.`,
    alreadyActiveSubject: (p) => `${p}: your account is already active`,
    alreadyActive: (p) => `Someone asked to activate your ${p} account, which is already active. Sign in, or use "Forgot password". If it was not you, ignore this mail.`,
    accountExistsSubject: (p) => `${p}: you already have a user`,
    accountExists: (p) => `Someone asked to create a ${p} user for this address, which already has one. Sign in, or use "Forgot password". If it was not you, ignore this mail.`,
  },
  da: {
    codeSubject: (p) => `${p}: din engangskode`,
    code: (p, c) => `${c} er din kode til ${p}. Den gælder i 10 minutter. Del den ikke med nogen.`,
    registrationSubject: (p) => `${p}: bekræft din registrering`,
    registration: (p) => `Åbn linket for at gøre din bruger til ${p} færdig.`,
    confirmSubject: (p) => `${p}: bekræft din e-mailadresse`,
    confirm: (p) => `Åbn linket for at bekræfte adressen hos ${p} og vælge en adgangskode.`,
    passwordLinkSubject: (p) => `${p}: vælg din adgangskode`,
    passwordLink: (p) => `Åbn linket for at vælge en adgangskode til ${p}.`,
    customerNumberSubject: (p) => `${p}: dit kundenummer`,
    customerNumber: (p, n, pin) => `Dit kundenummer hos ${p} er ${n}, og din PIN er ${pin}.`,
    alreadyActiveSubject: (p) => `${p}: din konto er allerede aktiv`,
    alreadyActive: (p) => `Nogen bad om at aktivere din konto hos ${p}, men den er allerede aktiv. Log ind, eller brug "Glemt adgangskode". Var det ikke dig, kan du se bort fra denne mail.`,
    accountExistsSubject: (p) => `${p}: du har allerede en bruger`,
    accountExists: (p) => `Nogen bad om at oprette en bruger hos ${p} til denne adresse, som allerede har en. Log ind, eller brug "Glemt adgangskode". Var det ikke dig, kan du se bort fra denne mail.`,
  },
  nb: {
    codeSubject: (p) => `${p}: din engangskode`,
    code: (p, c) => `${c} er koden din for ${p}. Den gjelder i 10 minutter. Ikke del den med noen.`,
    registrationSubject: (p) => `${p}: bekreft registreringen`,
    registration: (p) => `Åpne lenken for å fullføre brukeren din hos ${p}.`,
    confirmSubject: (p) => `${p}: bekreft e-postadressen`,
    confirm: (p) => `Åpne lenken for å bekrefte adressen hos ${p} og velge passord.`,
    passwordLinkSubject: (p) => `${p}: velg passord`,
    passwordLink: (p) => `Åpne lenken for å velge passord for ${p}.`,
    customerNumberSubject: (p) => `${p}: kundenummeret ditt`,
    customerNumber: (p, n, pin) => `Kundenummeret ditt hos ${p} er ${n}, og PIN-koden er ${pin}.`,
    alreadyActiveSubject: (p) => `${p}: kontoen din er allerede aktiv`,
    alreadyActive: (p) => `Noen ba om å aktivere kontoen din hos ${p}, men den er allerede aktiv. Logg inn, eller bruk «Glemt passord». Var det ikke deg, kan du se bort fra denne e-posten.`,
    accountExistsSubject: (p) => `${p}: du har allerede en bruker`,
    accountExists: (p) => `Noen ba om å opprette en bruker hos ${p} for denne adressen, som allerede har en. Logg inn, eller bruk «Glemt passord». Var det ikke deg, kan du se bort fra denne e-posten.`,
  },
  sv: {
    codeSubject: (p) => `${p}: din engångskod`,
    code: (p, c) => `${c} är din kod till ${p}. Den gäller i 10 minuter. Dela den inte med någon.`,
    registrationSubject: (p) => `${p}: bekräfta din registrering`,
    registration: (p) => `Öppna länken för att slutföra din användare hos ${p}.`,
    confirmSubject: (p) => `${p}: bekräfta din e-postadress`,
    confirm: (p) => `Öppna länken för att bekräfta adressen hos ${p} och välja ett lösenord.`,
    passwordLinkSubject: (p) => `${p}: välj ditt lösenord`,
    passwordLink: (p) => `Öppna länken för att välja ett lösenord till ${p}.`,
    customerNumberSubject: (p) => `${p}: ditt kundnummer`,
    customerNumber: (p, n, pin) => `Ditt kundnummer hos ${p} är ${n} och din PIN-kod är ${pin}.`,
    alreadyActiveSubject: (p) => `${p}: ditt konto är redan aktivt`,
    alreadyActive: (p) => `Någon bad om att aktivera ditt konto hos ${p}, men det är redan aktivt. Logga in, eller använd "Glömt lösenord". Var det inte du kan du bortse från det här mejlet.`,
    accountExistsSubject: (p) => `${p}: du har redan en användare`,
    accountExists: (p) => `Någon bad om att skapa en användare hos ${p} för den här adressen, som redan har en. Logga in, eller använd "Glömt lösenord". Var det inte du kan du bortse från det här mejlet.`,
  },
};

export const texts = (lang: Lang): Texts => TEXTS[lang];
