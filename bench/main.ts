/**
 * `npm run bench [-- --quick]`: the service against the raw PostgreSQL limit, on its own database
 * (bench/README.md). Prints a Markdown table and writes the figures as JSON.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { benchAppend } from './append.bench';
import { benchDatabaseUrl, benchRedisUrl, httpDatabaseUrl, resetBenchDatabase } from './bench-env';
import { benchCommandsAndHttp } from './command.bench';
import { signMixTokens } from './http-mix.requests';
import { startInProcessApp } from './in-process-app';
import { runTemplateJourney } from './journey';
import { parsePlan } from './options';
import { benchOutbox } from './outbox.bench';
import { formatTable, type BenchResults } from './report';
import { rowsOf } from './report-rows';
import { benchMeta, finishMeta, resultsPath, saveResults } from './results-file';
import { benchAtScales } from './scale-probes';
import { startServiceProcess, type ServiceProcess } from './service-process';
import { StreamCloner } from './stream-cloner';

const started = performance.now();
const say = (line: string) =>
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${line}\n`);

const main = async () => {
  const plan = parsePlan(process.argv.slice(2));
  const url = benchDatabaseUrl();
  say(
    `${plan.quick ? 'quick' : 'full'} run of ${plan.parts.join(', ')} on ${new URL(url).pathname.slice(1)}`,
  );
  const withHttp = plan.parts.includes('command');
  await resetBenchDatabase(url);
  if (withHttp) await resetBenchDatabase(httpDatabaseUrl(url));
  const [app, service] = await Promise.all([
    startInProcessApp(url),
    withHttp ? startServiceProcess(httpDatabaseUrl(url)) : Promise.resolve(null),
  ]);
  let serving: ServiceProcess | null = service;
  const pool = new Pool({
    connectionString: url,
    max: app.config.database.poolSize,
    application_name: 'bench-raw',
  });
  const [{ version }]: { version: string }[] = await app.dataSource.query('SELECT version()');
  const results: BenchResults = { meta: benchMeta(plan, version) };
  const out = resultsPath(plan);
  const save = () => saveResults(out, results);
  try {
    say('template journey through the command bus');
    let template = await runTemplateJourney(app);
    let cloner = new StreamCloner(app.dataSource, app.hasher, template);
    if (plan.parts.includes('append')) {
      say('append: event store vs raw INSERT at concurrency 1, 8, 32');
      const opsAt = (c: number) => plan.appendOps[c];
      results.append = await benchAppend(app.bareStore, pool, [1, 8, 32], opsAt, plan.runs);
      save();
    }
    if (service) {
      say(`command vs raw read-then-insert; HTTP mix at ${plan.httpConcurrencies.join(' and ')} connections`);
      const http = { baseUrl: service.baseUrl, tokens: await signMixTokens(app.token) };
      results.service = await benchCommandsAndHttp(app, pool, cloner, template.submittedVersion, http, {
        concurrencies: [1, 8, 32],
        httpConcurrencies: plan.httpConcurrencies,
        approvalsAt: (c) => plan.approvals[c],
        httpSeconds: plan.httpSeconds,
        runs: plan.runs,
      });
      await service.stop();
      serving = null;
      save();
    }
    if (plan.parts.includes('outbox')) {
      const { outboxNotifications: total, outboxRuns: runs, outboxPacedRates: rates } = plan;
      say(`outbox: ${total} notifications, drained, then paced at ${rates.join(' and ')}/s`);
      const { dataSource, config } = app;
      results.outbox = await benchOutbox(
        dataSource,
        config.notifications,
        benchRedisUrl(),
        total,
        runs,
        rates,
      );
      save();
    }
    if (plan.parts.includes('replay')) {
      if (plan.parts.length > 1) {
        say('replay: starting again from an empty store, so each size is what it says');
        await resetBenchDatabase(url);
        template = await runTemplateJourney(app);
        cloner = new StreamCloner(app.dataSource, app.hasher, template);
      }
      await benchAtScales(app, url, cloner, template, plan, say, (replay, probes) => {
        Object.assign(results, { replay, probes });
        save();
      });
    }
  } finally {
    await serving?.stop();
    await pool.end();
    await app.close();
  }
  finishMeta(results, (performance.now() - started) / 1000);
  save();
  process.stdout.write(`${formatTable(rowsOf(results))}\n\nfigures: ${out} (${results.meta.seconds} s)\n`);
};

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(
      `bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  },
);
