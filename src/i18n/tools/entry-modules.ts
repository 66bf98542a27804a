/**
 * The project's source files in the widget's entry file: `widget/license-manager.ts` and every file it imports
 * statically, transitively. An `import()` makes a chunk of its own that loads later, so it is not followed; neither
 * is `import type` (erased). Packages (`lit`, `@lit/localize`) are not the project's and hold no messages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/** The project files `file` imports statically for their values (relative specifiers; `.js` names the `.ts` source). */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly && ts.isStringLiteral(statement.moduleSpecifier)) {
      specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers.filter((specifier) => specifier.startsWith('.')).map((specifier) => {
    const path = resolve(dirname(file), specifier);
    const typescript = path.replace(/\.js$/u, '.ts');
    if (existsSync(typescript)) return typescript;
    if (existsSync(path)) return path;
    throw new Error(`${file}: cannot find ${specifier}`);
  });
}

/** Absolute paths of the files in the entry that starts at `entryFile` (absolute). */
export function entryModules(entryFile: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  visit(entryFile);
  return seen;
}
