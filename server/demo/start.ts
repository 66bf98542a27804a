/**
 * `npm start` (after `npm run build`): the reference backend with the demo partner, and the built widget with
 * its demo admin page. Prints where everything is; Ctrl-C stops both.
 *
 * Ports: LM_API_PORT (default 4010) and LM_DEMO_PORT (default 4000); 0 picks a free port.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startReferenceServer } from '../index.js';
import { DEMO_AGENTS } from './tenant.js';
import { startStaticServer } from '../static-files.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const widgetDir = `${root}dist/widget`;

function portFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${name} must be a port number from 0 to 65535, not "${raw}".`);
    process.exit(2);
  }
  return port;
}

async function main(): Promise<void> {
  if (!existsSync(`${widgetDir}/license-manager.js`) || !existsSync(`${widgetDir}/demo/index.html`)) {
    console.error('The widget is not built yet: run "npm run build" first (npm start does both).');
    process.exit(1);
  }
  const api = await startReferenceServer({ port: portFrom('LM_API_PORT', 4010) });
  const web = await startStaticServer({
    root: widgetDir,
    port: portFrom('LM_DEMO_PORT', 4000),
    index: '/demo/',
    json: { '/demo/config.json': { baseUrl: api.url } },
  }).catch(async (error: unknown) => {
    await api.close();
    throw error;
  });

  const tokens = DEMO_AGENTS.map((agent) => `    ${agent.token.padEnd(22)} ${agent.name} (${agent.role}${agent.tenantId ? `, Graph, tenant ${agent.tenantId}` : ''})`);
  console.log(
    [
      '',
      'License Manager demo',
      `  Demo admin page:  ${web.url}/demo/`,
      `  Reference API:    ${api.url}`,
      '  Sign in on the demo page ("Sign in"); for scripts, the fixed demo tokens (Authorization: Bearer <token>):',
      ...tokens,
      '',
      '  Browser extension (unpacked):',
      `    Chrome/Edge:  ${root}dist/extension`,
      '                  chrome://extensions -> Developer mode -> Load unpacked',
      `    Firefox:      ${root}dist/extension-firefox`,
      '                  about:debugging#/runtime/this-firefox -> Load Temporary Add-on -> manifest.json',
      `    Set the API URL ${api.url} and a demo token in the extension's options.`,
      '',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await Promise.allSettled([web.close(), api.close()]);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
