/**
 * The parts of the widget that load on demand. Rollup makes each `import()` below a chunk beside
 * license-manager.js, and the browser resolves it against the importing module's URL, so the folder can be served
 * from any path or CDN. The root asks for a part when the view shows it and preloads the next step's parts when the
 * step before shows, so nothing the admin does waits visibly on a chunk. A part the view needs that fails to load
 * stays failed, with its error on screen, until "Try again"; a preload that fails is tried again when needed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewState } from '../../session/view-state.js';

export type Part = 'users-bulk' | 'products' | 'plans' | 'location' | 'save' | 'history' | 'export' | 'report' | 'match';
export type PartStatus = 'idle' | 'loading' | 'ready' | 'failed';
export type PartLoaders = Readonly<Record<Part, () => Promise<unknown>>>;

/**
 * The chunks of each part; `products` also has the session load what the licenses step shows, `save` what
 * running a job needs, and `match` what finds the template user, so none of them waits. Every part also waits for
 * its words in the UI language (`laterStrings`), so it never shows in English first.
 */
export interface SessionParts {
  readonly prepareLicenses: () => Promise<void>;
  readonly prepareJobs: () => Promise<void>;
  readonly prepareExport: () => Promise<void>;
  readonly prepareMatch: () => Promise<void>;
  readonly laterStrings: () => Promise<void>;
}

export function partLoaders({ prepareLicenses, prepareJobs, prepareExport, prepareMatch, laterStrings }: SessionParts): PartLoaders {
  const withWords = (load: () => Promise<unknown>) => () => Promise.all([load(), laterStrings()]);
  return {
    'users-bulk': withWords(() => import('./chunks/users-bulk.js')),
    products: withWords(() => Promise.all([import('./chunks/products.js'), prepareLicenses()])),
    plans: withWords(() => import('./chunks/plans.js')),
    location: withWords(() => import('./chunks/location.js')),
    save: withWords(() => Promise.all([import('./chunks/save.js'), prepareJobs()])),
    history: withWords(() => import('./chunks/history.js')),
    export: withWords(() => Promise.all([import('./csv-words.js'), prepareExport()])),
    report: withWords(() => import('./chunks/report.js')),
    match: withWords(() => Promise.all([import('./chunks/match.js'), prepareMatch()])),
  };
}

export interface PartsOfView {
  /** Parts on screen now. */
  readonly needed: readonly Part[];
  /** Parts the next step shows. */
  readonly next: readonly Part[];
}

export function partsFor(view: ViewState): PartsOfView {
  const needed: Part[] = [];
  const next: Part[] = [];
  // The selection's chips show on both steps.
  if (view.step === 'users' || view.step === 'licenses') needed.push('users-bulk');
  if (view.step === 'licenses') needed.push('products');
  if (view.plansOpenFor !== null) needed.push('plans');
  if (view.usageLocation.dialogOpen) needed.push('location');
  if (view.step === 'review' || view.step === 'results' || view.interruptedJob !== null) needed.push('save');
  if (view.history.length > 0 && view.step !== 'results' && view.step !== 'review') needed.push('history');
  if (view.report !== null) needed.push('report');
  if (view.match !== null || (view.step === 'licenses' && view.matched !== null)) needed.push('match');
  if (view.chips.length > 0) next.push('products');
  if (view.step === 'users' && view.chips.length > 0 && view.access.canChange) next.push('match');
  if (view.step === 'licenses') next.push('plans', 'save');
  if (view.step === 'licenses' && view.usageLocation.canChange && view.usageLocation.missing.length > 0) next.push('location');
  if (view.step === 'results') next.push('history', 'export');
  if (view.history.length > 0) next.push('export');
  // "Undo this change" in the history opens the review.
  if (view.history.length > 0) next.push('save');
  return { needed, next };
}

export class PartLoader implements ReactiveController {
  private readonly statuses = new Map<Part, PartStatus>();
  private readonly attempts = new Map<Part, Promise<boolean>>();
  /** Parts asked for as needed while loading: their failure is shown, a preload's is not. */
  private readonly needed = new Set<Part>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly loaders: PartLoaders,
    private readonly onFailure: (part: Part, error: unknown) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  status(part: Part): PartStatus {
    return this.statuses.get(part) ?? 'idle';
  }

  /** Whether any part has loaded or is loading (its words must then come with a change of language). */
  anyStarted(): boolean {
    return [...this.statuses.values()].some((status) => status !== 'idle');
  }

  /** Parts that failed while needed. */
  failed(): Part[] {
    return [...this.statuses].filter(([, status]) => status === 'failed').map(([part]) => part);
  }

  /** What the view shows now and next: starts every load that is not running or done (a failed one waits for "Try again"). */
  follow(parts: PartsOfView): void {
    for (const part of parts.needed) if (this.status(part) !== 'failed') void this.load(part);
    for (const part of parts.next) if (this.status(part) === 'idle') void this.preload(part);
  }

  /** Loads a part the view needs now (again, after a failure); true once it is in. */
  load(part: Part): Promise<boolean> {
    this.needed.add(part);
    return this.start(part);
  }

  /** Loads every part that failed; true when all are in. */
  async retryFailed(): Promise<boolean> {
    const results = await Promise.all(this.failed().map((part) => this.load(part)));
    return results.every(Boolean);
  }

  /** Resolves once no part is loading (tests, and hosts that wait). */
  async settled(): Promise<void> {
    while (this.attempts.size > 0) await Promise.all([...this.attempts.values()]);
  }

  private preload(part: Part): Promise<boolean> {
    return this.start(part);
  }

  private start(part: Part): Promise<boolean> {
    if (this.status(part) === 'ready') return Promise.resolve(true);
    const running = this.attempts.get(part);
    if (running) return running;
    this.set(part, 'loading');
    const attempt = this.loaders[part]().then(
      () => {
        this.set(part, 'ready');
        return true;
      },
      (error: unknown) => {
        const shown = this.needed.has(part);
        this.set(part, shown ? 'failed' : 'idle');
        if (shown) this.onFailure(part, error);
        return false;
      },
    );
    const forget = () => this.attempts.delete(part);
    attempt.then(forget, forget);
    this.attempts.set(part, attempt);
    return attempt;
  }

  private set(part: Part, status: PartStatus): void {
    if (this.statuses.get(part) === status) return;
    this.statuses.set(part, status);
    this.host.requestUpdate();
  }
}
