/*
 * The Luhn (mod 10) check digit used by Swedish personnummer, samordningsnummer and
 * organisationsnummer. It catches every single-digit typo and most swaps of
 * neighbouring digits, which is why the forms check it before asking the server.
 */

/** The check digit for a string of decimal digits (the payload, without its check digit). */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  // Double every second digit counting from the right end of the payload, i.e. the
  // digit next to where the check digit will go is doubled.
  for (let i = payload.length - 1, double = true; i >= 0; i -= 1, double = !double) {
    let d = payload.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit of `digits` is the Luhn check digit of the rest. */
export function hasValidLuhn(digits: string): boolean {
  return digits.length >= 2 && luhnCheckDigit(digits.slice(0, -1)) === digits.charCodeAt(digits.length - 1) - 48;
}
