// The compaction of lit-localize's generated module: short id prefixes, never two messages on one prefix.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compactTemplates, idPrefixLengthFor, readTemplateEntries } from '../../src/i18n/tools/compact-templates.js';

const generated = (lines: readonly string[]): string =>
  `import {str} from '@lit/localize';\n\n    export const templates = {\n      ${lines.join('\n')}\n    };\n`;

describe('compact Swedish templates', () => {
  it('keys each template by "s" and the first five hex digits when those keep the ids apart', () => {
    const compact = compactTemplates(generated(["'s0123456789abcdef': `Klart`,", "'sfedcba9876543210': str`Välj ${0}`,"]));
    assert.equal(compact.idPrefixLength, 6);
    assert.match(compact.source, /^ {2}s01234: `Klart`,$/mu);
    assert.match(compact.source, /^ {2}sfedcb: str`Välj \$\{0\}`,$/mu);
    assert.match(compact.source, /import \{ str \} from '@lit\/localize';/u);
  });

  it('puts the messages the widget does not use into the extension\'s module, keyed the same way', () => {
    const compact = compactTemplates(generated(["'s0123456789abcdef': `Klart`,", "'sfedcba9876543210': str`Inloggad som ${0}`,"]), new Set(['s0123456789abcdef']));
    assert.match(compact.source, /^ {2}s01234: `Klart`,$/mu);
    assert.doesNotMatch(compact.source, /sfedcb/u);
    assert.match(compact.extensionSource, /^ {2}sfedcb: str`Inloggad som \$\{0\}`,$/mu);
    assert.doesNotMatch(compact.extensionSource, /s01234|idPrefixLength/u);
    assert.doesNotMatch(compact.source, /^import/mu, 'the widget\'s module needs no str here');
  });

  it('takes more digits when two ids share a prefix', () => {
    assert.equal(idPrefixLengthFor(['s0123456789abcdef', 's0123456789abcd00']), 16);
    assert.equal(idPrefixLengthFor(['s0123400000000000', 's0123500000000000']), 6);
    assert.equal(idPrefixLengthFor(['s0123450000000000', 's0123460000000000']), 7);
  });

  it('leaves out the str import when no template has placeholders', () => {
    assert.doesNotMatch(compactTemplates(generated(["'s0123456789abcdef': `Klart`,"])).source, /^import/mu);
  });

  it('refuses a module it does not understand instead of dropping a translation', () => {
    assert.throws(() => readTemplateEntries(generated(["'s0123456789abcdef': `Klart`,", "'oops': `Nej`,"])), /templates line 2/u);
    assert.throws(() => readTemplateEntries('export const other = {};'), /no `export const templates/u);
  });
});
