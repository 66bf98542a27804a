/** Reads a doc-example fixture from test/fixtures/api-docs/. */
import { readFileSync } from 'node:fs';

export function docExample<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/api-docs/${name}`, import.meta.url), 'utf8')) as T;
}

export interface Exchange {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body: unknown;
}
