import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** Runs a TypeScript file under test/support/children in its own Node process. */
export const forkTs = (file: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess =>
  fork(join(__dirname, 'children', file), args, {
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });

export const nextMessage = (child: ChildProcess, expected: string, timeoutMs = 30_000): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child sent no "${expected}"`)), timeoutMs);
    child.on('message', (m) => {
      if (m === expected) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before "${expected}"`)));
  });

export const killHard = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
