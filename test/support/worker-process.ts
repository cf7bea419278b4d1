import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { killHard } from './child-process';
import type { ServiceProcess } from './service-process';

const ROOT = join(__dirname, '..', '..');

/** Starts src/worker.ts as `npm run start:worker` would, with only the given environment on a clean one. */
export const startWorkerProcess = (env: Record<string, string>): ServiceProcess => {
  let output = '';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'src', 'worker.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
};

/** SIGTERM, as a deployment stops a replica; SIGKILL if it has not exited within `graceMs`. */
export const stopWorkerProcess = async (worker: ServiceProcess, graceMs = 10_000): Promise<void> => {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  let timer: NodeJS.Timeout | undefined;
  worker.child.kill('SIGTERM');
  await Promise.race([worker.exited, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
  clearTimeout(timer);
  await killHard(worker.child);
};
