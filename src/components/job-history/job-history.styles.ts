import { css } from 'lit';

export const jobHistoryStyles = css`
  .products {
    min-width: 10rem;
  }
  td.when {
    white-space: nowrap;
  }
`;
