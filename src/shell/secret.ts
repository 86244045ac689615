/*
 * A value that must never be written anywhere: passwords, PINs, one-time codes, link
 * tokens. XState keeps an invoked actor's `input` in its snapshot, and a persisted
 * snapshot (getPersistedSnapshot) is plain JSON that may be stored or logged; sealing the
 * value in a private field keeps it out of every serialisation while the API call that
 * needs it can still read it.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toJSON(): string {
    return '[secret]';
  }

  toString(): string {
    return '[secret]';
  }
}

export const seal = (value: string): Secret => new Secret(value);
