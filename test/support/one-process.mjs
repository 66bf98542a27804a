// Runs Node test files in this one process, each as a suite named by its path, one after another. Starting a
// process with the TypeScript loader for each of ~50 files cost about 0.3 s of CPU apiece; here it is paid once.
// A file's own before/after hooks attach to its suite, so they run around that file's tests as they would alone.
// A file still runs alone with `node --import tsx --test <file>`.
import { describe } from 'node:test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

for (const file of process.argv.slice(2)) {
  describe(file, async () => {
    await import(pathToFileURL(resolve(file)).href);
  });
}
