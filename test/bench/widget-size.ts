/**
 * The widget's size: builds `dist/widget/` in memory with the project's own rollup config (same plugins and output
 * options, plus source maps) and reports every file gzipped, what a page downloads before the users list shows (the
 * entry, the chunks it imports statically, and the chunks the language and backend load before the first render),
 * the whole folder, and what each part of the first-render code costs. A part's cost is its marginal size: the
 * gzipped file minus the gzipped file without that part's bytes. Parts share compression context, so the costs add
 * up to a little less than the whole; the difference is shown as "shared".
 */
import { decode } from '@jridgewell/sourcemap-codec';
import { rollup, type OutputChunk, type OutputOptions, type RollupOptions } from 'rollup';
import { gzipSync } from 'node:zlib';

export interface SizePart {
  readonly part: string;
  readonly minifiedBytes: number;
  readonly gzippedBytes: number;
}

export interface ChunkSize {
  readonly fileName: string;
  /** What the file holds and when the widget loads it. */
  readonly role: string;
  readonly minifiedBytes: number;
  readonly gzippedBytes: number;
}

export interface FirstRender {
  readonly label: string;
  readonly files: readonly string[];
  readonly gzippedBytes: number;
}

export interface WidgetSize {
  readonly chunks: readonly ChunkSize[];
  /** Each backend in each language; the first is the default start (Partner Center, English). */
  readonly firstRender: readonly FirstRender[];
  readonly folderGzippedBytes: number;
  /** Parts of the entry file. */
  readonly entryParts: readonly SizePart[];
  readonly entryGzippedBytes: number;
  readonly entryMinifiedBytes: number;
}

/** First match wins: the part a source file belongs to, from its path. */
const PARTS: readonly (readonly [part: string, pattern: RegExp])[] = [
  ['Lit (lit-html, lit-element, reactive-element)', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['@lit/context and @lit/localize', /node_modules\/@lit\/(context|localize)\//],
  ['Swedish translations', /src\/i18n\/generated\//],
  ['catalog data (Graph display names, known rules)', /src\/core\/catalog\//],
  ['src/core (selection, rules, executor)', /src\/core\//],
  ['src/backend (two adapters, parsing)', /src\/backend\//],
  ['src/session', /src\/session\//],
  ['src/components: styles', /src\/components\/.*styles\.ts$/],
  ['src/components: code and templates', /src\/components\//],
  ['src/i18n (formatting, reasons)', /src\/i18n\//],
];

/** What a chunk is, from the module it was made for; first match wins. */
const ROLES: readonly (readonly [role: string, pattern: RegExp])[] = [
  ['Select all, Select from a list, the selection\'s chips and its review: loaded with the users list', /chunks\/users-bulk\.ts$/],
  ['select all, pasted lists (session): on the first use', /session\/bulk-selection\.ts$/],
  ['products grid: preloaded once a user is selected', /chunks\/products\.ts$/],
  ['checks before saving, products view (session): with the products grid', /^licenses-view$/],
  ['results as CSV: preloaded with the results and the history', /export-csv|csv-words/],
  ['service-plan dialog: preloaded with the products step', /chunks\/plans\.ts$/],
  ['"Set usage location" dialog: preloaded when the findings offer it', /chunks\/location\.ts$/],
  ['review, results panel, job banner: preloaded with the products step', /chunks\/save\.ts$/],
  ['bulk executor: preloaded with the products step', /core\/executor\/executor\.ts$/],
  ['saving and jobs (session): preloaded with the products step', /session\/jobs\.ts$/],
  ['Graph adapter: only for the Graph backend, on its first request', /backend\/graph\/graph-backend\.ts$/],
  ['job history: when there is one, preloaded with the results', /chunks\/history\.ts$/],
  ['Swedish, the first render\'s words: only when the language is Swedish', /i18n\/generated\/sv-compact\.ts$/],
  ['Swedish, the other parts\' words: with the first part (Swedish only)', /i18n\/generated\/sv-later\.ts$/],
  ['Graph name tables: only for the Graph backend', /core\/catalog\/display-names\.ts$/],
  ['license report progress and file words: on "Export license report"', /chunks\/report\.ts$/],
  ['license report reading (session): on "Export license report"', /session\/license-report\.ts$/],
  ['"Match licenses" dialog and note: preloaded once a user is selected', /chunks\/match\.ts$/],
  ['"Match licenses of…" (session): search, read, plan; on opening the dialog', /session\/template-match\.ts$/],
];
const SWEDISH = /i18n\/generated\/sv-compact\.ts$/;
/** The Graph adapter loads with the first users page; its name tables only with the products step. */
const GRAPH_ADAPTER = /backend\/graph\/graph-backend\.ts$/;

const gzipped = (text: string): number => gzipSync(text, { level: 9 }).length;

export async function measureWidgetSize(): Promise<WidgetSize> {
  const chunks = await buildWidget();
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('the widget build has no entry chunk');
  const sizes = chunks.map((chunk) => ({
    fileName: chunk.fileName,
    role: chunk.isEntry ? 'entry: the root, the users list, session, backends, Lit' : roleOf(chunk),
    minifiedBytes: Buffer.byteLength(chunk.code),
    gzippedBytes: gzipped(chunk.code),
  }));
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const sizeOf = new Map(sizes.map((size) => [size.fileName, size.gzippedBytes]));
  const staticSet = (names: readonly string[]): string[] => {
    const seen = new Set<string>();
    const visit = (name: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const imported of byName.get(name)?.imports ?? []) visit(imported);
    };
    names.forEach(visit);
    return [...seen];
  };
  const made = (pattern: RegExp): string => {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId !== null && pattern.test(slashes(candidate.facadeModuleId)));
    if (!chunk) throw new Error(`the widget build has no chunk for ${pattern}`);
    return chunk.fileName;
  };
  const firstRender = (label: string, names: readonly string[]): FirstRender => {
    const files = staticSet(names);
    return { label, files, gzippedBytes: files.reduce((sum, name) => sum + (sizeOf.get(name) ?? 0), 0) };
  };
  const ranges = rangesByPart(entry);
  const entryGzipped = gzipped(entry.code);
  return {
    chunks: sizes,
    firstRender: [
      firstRender('Partner Center, English', [entry.fileName]),
      firstRender('Partner Center, Swedish', [entry.fileName, made(SWEDISH)]),
      firstRender('Graph, English', [entry.fileName, made(GRAPH_ADAPTER)]),
      firstRender('Graph, Swedish', [entry.fileName, made(GRAPH_ADAPTER), made(SWEDISH)]),
    ],
    folderGzippedBytes: sizes.reduce((sum, size) => sum + size.gzippedBytes, 0),
    entryParts: [...ranges].map(([part, partRanges]) => ({
      part,
      minifiedBytes: partRanges.reduce((sum, [start, end]) => sum + Buffer.byteLength(entry.code.slice(start, end)), 0),
      gzippedBytes: entryGzipped - gzipped(without(entry.code, partRanges)),
    })),
    entryGzippedBytes: entryGzipped,
    entryMinifiedBytes: Buffer.byteLength(entry.code),
  };
}

/** Plugins of the project's build that print or touch dist/widget/: a benchmark's build does neither. */
const LEFT_OUT = new Set(['report-size', 'remove-old-chunks']);

/** The widget's build from rollup.config.mjs, without the plugins above (and without `leftOut`). */
async function widgetConfig(leftOut: readonly string[] = []): Promise<{ readonly input: RollupOptions; readonly output: OutputOptions | undefined }> {
  const configUrl = new URL('../../rollup.config.mjs', import.meta.url).href;
  const loaded: unknown = await import(configUrl);
  const configs = (loaded as { readonly default: readonly RollupOptions[] }).default;
  const widget = configs.find((config) => String(config.input).endsWith('widget/license-manager.ts'));
  if (!widget) throw new Error('rollup.config.mjs has no build for widget/license-manager.ts');
  const plugins = (Array.isArray(widget.plugins) ? widget.plugins : []).filter(
    (plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && (LEFT_OUT.has(plugin.name) || leftOut.includes(plugin.name))),
  );
  const output = (Array.isArray(widget.output) ? widget.output[0] : widget.output) as OutputOptions | undefined;
  return { input: { ...widget, plugins }, output };
}

/** Writes the widget's files (entry and chunks, as in dist/widget/) into `dir`, for benchmarks in a browser. */
export async function writeWidget(dir: string): Promise<void> {
  const { input, output } = await widgetConfig();
  const build = await rollup(input);
  try {
    await build.write({ ...output, dir });
  } finally {
    await build.close();
  }
}

/** The widget as `npm run build` makes it (the project's rollup config), in memory, with source maps. */
export async function buildWidget(): Promise<OutputChunk[]> {
  const { input, output } = await widgetConfig();
  const build = await rollup(input);
  try {
    const generated = await build.generate({ ...output, sourcemap: true });
    const chunks = generated.output.filter((item): item is OutputChunk => item.type === 'chunk');
    if (chunks.some((chunk) => !chunk.map)) throw new Error('the widget build produced a chunk without a source map');
    return chunks;
  } finally {
    await build.close();
  }
}

/**
 * Which modules each chunk of the widget holds, as `npm run build` splits them. Minifying comes after the split
 * (terser renders each chunk), so it is left out: the chunks hold the same modules in a third of the time.
 */
export async function widgetChunkModules(): Promise<readonly Pick<OutputChunk, 'isEntry' | 'fileName' | 'moduleIds'>[]> {
  const { input, output } = await widgetConfig(['terser']);
  const build = await rollup(input);
  try {
    const generated = await build.generate({ ...output, sourcemap: false });
    return generated.output.filter((item): item is OutputChunk => item.type === 'chunk');
  } finally {
    await build.close();
  }
}

function roleOf(chunk: OutputChunk): string {
  const facade = slashes(chunk.facadeModuleId ?? '');
  // A manual chunk (rollup.config.mjs) has no facade module: it is known by its name.
  for (const [role, pattern] of ROLES) if (pattern.test(facade) || pattern.test(chunk.name)) return role;
  return 'shared by the chunks above';
}

/** Each part's [start, end) character ranges in the generated code, from the source map's segments. */
function rangesByPart(chunk: OutputChunk): Map<string, [number, number][]> {
  const map = chunk.map;
  if (!map) throw new Error('no source map');
  const lineStarts: number[] = [0];
  for (let i = 0; i < chunk.code.length; i++) if (chunk.code[i] === '\n') lineStarts.push(i + 1);
  const segments: { readonly at: number; readonly part: string }[] = [];
  decode(map.mappings).forEach((line, lineIndex) => {
    for (const segment of line) {
      const source = segment.length > 1 ? map.sources[segment[1] ?? -1] : undefined;
      segments.push({ at: (lineStarts[lineIndex] ?? 0) + segment[0], part: partOf(source ?? '') });
    }
  });
  segments.sort((a, b) => a.at - b.at);
  const ranges = new Map<string, [number, number][]>();
  segments.forEach((segment, i) => {
    const end = segments[i + 1]?.at ?? chunk.code.length;
    const list = ranges.get(segment.part) ?? [];
    list.push([segment.at, end]);
    ranges.set(segment.part, list);
  });
  return ranges;
}

const slashes = (path: string): string => path.replaceAll('\\', '/');

function partOf(source: string): string {
  const path = slashes(source);
  for (const [part, pattern] of PARTS) if (pattern.test(path)) return part;
  return 'other (widget entry, helpers)';
}

function without(code: string, ranges: readonly (readonly [number, number])[]): string {
  const kept: string[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    kept.push(code.slice(from, start));
    from = end;
  }
  kept.push(code.slice(from));
  return kept.join('');
}
