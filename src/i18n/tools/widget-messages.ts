/**
 * Which messages the widget's own sources hold: lit-localize's extractor run over src/i18n/lit-localize.json's
 * inputs; the messages of files under extension/ are the extension pages' own words.
 */
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { fileURLToPath } from 'node:url';

/** A message as the extractor gives it: its id and the file it was found in. */
export interface ExtractedMessage {
  readonly name: string;
  readonly file: { readonly fileName: string };
}

/** The extension's own sources, as TypeScript names files (forward slashes). */
const EXTENSION_DIR = fileURLToPath(new URL('../../../extension/', import.meta.url)).replaceAll('\\', '/');

/** The ids of the messages found outside extension/. */
export function widgetIdsOf(messages: readonly ExtractedMessage[]): Set<string> {
  return new Set(messages.filter((message) => !message.file.fileName.startsWith(EXTENSION_DIR)).map((message) => message.name));
}

/** `configPath`: a lit-localize config like src/i18n/lit-localize.json (its paths relative to its own folder). */
export function widgetMessageIds(configPath: string): Set<string> {
  const config = readConfigFileAndWriteSchema(configPath);
  const { output } = config;
  if (output.mode !== 'runtime') throw new Error(`${configPath}: expected output.mode "runtime"`);
  return widgetIdsOf(new RuntimeLitLocalizer({ ...config, output }).extractSourceMessages().messages);
}
