/** Starting an HTTP server (the reference server, the demo's static files) and learning the port it got. */
import type { Server } from 'node:http';

/** Listens on `host`:`port` (0: a free port); resolves with the port, rejects when the server cannot listen. */
export async function listen(server: Server, host: string, port = 0): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : port;
}
