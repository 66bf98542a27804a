/**
 * Which messages the widget's own sources hold: lit-localize's extractor run over src/i18n/lit-localize.json's
 * inputs without extension/. The rest of the extracted messages are the extension pages' own words.
 */
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';

/** The extension's inputs in the config (relative to its folder). */
const EXTENSION_INPUT = /^!?(\.\.\/)+extension\//u;

/** `configPath`: a lit-localize config like src/i18n/lit-localize.json (its paths relative to its own folder). */
export function widgetMessageIds(configPath: string): Set<string> {
  const config = readConfigFileAndWriteSchema(configPath);
  const { output } = config;
  if (output.mode !== 'runtime') throw new Error(`${configPath}: expected output.mode "runtime"`);
  const inputFiles = (config.inputFiles ?? []).filter((input) => !EXTENSION_INPUT.test(input));
  const localizer = new RuntimeLitLocalizer({ ...config, inputFiles, output });
  return new Set(localizer.extractSourceMessages().messages.map((message) => message.name));
}
