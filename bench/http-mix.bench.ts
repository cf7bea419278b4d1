import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { mixFor, type Tokens } from './http-mix.requests';
import type { Sample } from './stats';

export interface HttpSample extends Sample {
  errors: number;
  non2xx: number;
  /** The first few failures, status and body, to say what went wrong. */
  failures: string[];
}

/** The mix against the service for `seconds` at `connections`; every request's latency is kept. */
export const runHttpMix = (
  baseUrl: string,
  tokens: Tokens,
  connections: number,
  seconds: number,
): Promise<HttpSample> =>
  new Promise((resolve, reject) => {
    const latenciesMs: number[] = [];
    const failures: string[] = [];
    const requests = mixFor(tokens).map((r) => ({
      ...r,
      onResponse: (status: number, body: string, ctx: object, headers: autocannon.Request['headers']) => {
        if (status >= 300 && failures.length < 5)
          failures.push(`${r.method} ${r.path ?? '(proposal)'} ${status} ${body.slice(0, 200)}`);
        if (typeof r.onResponse === 'function') r.onResponse(status, body, ctx, headers);
      },
    }));
    const started = performance.now();
    const instance = autocannon(
      { url: baseUrl, connections, duration: seconds, requests, timeout: 10 },
      (err, result) => {
        if (err) return reject(err);
        const elapsedMs = performance.now() - started;
        resolve({
          ops: latenciesMs.length,
          elapsedMs,
          perSecond: (latenciesMs.length * 1000) / elapsedMs,
          latenciesMs,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          failures,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latenciesMs.push(responseTime));
  });
