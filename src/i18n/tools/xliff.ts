/**
 * Reads and fills the XLIFF 1.2 files lit-localize writes (one `<trans-unit>` per message, `<x id="N" .../>`
 * for each placeholder). Translators and tests see placeholders as `{N}`, so a translation can be written as plain
 * text and reordered freely. Node-only (build and test tooling); never imported by the widget.
 */

export interface TranslationUnit {
  readonly id: string;
  /** Source text, placeholders as `{N}`, XML entities decoded. */
  readonly source: string;
  /** Target text in the same form, or null when not translated yet. */
  readonly target: string | null;
  /** Placeholder ids in the source, in order of appearance. */
  readonly placeholders: readonly string[];
}

const unitPattern = /<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/gu;
const placeholderPattern = /<x id="([^"]+)"[^>]*\/>/gu;

export function readUnits(xliff: string): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  for (const [, id = '', body = ''] of xliff.matchAll(unitPattern)) {
    const source = /<source>([\s\S]*?)<\/source>/u.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/u.exec(body)?.[1];
    units.push({
      id,
      source: toPlain(source),
      target: target === undefined ? null : toPlain(target),
      placeholders: [...source.matchAll(placeholderPattern)].map((match) => match[1] ?? ''),
    });
  }
  return units;
}

/** Placeholder ids used in a plain (`{N}`) text. */
export function placeholdersIn(plain: string): string[] {
  return [...plain.matchAll(/\{(\d+)\}/gu)].map((match) => match[1] ?? '');
}

/**
 * Writes `targets` (id -> plain text with `{N}`) into the XLIFF, replacing existing targets. Throws naming the
 * id when an id is unknown or a target's placeholders differ from its source's.
 */
export function fillTargets(xliff: string, targets: ReadonlyMap<string, string>): string {
  const known = new Set<string>();
  const filled = xliff.replace(unitPattern, (unit: string, id: string, body: string) => {
    known.add(id);
    const plain = targets.get(id);
    if (plain === undefined) return unit;
    const source = /<source>([\s\S]*?)<\/source>/u.exec(body)?.[1] ?? '';
    const elements = new Map([...source.matchAll(placeholderPattern)].map((match) => [match[1] ?? '', match[0]]));
    const wanted = [...elements.keys()].sort().join(',');
    const given = placeholdersIn(plain).sort().join(',');
    if (wanted !== given) throw new Error(`Translation ${id} has placeholders {${given}}, its source has {${wanted}}`);
    const target = escapeXml(plain).replace(/\{(\d+)\}/gu, (_match, n: string) => elements.get(n) ?? '');
    const withoutTarget = unit.replace(/\s*<target>[\s\S]*?<\/target>/u, '');
    return withoutTarget.replace(/(<\/source>)/u, `$1\n  <target>${target}</target>`);
  });
  const unknown = [...targets.keys()].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`No such messages in the XLIFF: ${unknown.join(', ')}`);
  return filled;
}

function toPlain(xml: string): string {
  return decodeXml(xml.replace(placeholderPattern, (_element, id: string) => `{${id}}`));
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');
}
