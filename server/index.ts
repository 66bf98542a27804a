/**
 * The reference partner backend: Partner Center REST v1 (`/v1/...`) and Microsoft Graph v1.0 (`/v1.0/...`) over one
 * store with the real licensing rules. Used by the product's tests, `npm start` and the benchmark.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequestHandler } from './app.js';
import type { ServerContext } from './context.js';
import { demoFixture } from './demo/tenant.js';
import { FaultInjector } from './faults.js';
import { FixtureError, parseFixture, validateFixture, type Fixture } from './fixture.js';
import { Identity } from './identity/identity.js';
import { listen } from './listen.js';
import { StateFile } from './persistence.js';
import { seededRandom } from './prng.js';
import { Store } from './store.js';
import { Throttle } from './throttle.js';

export type { Fixture, FixtureAgent, FixtureCustomer, FixtureLicense, FixtureServicePlan, FixtureSku, FixtureUser } from './fixture.js';
export { FixtureError, parseFixture, validateFixture } from './fixture.js';
export { demoFixture, CONTOSO_ID, FABRIKAM_ID, NORTHWIND_ID, DEMO_AGENTS, PARTNER_DOMAIN } from './demo/tenant.js';
export { PARTNER_TENANT_ID } from './identity/tenants.js';

export interface ReferenceServerOptions {
  /** 0 picks a free port (the default here; the CLI defaults to 4010). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  fixture?: Fixture;
  fixtureFile?: string;
  /** Added to every response. */
  latencyMs?: number;
  /** Requests per second per tenant; past it 429 with Retry-After. */
  rateLimit?: number;
  /** The rate limit's clock, in milliseconds from any origin. Default performance.now; tests pass a faster one. */
  rateLimitClock?: () => number;
  /** Share of requests (0..1) that fail with 503 or a dropped connection. */
  faultRate?: number;
  /** Seeds fault injection and $batch response order. Default 1. */
  seed?: number;
  /** State survives a restart when set (atomic JSON writes); memory only otherwise. */
  dataDir?: string;
  /** Demo tenant size (Contoso), when no fixture is given. Default 250. */
  users?: number;
  /** Lifetime of the access tokens the sign-in issues, in seconds. Default 3600. */
  accessTokenSeconds?: number;
  /** The sign-in's clock (ms since the epoch), for tests of expiry. Default Date.now. */
  clock?: () => number;
  /** Absolute links follow X-Forwarded-Proto / X-Forwarded-Host (a TLS proxy in front). Default true. */
  trustForwardedHeaders?: boolean;
}

export interface ReferenceServer {
  /** e.g. http://127.0.0.1:4010, no trailing slash. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function check(name: string, value: number | undefined, valid: (value: number) => boolean, expected: string): void {
  if (value !== undefined && (typeof value !== 'number' || !valid(value))) throw new RangeError(`${name}: expected ${expected}, not ${String(value)}`);
}

async function initialFixture(options: ReferenceServerOptions): Promise<Fixture> {
  if (options.fixture) return validateFixture(options.fixture);
  if (options.fixtureFile) {
    let text: string;
    try {
      text = await readFile(options.fixtureFile, 'utf8');
    } catch (error) {
      throw new FixtureError(options.fixtureFile, `cannot read the fixture file (${error instanceof Error ? error.message : String(error)})`);
    }
    return parseFixture(text);
  }
  return demoFixture({ users: options.users ?? 250 });
}

export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  check('port', options.port, (v) => Number.isInteger(v) && v >= 0 && v <= 65535, 'an integer from 0 to 65535');
  check('latencyMs', options.latencyMs, (v) => Number.isFinite(v) && v >= 0, 'a non-negative number');
  check('rateLimit', options.rateLimit, (v) => Number.isFinite(v) && v > 0, 'a positive number');
  check('faultRate', options.faultRate, (v) => v >= 0 && v <= 1, 'a number from 0 to 1');
  check('seed', options.seed, (v) => Number.isInteger(v), 'an integer');
  check('accessTokenSeconds', options.accessTokenSeconds, (v) => Number.isInteger(v) && v >= 1, 'a positive integer');
  check('users', options.users, (v) => Number.isInteger(v) && v >= 1 && v <= 200_000, 'an integer from 1 to 200000');

  const stateFile = options.dataDir ? new StateFile(options.dataDir) : null;
  let store = stateFile ? await stateFile.load() : null;
  const fresh = store === null;
  store ??= new Store(await initialFixture(options));
  const seed = options.seed ?? 1;
  const current = store;
  const context: ServerContext = {
    store: current,
    throttle: new Throttle(options.rateLimit, options.rateLimitClock),
    faults: new FaultInjector(options.faultRate ?? 0, seed),
    identity: Identity.create(current, {
      ...(options.clock ? { now: options.clock } : {}),
      ...(options.accessTokenSeconds ? { accessTokenSeconds: options.accessTokenSeconds } : {}),
    }),
    batchRandom: seededRandom(seed ^ 0x5bd1e995),
    persist: () => (stateFile ? stateFile.save(current) : Promise.resolve()),
  };
  if (fresh) await context.persist();

  const server = createServer(createRequestHandler(context, {
    latencyMs: options.latencyMs ?? 0,
    startedAt: Date.now(),
    trustForwardedHeaders: options.trustForwardedHeaders ?? true,
  }));
  server.keepAliveTimeout = 5_000;
  const host = options.host ?? '127.0.0.1';
  const port = await listen(server, host, options.port);
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await context.persist();
      })();
      return closing;
    },
  };
}
