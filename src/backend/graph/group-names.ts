/**
 * Names of the groups that license users, read in one call: `POST /directoryObjects/getByIds` takes up to
 * 1,000 ids. Names are kept for the adapter's life (group names rarely change while a page is open). A group
 * the token may not read, or that no longer exists, keeps its id as its name rather than a guess.
 */
import type { GroupId, LicenseGroup } from '../../core/types.js';
import { chunks } from '../concurrency.js';
import { BackendError } from '../errors.js';
import type { HttpClient } from '../http.js';
import { asObject, readArray, readOptionalString, readString } from '../parse.js';

const MAX_IDS_PER_CALL = 1000;

function parseDirectoryObject(value: unknown, path: string): LicenseGroup {
  const entry = asObject(value, path);
  const id = readString(entry, 'id', path).toLowerCase();
  return { id, displayName: readOptionalString(entry, 'displayName', path) || id };
}

export class GroupNames {
  private readonly known = new Map<GroupId, LicenseGroup>();

  constructor(private readonly http: HttpClient, private readonly root: string) {}

  /** Every id named; ids not known yet are read together (one call per 1,000). */
  async resolve(ids: readonly GroupId[], signal?: AbortSignal): Promise<ReadonlyMap<GroupId, LicenseGroup>> {
    const missing = [...new Set(ids.map((id) => id.toLowerCase()))].filter((id) => !this.known.has(id));
    for (const chunk of chunks(missing, MAX_IDS_PER_CALL)) await this.read(chunk, signal);
    return this.known;
  }

  private async read(ids: readonly GroupId[], signal?: AbortSignal): Promise<void> {
    try {
      const answer = await this.http.fetchJson({
        method: 'POST', url: `${this.root}/directoryObjects/getByIds`, readOnly: true, body: { ids, types: ['group'] }, ...(signal ? { signal } : {}),
      });
      for (const group of readArray(asObject(answer.body, ''), 'value', '', parseDirectoryObject)) this.known.set(group.id, group);
    } catch (error) {
      // Without Directory.Read the licenses still load; the groups are then shown by id.
      if (!(error instanceof BackendError && (error.kind === 'forbidden' || error.kind === 'not-found'))) throw error;
    }
    for (const id of ids) if (!this.known.has(id)) this.known.set(id, { id, displayName: id });
  }
}
