/** The CLI: prints exactly one "listening on" line when ready; bad fixtures and options exit 2 naming the field. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rulesFixture } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runCli(args: readonly string[]): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // Ready: ask it to stop, so the test sees a clean shutdown too.
      if (stdout.includes('\n')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    setTimeout(() => child.kill('SIGKILL'), 20_000).unref();
  });
}

// Each test starts its own process and waits on it, so they run side by side.
describe('server CLI', { concurrency: true }, () => {
  it('prints exactly "listening on http://127.0.0.1:PORT" once ready, and stops on SIGTERM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lm-cli-'));
    try {
      const file = join(dir, 'fixture.json');
      await writeFile(file, JSON.stringify(rulesFixture()));
      const result = await runCli(['--port', '0', '--fixture', file, '--latency-ms', '1', '--rate-limit', '50', '--fault-rate', '0.1', '--seed', '3']);
      assert.match(result.stdout, /^listening on http:\/\/127\.0\.0\.1:\d+\n$/);
      assert.equal(result.code, 0, result.stderr);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a bad fixture with a message naming the field, exit code 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lm-cli-'));
    try {
      const fixture = rulesFixture();
      const file = join(dir, 'bad.json');
      await writeFile(file, JSON.stringify({ ...fixture, customers: [{ ...fixture.customers[0], skus: fixture.customers[0]?.skus.map((sku, i) => (i === 2 ? { ...sku, totalUnits: -3 } : sku)) }] }));
      const result = await runCli(['--port', '0', '--fixture', file]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /customers\[0\]\.skus\[2\]\.totalUnits: expected a non-negative integer/);
      assert.equal(result.stdout, '');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses bad options with exit code 2', async () => {
    const [fault, unknown] = await Promise.all([runCli(['--port', '0', '--fault-rate', '2']), runCli(['--colour', 'blue'])]);
    assert.equal(fault.code, 2);
    assert.match(fault.stderr, /faultRate: expected a number from 0 to 1/);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown option "--colour"/);
  });
});
