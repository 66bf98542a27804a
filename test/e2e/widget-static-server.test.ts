/** The demo's static file server: MIME types, redirects, JSON documents, and no way out of its root. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { resolveInside, startStaticServer, type StaticServer } from '../../server/static-files.js';

/** A raw GET, so paths such as "/../x" reach the server exactly as written (fetch would normalise them). */
function get(server: StaticServer, path: string, method = 'GET'): Promise<{ status: number; type: string; location: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type'] ?? ''), location: String(response.headers.location ?? ''), body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static file server', () => {
  let dir: string;
  let server: StaticServer;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lm-static-'));
    const root = join(dir, 'root');
    mkdirSync(join(root, 'demo'), { recursive: true });
    writeFileSync(join(root, 'license-manager.js'), 'export {};');
    writeFileSync(join(root, 'demo', 'index.html'), '<!doctype html><title>demo</title>');
    writeFileSync(join(dir, 'secret.txt'), 'do not serve');
    symlinkSync(join(dir, 'secret.txt'), join(root, 'leak.txt'));
    server = await startStaticServer({ root, port: 0, index: '/demo/', json: { '/demo/config.json': { baseUrl: 'http://127.0.0.1:4010' } } });
  });

  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves files with their MIME types', async () => {
    const script = await get(server, '/license-manager.js');
    assert.equal(script.status, 200);
    assert.equal(script.type, 'text/javascript; charset=utf-8');
    const page = await get(server, '/demo/');
    assert.equal(page.status, 200);
    assert.equal(page.type, 'text/html; charset=utf-8');
    assert.match(page.body, /<title>demo<\/title>/);
  });

  it('serves the JSON documents it was given', async () => {
    const config = await get(server, '/demo/config.json');
    assert.equal(config.status, 200);
    assert.equal(config.type, 'application/json; charset=utf-8');
    assert.deepEqual(JSON.parse(config.body), { baseUrl: 'http://127.0.0.1:4010' });
  });

  it('redirects "/" to the index and a directory to its slash form', async () => {
    assert.deepEqual(await get(server, '/').then((r) => [r.status, r.location]), [302, '/demo/']);
    assert.deepEqual(await get(server, '/demo').then((r) => [r.status, r.location]), [301, '/demo/']);
  });

  it('never leaves its root', async () => {
    for (const path of ['/../secret.txt', '/demo/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/demo%2f..%2f..%2fsecret.txt', '/%00', '/..\\secret.txt', '/%E0%A4%A']) {
      const response = await get(server, path);
      assert.ok(response.status === 400 || response.status === 404, `${path} answered ${response.status}`);
      assert.ok(!response.body.includes('do not serve'), `${path} leaked the file`);
    }
    const viaLink = await get(server, '/leak.txt');
    assert.equal(viaLink.status, 404);
    assert.equal(resolveInside('/srv/root', '/a/../../etc/passwd'), null);
    assert.equal(resolveInside('/srv/root', '/a/b.js'), '/srv/root/a/b.js');
  });

  it('answers 404 for missing files and 405 for writes', async () => {
    assert.equal((await get(server, '/nope.js')).status, 404);
    assert.equal((await get(server, '/license-manager.js', 'POST')).status, 405);
    assert.equal((await get(server, '/license-manager.js', 'HEAD')).status, 200);
  });
});
