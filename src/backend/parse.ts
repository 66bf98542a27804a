/**
 * Small strict readers for JSON bodies. Extra fields are ignored; a missing or wrongly typed field throws a
 * MalformedResponseError naming its path (`items[3].availableUnits: expected a number, got "x"`), so no
 * half-read data reaches the UI.
 */
import { MalformedResponseError } from './errors.js';

export type JsonObject = Readonly<Record<string, unknown>>;

export function fieldPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

export function itemPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** How a wrong value looks in an error message: `missing`, `null`, or its JSON, shortened. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (missing)';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object' && value !== null) return 'an object';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function wrong(path: string, expected: string, value: unknown): MalformedResponseError {
  return new MalformedResponseError(path, `expected ${expected}, got ${describeValue(value)}`);
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asObject(value: unknown, path: string): JsonObject {
  if (!isObject(value)) throw wrong(path, 'an object', value);
  return value;
}

export function asString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw wrong(path, 'a string', value);
  return value;
}

export function asNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw wrong(path, 'a number', value);
  return value;
}

export function readObject(obj: JsonObject, key: string, path: string): JsonObject {
  return asObject(obj[key], fieldPath(path, key));
}

export function readOptionalObject(obj: JsonObject, key: string, path: string): JsonObject | undefined {
  const value = obj[key];
  return value === undefined || value === null ? undefined : asObject(value, fieldPath(path, key));
}

export function readString(obj: JsonObject, key: string, path: string): string {
  return asString(obj[key], fieldPath(path, key));
}

/** Absent or null gives undefined; any other non-string is an error. */
export function readOptionalString(obj: JsonObject, key: string, path: string): string | undefined {
  const value = obj[key];
  return value === undefined || value === null ? undefined : asString(value, fieldPath(path, key));
}

export function readNumber(obj: JsonObject, key: string, path: string): number {
  return asNumber(obj[key], fieldPath(path, key));
}

export function readArray<T>(obj: JsonObject, key: string, path: string, each: (item: unknown, path: string) => T): T[] {
  const here = fieldPath(path, key);
  const value = obj[key];
  if (!Array.isArray(value)) throw wrong(here, 'an array', value);
  return value.map((item: unknown, index) => each(item, itemPath(here, index)));
}

/** Absent or null gives an empty list. */
export function readOptionalArray<T>(obj: JsonObject, key: string, path: string, each: (item: unknown, path: string) => T): T[] {
  const value = obj[key];
  return value === undefined || value === null ? [] : readArray(obj, key, path, each);
}

/** One of the allowed values, compared without case; returns the allowed spelling. */
export function readEnum<T extends string>(obj: JsonObject, key: string, path: string, allowed: readonly T[]): T {
  const value = obj[key];
  if (typeof value === 'string') {
    const match = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    if (match !== undefined) return match;
  }
  throw wrong(fieldPath(path, key), `one of ${allowed.map((v) => `"${v}"`).join(', ')}`, value);
}

/**
 * A page holds no more items than were asked for. A service that answers more is broken or hostile; taking the
 * excess would let it set how much work follows (one license read per user on Partner Center).
 */
export function atMostAskedFor<T>(items: readonly T[], asked: number, path: string): readonly T[] {
  if (items.length > asked) {
    throw new MalformedResponseError(path, `expected at most ${asked} users (the page size asked for), got ${items.length}`);
  }
  return items;
}
