/**
 * --data-dir: the whole state in one JSON file, written atomically (temporary file, fsync, rename, fsync of the
 * directory) so a crash never leaves half a file nor loses the rename. Writes are coalesced: callers that arrive
 * while one is running share the next. A temporary file a crash left behind is removed at start.
 */
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FixtureError, validateFixture } from './fixture.js';
import { isObject } from './http-types.js';
import { Store, type StoredReply } from './store.js';

const STATE_FILE = 'state.json';
const FORMAT = 1;

interface SavedCustomer {
  readonly replies: readonly (readonly [string, StoredReply])[];
  readonly applied: Readonly<Record<string, number>>;
  readonly requests: number;
  readonly throttled: number;
}

export function snapshot(store: Store): string {
  const customers: Record<string, SavedCustomer> = {};
  for (const customer of store.customers.values()) {
    customers[customer.id] = {
      replies: [...customer.replies],
      applied: Object.fromEntries(customer.audit.applied),
      requests: customer.audit.requests,
      throttled: customer.audit.throttled,
    };
  }
  return JSON.stringify({ format: FORMAT, fixture: store.toFixture(), customers });
}

/** Rebuilds a store from a saved state; the directory part is checked like any fixture. */
export function restore(json: string, file: string): Store {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new FixtureError(file, `saved state is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(value) || value['format'] !== FORMAT) throw new FixtureError(file, `expected a saved state of format ${FORMAT}`);
  const store = new Store(validateFixture(value['fixture']));
  const saved = isObject(value['customers']) ? value['customers'] : {};
  for (const customer of store.customers.values()) {
    const entry = saved[customer.id];
    if (!isObject(entry)) continue;
    if (Array.isArray(entry['replies'])) {
      for (const pair of entry['replies']) {
        if (!Array.isArray(pair) || typeof pair[0] !== 'string' || !isObject(pair[1]) || typeof pair[1]['status'] !== 'number') continue;
        customer.replies.set(pair[0], { status: pair[1]['status'], body: pair[1]['body'] });
      }
    }
    if (isObject(entry['applied'])) {
      for (const [userId, count] of Object.entries(entry['applied'])) if (typeof count === 'number') customer.audit.applied.set(userId, count);
    }
    if (typeof entry['requests'] === 'number') customer.audit.requests = entry['requests'];
    if (typeof entry['throttled'] === 'number') customer.audit.throttled = entry['throttled'];
  }
  return store;
}

export class StateFile {
  readonly path: string;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(private readonly directory: string) {
    this.path = join(directory, STATE_FILE);
  }

  /** The saved store, or null when the directory holds no state yet. */
  async load(): Promise<Store | null> {
    await this.removeLeftovers();
    let json: string;
    try {
      json = await readFile(this.path, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    return restore(json, this.path);
  }

  /** Writes the store's current state; resolves once a write that began after this call has finished. */
  save(store: Store): Promise<void> {
    if (this.queued) return this.queued;
    if (!this.running) return this.start(store);
    this.queued = this.running.catch(() => undefined).then(() => {
      this.queued = null;
      return this.start(store);
    });
    return this.queued;
  }

  private start(store: Store): Promise<void> {
    const run = this.write(snapshot(store)).finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  private async write(json: string): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, json, 'utf8');
    const handle = await open(temporary, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, this.path);
    await syncDirectory(this.directory);
  }

  /** `state.json.<pid>.tmp` files: a write a crash interrupted, never renamed, so never the state. */
  private async removeLeftovers(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.directory);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return;
      throw error;
    }
    const leftovers = names.filter((name) => name.startsWith(`${STATE_FILE}.`) && name.endsWith('.tmp'));
    await Promise.all(leftovers.map((name) => rm(join(this.directory, name), { force: true })));
  }
}

/** Makes the rename itself durable. Some platforms cannot open a directory for syncing; there it is skipped. */
async function syncDirectory(directory: string): Promise<void> {
  let handle;
  try {
    handle = await open(directory, 'r');
  } catch (error) {
    if (errorCode(error) === 'EISDIR' || errorCode(error) === 'EPERM') return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (errorCode(error) !== 'EINVAL' && errorCode(error) !== 'EPERM') throw error;
  } finally {
    await handle.close();
  }
}

function errorCode(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}
