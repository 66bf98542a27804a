/**
 * One tab stop for a group of items (after material-web's chip set and the APG toolbar pattern): the active item
 * has tabindex 0, the others -1; arrow keys move between them (mirrored in right-to-left), Home and End jump.
 * The host renders its items without tabindex and binds `handleKeydown` / `handleFocusin` on their container.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingTabindexOptions {
  /** The items in visual order, read fresh on every use so re-rendered lists just work. */
  readonly items: () => readonly HTMLElement[];
  readonly orientation?: 'horizontal' | 'vertical' | 'both';
}

export class RovingTabindexController implements ReactiveController {
  private active = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RovingTabindexOptions,
  ) {
    host.addController(this);
  }

  get activeIndex(): number {
    return this.active;
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Gives the tab stop to the item at `index` (clamped) and focuses it; false when there are no items. */
  focusItem(index: number): boolean {
    const items = this.usableItems();
    if (items.length === 0) return false;
    this.active = Math.min(Math.max(index, 0), items.length - 1);
    this.sync();
    items[this.active]?.focus();
    return true;
  }

  readonly handleFocusin = (event: FocusEvent): void => {
    const items = this.usableItems();
    const index = items.findIndex((item) => item === event.target || item.contains(event.target as Node));
    if (index >= 0 && index !== this.active) {
      this.active = index;
      this.sync();
    }
  };

  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.usableItems();
    if (items.length === 0) return;
    const step = this.stepFor(event.key);
    let target: number | null = null;
    if (step !== 0) target = (this.active + step + items.length) % items.length;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = items.length - 1;
    if (target === null) return;
    event.preventDefault();
    this.focusItem(target);
  };

  private stepFor(key: string): number {
    const orientation = this.options.orientation ?? 'horizontal';
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    if (orientation !== 'vertical') {
      if (key === 'ArrowRight') return rtl ? -1 : 1;
      if (key === 'ArrowLeft') return rtl ? 1 : -1;
    }
    if (orientation !== 'horizontal') {
      if (key === 'ArrowDown') return 1;
      if (key === 'ArrowUp') return -1;
    }
    return 0;
  }

  private usableItems(): HTMLElement[] {
    return this.options.items().filter((item) => !item.hasAttribute('disabled'));
  }

  private sync(): void {
    const items = this.usableItems();
    if (items.length === 0) return;
    if (this.active >= items.length) this.active = items.length - 1;
    items.forEach((item, index) => {
      item.tabIndex = index === this.active ? 0 : -1;
    });
  }
}
