import {
  GetInboxQuery,
  GetProposalQuery,
  ListProposalsQuery,
} from '../src/proposals/application/proposal-queries';
import { approveThroughService } from './command.bench';
import type { InProcessApp } from './in-process-app';
import type { TemplateJourney } from './journey';
import type { BenchPlan } from './options';
import { personas } from './personas';
import { benchReplay, seedEventsTo, type ReplayResults } from './replay.bench';
import { figureOf, runConcurrent, type Figure } from './stats';
import type { StreamCloner } from './stream-cloner';

export interface ScaleProbe {
  events: number;
  proposals: number;
  inReview: number;
  approve: Figure;
  inbox: Figure;
  list: Figure;
  detail: Figure;
}

/**
 * How one user's operations cost at this store size: an approval (c=1), and the three reads people
 * make most (the first page of the Organization Board's inbox, the first list page, a detail), each
 * through the buses.
 */
export const probeAtScale = async (
  app: InProcessApp,
  cloner: StreamCloner,
  submittedVersion: number,
  events: number,
  samples: number,
): Promise<ScaleProbe> => {
  const [{ proposals, in_review }]: { proposals: number; in_review: number }[] = await app.dataSource.query(
    `SELECT count(*)::int AS proposals, count(*) FILTER (WHERE status = 'InReview')::int AS in_review FROM proposals_v1`,
  );
  const ids = await cloner.clone(samples, submittedVersion, { project: true });
  const reads = (query: (i: number) => object) =>
    runConcurrent(1, samples, async (i) => {
      await app.queries.execute(query(i));
    });
  const inbox = await reads(() => new GetInboxQuery(personas.board));
  const list = await reads(() => new ListProposalsQuery({ limit: 50 }, personas.lead));
  const detail = await reads((i) => new GetProposalQuery(ids[i], personas.lead));
  const approve = await approveThroughService(app, ids, 1);
  return {
    events,
    proposals,
    inReview: in_review,
    approve: figureOf([approve]),
    inbox: figureOf([inbox]),
    list: figureOf([list]),
    detail: figureOf([detail]),
  };
};

/**
 * For each store size, ascending: seed cloned journeys up to it, replay (raw SELECT, readAll,
 * rebuild; the rebuild also gives the seeded proposals their read-model rows), then probe.
 */
export const benchAtScales = async (
  app: InProcessApp,
  url: string,
  cloner: StreamCloner,
  template: TemplateJourney,
  plan: BenchPlan,
  say: (line: string) => void,
  save: (replay: ReplayResults[], probes: ScaleProbe[]) => void,
): Promise<void> => {
  const replay: ReplayResults[] = [];
  const probes: ScaleProbe[] = [];
  for (const target of plan.scales) {
    say(`replay: seeding to ${target} events`);
    const events = await seedEventsTo(app.dataSource, cloner, template, target);
    say(`replay: raw SELECT, readAll and rebuild of ${events} events`);
    replay.push(await benchReplay(url, events, plan.replayRuns(target), plan.rebuildRuns(target)));
    probes.push(await probeAtScale(app, cloner, template.submittedVersion, events, plan.probeSamples));
    save(replay, probes);
  }
};
