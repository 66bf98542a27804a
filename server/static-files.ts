/**
 * A tiny static file server for the built widget and its demo page (node:http only). Paths are resolved inside
 * the root and nowhere else: `..`, encoded slashes, NUL bytes and symlinks leading out are refused.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { listen } from './listen.js';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServerOptions {
  /** The directory served at "/". */
  readonly root: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** JSON documents served at exact paths, e.g. { '/demo/config.json': { baseUrl } }. */
  readonly json?: Readonly<Record<string, unknown>>;
  /** Where "/" redirects, e.g. "/demo/". */
  readonly index?: string;
}

export interface StaticServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * The file a URL path names inside `root`, or null when it would leave the root or cannot be a file name.
 * Does not touch the disk (symlinks are checked when serving).
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || !decoded.startsWith('/')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return null;
  const base = resolve(root);
  const full = resolve(base, ...segments);
  return full === base || full.startsWith(base + sep) ? full : null;
}

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers });
  response.end(body);
}

async function handle(request: IncomingMessage, response: ServerResponse, options: StaticServerOptions, realRoot: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = url.pathname;
  if (path === '/' && options.index) {
    send(response, 302, '', { Location: options.index });
    return;
  }
  const document = options.json?.[path];
  if (document !== undefined) {
    const body = JSON.stringify(document);
    response.writeHead(200, { 'Content-Type': MIME_TYPES['.json']!, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  const resolved = resolveInside(options.root, path);
  if (resolved === null) {
    send(response, 400, 'Bad path\n');
    return;
  }
  let file = resolved;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      if (!path.endsWith('/')) {
        send(response, 301, '', { Location: `${path}/${url.search}` });
        return;
      }
      file = join(file, 'index.html');
      info = await stat(file);
    }
    const real = await realpath(file);
    if (!info.isFile() || !(real === realRoot || real.startsWith(realRoot + sep))) throw new Error('outside');
    response.writeHead(200, {
      'Content-Type': mimeTypeOf(file),
      'Content-Length': String(info.size),
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(real)
      .on('error', () => response.destroy())
      .pipe(response);
  } catch {
    send(response, 404, 'Not found\n');
  }
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const realRoot = await realpath(resolve(options.root));
  const server: Server = createServer((request, response) => {
    handle(request, response, options, realRoot).catch(() => {
      if (!response.headersSent) send(response, 500, 'Internal error\n');
      else response.destroy();
    });
  });
  const host = options.host ?? '127.0.0.1';
  const port = await listen(server, host, options.port);
  return {
    url: `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
