// The Swedish the widget loads before its first render (generated/sv-compact.ts) holds every message of every module
// in the built entry file, so nothing the entry shows flashes English while generated/sv-later.ts is on its way.
// The entry's modules come from the real rollup build (the bench's split, unminified), not from the generator's own reading of the
// imports, so a change to the chunking that the generator does not follow fails here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idPrefixLength, templates as firstRender } from '../../src/i18n/generated/sv-compact.js';
import { templates as later } from '../../src/i18n/generated/sv-later.js';
import { widgetChunkModules } from '../bench/widget-size.js';
import { scratchLocalizer } from './i18n-scratch.js';

describe('Swedish before the first render', () => {
  it('has every message of the modules in the built entry file', async () => {
    const entry = (await widgetChunkModules()).find((chunk) => chunk.isEntry);
    assert.ok(entry, 'the widget build has no entry chunk');
    const entryIds = scratchLocalizer().localizer.messageIdsIn(entry.moduleIds);
    assert.ok(entryIds.size > 20, `only ${entryIds.size} messages found in the entry's modules: is the entry's module list read right?`);
    const loaded = new Set(Object.keys(firstRender));
    const missing = [...entryIds].filter((id) => !loaded.has(id.slice(0, idPrefixLength)));
    assert.deepEqual(missing, [], 'messages of the entry missing from generated/sv-compact.ts: run `node --import tsx src/i18n/tools/translations.ts compact`');
  });

  it('leaves the lazily loaded parts\' messages to sv-later.ts, each in one file', () => {
    const laterPrefixes = Object.keys(later);
    assert.ok(laterPrefixes.length > 0, 'sv-later.ts is empty: everything would load before the first render');
    assert.deepEqual(laterPrefixes.filter((prefix) => prefix in firstRender), []);
  });
});
