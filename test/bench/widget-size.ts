/**
 * The widget's size: builds `dist/widget/license-manager.js` in memory with the project's own rollup config (same
 * plugins, plus a source map) and says what each part costs gzipped. A part's cost is its marginal size: the
 * gzipped file minus the gzipped file without that part's bytes. Parts share compression context, so the costs
 * add up to a little less than the whole; the difference is shown as "shared".
 */
import { decode } from '@jridgewell/sourcemap-codec';
import { rollup, type OutputChunk, type RollupOptions } from 'rollup';
import { gzipSync } from 'node:zlib';

export interface SizePart {
  readonly part: string;
  readonly minifiedBytes: number;
  readonly gzippedBytes: number;
}

export interface WidgetSize {
  readonly minifiedBytes: number;
  readonly gzippedBytes: number;
  readonly parts: readonly SizePart[];
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

const gzipped = (text: string): number => gzipSync(text, { level: 9 }).length;

export async function measureWidgetSize(): Promise<WidgetSize> {
  const chunk = await buildWidget();
  const code = chunk.code;
  const ranges = rangesByPart(chunk);
  const total = gzipped(code);
  const parts = [...ranges].map(([part, partRanges]) => ({
    part,
    minifiedBytes: partRanges.reduce((sum, [start, end]) => sum + Buffer.byteLength(code.slice(start, end)), 0),
    gzippedBytes: total - gzipped(without(code, partRanges)),
  }));
  return { minifiedBytes: Buffer.byteLength(code), gzippedBytes: total, parts };
}

async function buildWidget(): Promise<OutputChunk> {
  const configUrl = new URL('../../rollup.config.mjs', import.meta.url).href;
  const loaded: unknown = await import(configUrl);
  const configs = (loaded as { readonly default: readonly RollupOptions[] }).default;
  const widget = configs.find((config) => String(config.input).endsWith('widget/license-manager.ts'));
  if (!widget) throw new Error('rollup.config.mjs has no build for widget/license-manager.ts');
  const plugins = (Array.isArray(widget.plugins) ? widget.plugins : []).filter(
    (plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'report-size'),
  );
  const build = await rollup({ ...widget, plugins });
  try {
    const { output } = await build.generate({ format: 'es', inlineDynamicImports: true, sourcemap: true });
    const chunk = output.find((item): item is OutputChunk => item.type === 'chunk');
    if (!chunk?.map) throw new Error('the widget build produced no chunk with a source map');
    return chunk;
  } finally {
    await build.close();
  }
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

function partOf(source: string): string {
  const path = source.replaceAll('\\', '/');
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
