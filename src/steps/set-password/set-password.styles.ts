import { css } from 'lit';

/* The checklist under a new password (neutral until something is typed) and the repetition's match. */
export const styles = css`
  .new-password {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .below {
    margin-block-end: calc(var(--_space) * 0.5);
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .checklist-title {
    margin: 0.25rem 0 0;
  }
  .checklist {
    list-style: none;
    padding: 0;
    margin: 0.25rem 0 0;
  }
  .checklist li::before {
    content: '✗ ';
  }
  .checklist li[data-met='true'] {
    color: var(--_success);
  }
  .checklist li[data-met='true']::before {
    content: '✓ ';
  }
  .checklist li[hidden],
  .checklist li[data-met='true'] .unmet,
  .checklist li[data-met='false'] .met,
  .match[data-match='empty'],
  .match[data-match='true'] .differ,
  .match[data-match='false'] .same {
    display: none;
  }
  .checklist[data-typed='false'] li::before {
    content: '• ';
  }
  .checklist[data-typed='false'] li .met,
  .checklist[data-typed='false'] li .unmet {
    display: none;
  }
  .checklist[data-typed='true'] li[data-met='false'] {
    color: var(--_text);
  }
  .match {
    color: var(--_muted);
  }
  .match[data-match='true'] {
    color: var(--_success);
  }
`;
