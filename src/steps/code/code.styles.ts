import { css } from 'lit';

/* The code step's own rules; the element's styles (nordic-login.styles.ts) set the tokens. */
export const styles = css`
  .countdown {
    color: var(--_muted);
  }
  input[name='code'] {
    font-size: 1.5em;
    letter-spacing: 0.25em;
    font-variant-numeric: tabular-nums;
  }
  /* One input that reads as the code's digits: as wide as they are, a line under each. */
  .code-field input[name='code'] {
    box-sizing: border-box;
    width: calc(var(--_digits, 6) * 1.6ch + 1.5rem + 4px);
    max-width: 100%;
    flex: 0 0 auto;
    padding: 0.25rem 0.75rem 0.375rem;
    letter-spacing: 0.6ch;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    background-image: repeating-linear-gradient(to right, var(--_border) 0 1ch, transparent 1ch 1.6ch);
    background-size: calc(var(--_digits, 6) * 1.6ch) 2px;
    background-repeat: no-repeat;
    background-origin: content-box;
    background-clip: content-box;
    background-position: 0 100%;
  }
  .sent-to .link,
  .resend .link {
    min-height: 0;
    padding: 0;
  }
  .resend {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: baseline;
  }
  .no-code p {
    margin: 0;
  }
`;
