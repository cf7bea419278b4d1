import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface ServiceProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts an entry point of src/ in its own process, with only the given environment on a clean one. */
export const startEntryPoint = (
  entry: 'main.ts' | 'worker.ts',
  env: Record<string, string>,
): ServiceProcess => {
  let output = '';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'src', entry)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
};

/** Starts src/main.ts as `npm start` would. */
export const startService = (env: Record<string, string>): ServiceProcess => startEntryPoint('main.ts', env);

/** Polls until `url` answers `status`; fails with the service's output when it does not in time. */
export const waitForStatus = async (
  service: ServiceProcess,
  url: string,
  status: number,
  timeoutMs = 240_000,
) => {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null)
      throw new Error(`service exited ${service.child.exitCode}:\n${service.output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3_000) });
      if (res.status === status) return (await res.json()) as Record<string, unknown>;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no ${status} from ${url} (${last}):\n${service.output()}`);
};
