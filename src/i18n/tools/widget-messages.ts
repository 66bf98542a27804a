/**
 * Which messages the widget's own sources hold: lit-localize's extractor run over src/i18n/lit-localize.json's
 * inputs; the messages of files under extension/ are the extension pages' own words.
 */
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';
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

/** lit-localize's localizer (runtime mode); its `program`, the analysed sources, is the costly part: share one. */
export class WidgetLocalizer extends RuntimeLitLocalizer {
  /**
   * The ids of the messages used in any of `files` (absolute paths). The whole program's extraction names one file
   * per message, and a message used in several files (the same words) must count for each of them.
   */
  messageIdsIn(files: Iterable<string>): Set<string> {
    const wanted = new Set([...files].map((file) => file.replaceAll('\\', '/')));
    const program = this.program;
    const sources = program.getSourceFiles().filter((source) => wanted.has(source.fileName));
    return new Set(extractMessagesFromProgram({ ...program, getSourceFiles: () => sources }).messages.map((message) => message.name));
  }
}

export function localizerFor(configPath: string): WidgetLocalizer {
  const config = readConfigFileAndWriteSchema(configPath);
  const { output } = config;
  if (output.mode !== 'runtime') throw new Error(`${configPath}: expected output.mode "runtime"`);
  return new WidgetLocalizer({ ...config, output });
}
