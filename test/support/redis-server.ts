import { spawn, type ChildProcess } from 'node:child_process';
import Redis from 'ioredis';
import { killHard } from './child-process';
import { freePort } from './ports';

export interface RedisServer {
  url: string;
  /** SIGKILL: Redis dies with everything it held (it keeps nothing on disk). */
  kill(): Promise<void>;
  /** A fresh, empty server on the same port. */
  restart(): Promise<void>;
  flushAll(): Promise<void>;
  close(): Promise<void>;
}

const untilAnswers = async (url: string, child: ChildProcess, output: () => string): Promise<void> => {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited ${child.exitCode}:\n${output()}`);
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      if ((await client.ping()) === 'PONG') return;
    } catch {
      if (Date.now() > deadline) throw new Error(`redis-server on ${url} did not answer:\n${output()}`);
    } finally {
      client.disconnect();
    }
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** A dedicated redis-server child process on a free port, without persistence: for fault tests. */
export const startRedisServer = async (): Promise<RedisServer> => {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess;
  let output = '';
  const start = async () => {
    output = '';
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    await untilAnswers(url, child, () => output);
  };
  await start();
  return {
    url,
    kill: () => killHard(child),
    restart: async () => {
      await killHard(child);
      await start();
    },
    flushAll: async () => {
      const client = new Redis(url, { maxRetriesPerRequest: 1 });
      try {
        await client.flushall();
      } finally {
        client.disconnect();
      }
    },
    close: () => killHard(child),
  };
};
