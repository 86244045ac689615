import { css } from 'lit';

/* The QR code, black on white in either scheme, its enlarged dialog, and the order's status. */
export const styles = css`
  .qr {
    display: grid;
    justify-items: center;
    gap: 0.25rem;
    margin: 0 auto var(--_space);
    padding: 0.5rem;
    background: #fff;
    color: #000;
    border: 1px solid var(--_border);
  }
  .qr svg {
    max-width: 100%;
    height: auto;
  }
  /* The enlarged code fills what the screen allows, rounded down to whole pixels per module. */
  .qr-large {
    max-width: 100vw;
    max-height: 100dvh;
    padding: 1rem;
    border: 0;
    background: #fff;
    color: #000;
    text-align: center;
  }
  .qr-large::backdrop {
    background: rgb(0 0 0 / 0.7);
  }
  .qr-large svg {
    display: block;
    width: min(calc(100vw - 2rem), calc(100dvh - 6rem), 40rem);
    width: round(down, min(calc(100vw - 2rem), calc(100dvh - 6rem), 40rem), calc(var(--_modules) * 1px));
    height: auto;
    margin: 0 auto 1rem;
  }
  .qr-hint {
    font-size: 0.875em;
  }
  .status {
    font-weight: 600;
  }
`;
