/**
 * Speed under faults: the same job with and without `--fault-rate 0.1`, for each backend, in one run. Random
 * faults are bad luck, not overload, so they should cost little time and (Graph) few extra requests; and still
 * nothing lost or applied twice, checked against the server's audit.
 */
import type { BackendKind } from '../../src/backend/backend.js';
import type { JobFigures, JobScenario } from './jobs.js';

const USERS = 1_000;
const LATENCY_MS = 50;
const FAULT_RATE = 0.1;

/** Targets of the faults issue: time within this multiple of the fault-free run, per backend. */
const TIME_FACTOR: Readonly<Record<BackendKind, number>> = { 'partner-center': 1.5, graph: 3 };
/** Graph only: HTTP requests within this multiple of the fault-free run. */
const GRAPH_REQUEST_FACTOR = 2;

export interface FaultComparison {
  readonly kind: BackendKind;
  readonly clean: JobFigures;
  readonly faulty: JobFigures;
}

export interface FaultRow {
  readonly comparison: string;
  readonly run: string;
  readonly users: string;
  readonly figures: JobFigures;
  readonly result: string;
}

export interface FaultTarget {
  readonly name: string;
  readonly value: string;
  readonly met: boolean;
}

type Measure = (label: string, scenario: JobScenario) => Promise<JobFigures>;

export async function compareUnderFaults(kind: BackendKind, measure: Measure): Promise<FaultComparison> {
  const server = { latencyMs: LATENCY_MS };
  const clean = await measure(`faults: ${kind} without faults`, { users: USERS, productsEach: 1, kind, server });
  const faulty = await measure(`faults: ${kind} with --fault-rate ${FAULT_RATE}`, {
    users: USERS, productsEach: 1, kind, server: { ...server, faultRate: FAULT_RATE, seed: 1 }, verify: true,
  });
  return { kind, clean, faulty };
}

function backendName(kind: BackendKind): string {
  return kind === 'graph' ? 'Graph $batch' : 'Partner Center';
}

export function faultRows({ kind, clean, faulty }: FaultComparison): FaultRow[] {
  const run = `executor, ${backendName(kind)}`;
  return [
    { comparison: kind === 'graph' ? '' : `Faults (--fault-rate ${FAULT_RATE}, ${LATENCY_MS} ms)`, run: `${run}, no faults`, users: '1,000', figures: clean, result: 'baseline' },
    {
      comparison: '',
      run: `${run}, ${FAULT_RATE * 100}% faults`,
      users: '1,000',
      figures: faulty,
      result: `${(faulty.wallSeconds / clean.wallSeconds).toFixed(2)}x the time, ${faulty.httpRequests} HTTP requests; lost ${faulty.lost ?? '?'}, applied twice ${faulty.doubled ?? '?'}, failed ${faulty.failed}`,
    },
  ];
}

export function faultTargets({ kind, clean, faulty }: FaultComparison): FaultTarget[] {
  const name = backendName(kind);
  const slower = faulty.wallSeconds / clean.wallSeconds;
  const targets: FaultTarget[] = [
    {
      name: `Faults (${name}): time with ${FAULT_RATE * 100}% faults within ${TIME_FACTOR[kind]}x fault-free`,
      value: `${slower.toFixed(2)}x (${faulty.wallSeconds.toFixed(2)} s / ${clean.wallSeconds.toFixed(2)} s)`,
      met: slower <= TIME_FACTOR[kind] && faulty.failed === 0,
    },
  ];
  if (kind === 'graph') {
    const more = faulty.httpRequests / clean.httpRequests;
    targets.push({
      name: `Faults (${name}): HTTP requests within ${GRAPH_REQUEST_FACTOR}x fault-free`,
      value: `${more.toFixed(2)}x (${faulty.httpRequests} / ${clean.httpRequests}; floor ${clean.httpRequests}: ${USERS} users / 20 per $batch)`,
      met: more <= GRAPH_REQUEST_FACTOR,
    });
  }
  targets.push({
    name: `Faults (${name}): operations lost and applied twice both zero`,
    value: `lost ${faulty.lost ?? '?'}, twice ${faulty.doubled ?? '?'}`,
    met: faulty.lost === 0 && faulty.doubled === 0,
  });
  return targets;
}
