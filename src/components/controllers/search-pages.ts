/**
 * A list the admin searches and reads a page at a time (the review's changes, the selected users): what was typed
 * in its search box and the page shown. A new search, or another filter, starts again from the first page. Each
 * change requests a host update (nothing to do on connect or disconnect, so no controller hooks).
 */
import type { ReactiveControllerHost } from 'lit';

export class SearchPages {
  private typed = '';
  private shown = 0;

  constructor(private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>) {}

  /** The search box's text, as typed. */
  get query(): string {
    return this.typed;
  }

  /** What the rows are matched against: the query trimmed and in lower case; '' matches every row. */
  get wanted(): string {
    return this.typed.trim().toLocaleLowerCase();
  }

  /** The page shown, from 0. */
  get page(): number {
    return this.shown;
  }

  /** The search box's input listener. */
  readonly onSearch = (event: Event): void => {
    this.typed = (event.target as HTMLInputElement).value;
    this.goToPage(0);
  };

  /** The pager's listener. */
  readonly goToPage = (index: number): void => {
    this.shown = index;
    this.host.requestUpdate();
  };

  /** Another list: an empty search, the first page. */
  clear(): void {
    this.typed = '';
    this.goToPage(0);
  }
}
