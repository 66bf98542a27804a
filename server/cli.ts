/**
 * `npm run server -- [options]`: starts the reference backend and prints `listening on http://127.0.0.1:PORT`.
 * Bad options or a bad fixture: a message naming the field at fault, exit code 2.
 */
import { FixtureError, startReferenceServer, type ReferenceServerOptions } from './index.js';

const USAGE = `usage: npm run server -- [--port N] [--fixture FILE] [--latency-ms N] [--rate-limit N]
                         [--fault-rate X] [--seed N] [--data-dir DIR] [--users N] [--host H]
                         [--no-forwarded-headers]`;

class UsageError extends Error {}

function number(flag: string, raw: string | undefined, integer: boolean): number {
  if (raw === undefined) throw new UsageError(`${flag}: missing value`);
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new UsageError(`${flag}: expected ${integer ? 'an integer' : 'a number'}, not "${raw}"`);
  }
  return value;
}

function text(flag: string, raw: string | undefined): string {
  if (raw === undefined || raw === '') throw new UsageError(`${flag}: missing value`);
  return raw;
}

export function parseArguments(args: readonly string[]): ReferenceServerOptions {
  const options: ReferenceServerOptions = { port: 4010 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag = '', inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    switch (flag) {
      case '--port': options.port = number(flag, value(), true); break;
      case '--host': options.host = text(flag, value()); break;
      case '--fixture': options.fixtureFile = text(flag, value()); break;
      case '--latency-ms': options.latencyMs = number(flag, value(), false); break;
      case '--rate-limit': options.rateLimit = number(flag, value(), false); break;
      case '--fault-rate': options.faultRate = number(flag, value(), false); break;
      case '--seed': options.seed = number(flag, value(), true); break;
      case '--data-dir': options.dataDir = text(flag, value()); break;
      case '--users': options.users = number(flag, value(), true); break;
      case '--no-forwarded-headers': options.trustForwardedHeaders = false; break;
      case '--help': case '-h': console.log(USAGE); process.exit(0); break;
      default: throw new UsageError(`unknown option "${arg}"\n${USAGE}`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  let server;
  try {
    server = await startReferenceServer(parseArguments(process.argv.slice(2)));
  } catch (error) {
    if (error instanceof UsageError || error instanceof FixtureError || error instanceof RangeError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const running = server;
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    running.close().then(() => process.exit(0), () => process.exit(1));
  };
  // Handlers first: whoever reads the line below may signal at once.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`listening on ${server.url}`);
}

await main();
