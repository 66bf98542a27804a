/**
 * `npm run bench -- tenant`: large tenants through the real session and adapters against the reference server in
 * its own process (50 ms a round trip). Each figure is printed beside its floor: the fewest requests the API
 * contract allows and their round trips. Driven from Node, not a browser page: requests, wall time and the
 * session's own heap are what is measured here.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { BackendKind } from '../../src/backend/backend.js';
import { createBackend } from '../../src/backend/create-backend.js';
import { runJob } from '../../src/core/executor/executor.js';
import { LicenseSession } from '../../src/session/license-session.js';
import { DEMO_AGENTS, type Fixture } from '../../server/index.js';
import { audit, bulkFixture, CUSTOMER_ID, TOKENS, userId } from '../node/executor/tenant.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

const LATENCY_MS = 50;
const TENANT = 100_000;
const TEAMS = 'ABCDEFGHIJ';
const SQUADS = 'ABCDEFGHIJKLMNOPQRST';

export interface TenantTarget {
  readonly name: string;
  readonly value: string;
  readonly floor: string;
  readonly met: boolean;
}

/** 100,000 users; "TeamC" matches every tenth (10,000), "SquadC" every twentieth (5,000). */
function largeTenant(): Fixture {
  const base = bulkFixture(0);
  const customer = base.customers[0]!;
  return {
    agents: DEMO_AGENTS.filter((agent) => agent.token === TOKENS['partner-center'] || agent.token === TOKENS.graph),
    customers: [{
      ...customer,
      users: Array.from({ length: TENANT }, (_, i) => ({
        id: userId(i),
        displayName: `Member ${i} Team${TEAMS[i % TEAMS.length]} Squad${SQUADS[i % SQUADS.length]}`,
        userPrincipalName: `member${i}@contosobulk.onmicrosoft.com`,
        usageLocation: 'US',
        licenses: [],
      })),
    }],
  };
}

function session(kind: BackendKind, url: string, options: Partial<ConstructorParameters<typeof LicenseSession>[0]> = {}): LicenseSession {
  const backend = createBackend({ kind, baseUrl: url, customerId: CUSTOMER_ID, tokenProvider: async () => TOKENS[kind], timeoutMs: 60_000 });
  return new LicenseSession({ backend, customerId: CUSTOMER_ID, language: 'en', searchDebounceMs: 0, ...options });
}

async function requests(url: string): Promise<number> {
  return (await audit(url)).requests;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function floor(requestCount: number): string {
  return `${requestCount} requests, ${requestCount} round trips (${seconds(requestCount * LATENCY_MS)})`;
}

/** Selects every match of `search`; answers the wall time and the requests it took. */
async function selectAll(target: LicenseSession, url: string, search: string): Promise<{ ms: number; requests: number; selected: number }> {
  await target.start();
  await target.search(search);
  const before = await requests(url);
  const started = performance.now();
  await target.selectAllMatching();
  const ms = performance.now() - started;
  return { ms, requests: (await requests(url)) - before, selected: target.selectedUserIds.length };
}

/** "Manage licenses" for the selection: the license reads it sends (the products read is counted apart), none wanted. */
async function manageLicenses(target: LicenseSession, url: string, name: string): Promise<TenantTarget> {
  await target.idle();
  const before = await requests(url);
  const started = performance.now();
  await target.setStep('licenses');
  const ms = performance.now() - started;
  const licenseReads = (await requests(url)) - before - 1;
  return { name, value: `${licenseReads} license reads (+1 products read), ${seconds(ms)}`, floor: floor(0), met: licenseReads === 0 };
}

export async function measureTenant(note: (text: string) => void): Promise<TenantTarget[]> {
  const targets: TenantTarget[] = [];
  note(`running: tenant of ${TENANT.toLocaleString('en')} users (server start takes a while) ...`);
  const server: ServerProcess = await startServerProcess(largeTenant(), { latencyMs: LATENCY_MS });
  try {
    note('  Graph: select all 10,000 matching "TeamC" ...');
    const graph = session('graph', server.url);
    const graphAll = await selectAll(graph, server.url, 'TeamC');
    const graphFloor = Math.ceil(10_000 / 999);
    targets.push({
      name: 'Select all 10,000 matching in 100,000 (Graph): <= 3 s and <= 15 requests',
      value: `${seconds(graphAll.ms)}, ${graphAll.requests} requests, ${graphAll.selected} selected`,
      floor: floor(graphFloor),
      met: graphAll.ms <= 3000 && graphAll.requests <= 15 && graphAll.selected === 10_000,
    });
    targets.push(await manageLicenses(graph, server.url, '"Manage licenses" for 10,000 selected (Graph, list data fresh): 0 extra requests'));
    graph.dispose();

    note('  Partner Center: select all 5,000 matching "SquadC", licenses read while selecting ...');
    const pc = session('partner-center', server.url);
    const pcAll = await selectAll(pc, server.url, 'SquadC');
    const listFloor = Math.ceil(5_000 / 1000);
    const readsStarted = performance.now();
    const beforeReads = await requests(server.url);
    await pc.idle();
    const reads = (await requests(server.url)) - beforeReads;
    targets.push({
      name: 'Select all 5,000 matching in 100,000 (Partner Center): list requests <= 12, at most one license read per user',
      value: `${pcAll.requests} list requests in ${seconds(pcAll.ms)}; then ${reads} license reads in ${seconds(performance.now() - readsStarted)}`,
      floor: `${floor(listFloor)} + ${pcAll.selected} license reads`,
      met: pcAll.requests <= 12 && reads <= pcAll.selected && pcAll.selected === 5_000,
    });
    targets.push(await manageLicenses(pc, server.url, '"Manage licenses" for 5,000 selected (Partner Center, read while selecting): 0 extra requests'));
    pc.dispose();

    note('  "Last page" of 100,000 (Graph, then Partner Center) ...');
    targets.push(await lastPage('graph', server.url), await lastPage('partner-center', server.url));

    note('  heap: select all 100,000 (Graph), then toggle one user ...');
    targets.push(...await wholeTenantSelected(server.url));
  } finally {
    await server.close();
  }
  targets.push(await saveOnPartnerCenter(note));
  return targets;
}

/**
 * "Last page" from the first page of 25: the end is 100,000 users away, read with the largest page size the API
 * allows. Graph knows the count, so the button goes straight there; Partner Center walks to an end it learns.
 */
async function lastPage(kind: BackendKind, url: string): Promise<TenantTarget> {
  const target = session(kind, url, { pageSize: 25 });
  try {
    await target.start();
    await target.idle();
    const before = await requests(url);
    const started = performance.now();
    await target.changePage('last');
    const ms = performance.now() - started;
    const sent = (await requests(url)) - before;
    const { pageIndex, pageCount, rows } = target.state.users;
    const least = Math.ceil(TENANT / (kind === 'graph' ? 999 : 1000));
    const name = kind === 'graph' ? 'Graph' : 'Partner Center';
    return {
      name: `"Last page" of a 100,000-user tenant (${name}, 25 a page): <= floor + 2 requests`,
      value: `${sent} requests, ${seconds(ms)}, page ${pageIndex + 1} of ${String(pageCount)} (${rows.length} users)`,
      floor: floor(least),
      met: sent <= least + 2 && pageIndex === TENANT / 25 - 1 && rows.length === 25,
    };
  } finally {
    target.dispose();
  }
}

/** Toggles in "toggle one user, 100,000 selected"; the median is printed. */
const TOGGLES = 7;
/** Today's (before one `users` map) median was 300-450 ms on the shared 2-core machine: it must not get slower. */
const TOGGLE_TARGET_MS = 450;

/**
 * One row checkbox with the whole tenant selected: the user leaves the selection and joins it again, each time
 * through the session's intent and the rebuilt ViewState (what the widget renders), as a click does.
 */
async function toggleOne(target: LicenseSession): Promise<TenantTarget> {
  const userIdOnPage = target.state.users.rows[0]?.user.id;
  if (userIdOnPage === undefined) throw new Error('No user on the first page');
  const times: number[] = [];
  for (let i = 0; i < TOGGLES; i++) {
    for (const selected of [false, true]) {
      const started = performance.now();
      target.toggleUser(userIdOnPage, selected);
      const { chips } = target.state;
      times.push(performance.now() - started);
      if (chips.length !== (selected ? TENANT : TENANT - 1)) throw new Error(`Toggle left ${chips.length} chips`);
    }
  }
  // The session's queued notification holds it until it runs: let it, so the heap measured after is the session's.
  await target.idle();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return {
    name: `Toggle one user, 100,000 selected (session and ViewState, median of ${times.length}): <= ${TOGGLE_TARGET_MS} ms`,
    value: `${median.toFixed(0)} ms (fastest ${times[0]!.toFixed(0)} ms, slowest ${times[times.length - 1]!.toFixed(0)} ms)`,
    floor: '0 requests',
    met: median <= TOGGLE_TARGET_MS,
  };
}

async function wholeTenantSelected(url: string): Promise<TenantTarget[]> {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  // One full collection can leave garbage its sweeper has not reached on a loaded machine (one run printed 74.5 MB,
  // another 3.5 MB, for the same 34 MB session): collect until the heap stops shrinking, at most five times.
  const gc = (): void => {
    let last = Infinity;
    for (let i = 0; i < 5; i++) {
      collect();
      const used = process.memoryUsage().heapUsed;
      if (used >= last * 0.99) return;
      last = used;
    }
  };
  // What the session holds is the heap with it minus the heap once it is gone (both after a full collection):
  // a baseline taken before would also count, or discount, garbage left by the runs before this one.
  let whole: LicenseSession | null = session('graph', url);
  const all = await selectAll(whole, url, '');
  const kept = whole.state.chips.length;
  // Before the heap is measured: what the toggles leave behind is collected first.
  const toggle = await toggleOne(whole);
  gc();
  const withSession = process.memoryUsage().heapUsed;
  whole.dispose();
  whole = null;
  gc();
  const heapMb = (withSession - process.memoryUsage().heapUsed) / 1024 / 1024;
  return [{
    name: 'Heap with 100,000 users selected (the session, in Node): <= 50 MB',
    value: `${heapMb.toFixed(1)} MB for ${kept} selected (${all.requests} requests, ${seconds(all.ms)})`,
    floor: floor(Math.ceil(TENANT / 999)),
    met: heapMb > 0 && heapMb <= 50 && kept === TENANT,
  }, toggle];
}

/** Saving 1,000 users on Partner Center: reported within 1.2x the job's own time (no second read of every user). */
async function saveOnPartnerCenter(note: (text: string) => void): Promise<TenantTarget> {
  note('  Partner Center: save 1,000 users ...');
  const users = 1_000;
  const server = await startServerProcess(bulkFixture(users), { latencyMs: LATENCY_MS });
  try {
    let jobMs = 0;
    const pc = session('partner-center', server.url, {
      pageSize: 25,
      runJob: async (request) => {
        const started = performance.now();
        try {
          return await runJob(request);
        } finally {
          jobMs = performance.now() - started;
        }
      },
    });
    await pc.start();
    await pc.selectAllMatching();
    await pc.idle();
    await pc.setStep('licenses');
    const product = pc.state.products.rows.find((row) => row.product.availableUnits >= users);
    if (!product) throw new Error('No product with units for every user');
    pc.changeProduct(product.product.skuId, 'assign');
    // Save opens the review first; the job runs on "Confirm", so that is what is timed.
    const saved = await pc.save();
    const before = await requests(server.url);
    const started = performance.now();
    const result = saved.status === 'review' ? await pc.confirm() : saved;
    const totalMs = performance.now() - started;
    const sent = (await requests(server.url)) - before;
    pc.dispose();
    const ratio = totalMs / jobMs;
    return {
      name: 'Save 1,000 users (Partner Center): reported within 1.2x the job\'s own time',
      value: `${seconds(totalMs)} reported, job ${seconds(jobMs)} (${ratio.toFixed(2)}x), ${sent} requests, ${result.status}`,
      floor: `${users} requests (one licenseupdates per user)`,
      met: ratio <= 1.2 && result.status === 'saved',
    };
  } finally {
    await server.close();
  }
}
