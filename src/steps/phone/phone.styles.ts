import { css } from 'lit';

/* The country code beside the number, wrapping under it on a narrow screen. */
export const styles = css`
  .phone {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .phone .country {
    flex: 1 1 9rem;
  }
  .phone .field:not(.country) {
    flex: 2 1 10rem;
  }
`;
