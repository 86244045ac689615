import { css } from 'lit';

/* The choice of where the customer number is sent: radio buttons in a fieldset. */
export const styles = css`
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  legend {
    font-weight: 600;
  }
  fieldset label {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    font-weight: normal;
  }
  input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_primary);
  }
`;
