import { randomUUID } from 'node:crypto';
import { CommandRunner } from '../../../src/event-store/command-runner';
import { proposalDecider, proposalStreamId } from '../../../src/proposals/application/proposal-stream';
import { replayReadModels, type ReplayOptions, type ReplayReport } from '../../../src/replay/replay';
import { replayedReadModels } from '../../../src/replay/replayed-read-models';
import { aCreateDraft, anEditDraft } from '../../support/proposal-builders';
import { eventStoreFixture, type EventStoreFixture } from '../../support/event-store-fixture';
import { createScratchDatabase, dropScratchDatabase } from '../../support/scratch-database';
import { databaseUrlFor } from '../../support/test-env';

/**
 * A store on a database of its own whose appends run the live projections, registered as the proposals
 * module registers them, and a command runner with the real proposal decider.
 */
export interface ReplayStore extends EventStoreFixture {
  draft(proposalId?: string): Promise<string>;
  editTitle(
    proposalId: string,
    title: string,
    tx?: EventStoreFixture['dataSource']['manager'],
  ): Promise<void>;
  replay(options?: Partial<ReplayOptions>): Promise<ReplayReport>;
}

export const startReplayStore = async (label: string): Promise<ReplayStore & { drop(): Promise<void> }> => {
  const database = await createScratchDatabase(label);
  const f = await eventStoreFixture({ url: databaseUrlFor(database), poolSize: 20 });
  for (const model of replayedReadModels())
    f.store.onAppend((tx, appended) => model.applyAll(tx, [appended]));
  // The command runner with the same store: appends go through the live projections.
  const runner = new CommandRunner(f.store);
  return {
    ...f,
    runner,
    draft: async (proposalId = randomUUID()) => {
      await runner.handle(proposalStreamId(proposalId), proposalDecider, aCreateDraft({ proposalId }));
      return proposalId;
    },
    editTitle: async (proposalId, title, tx) => {
      await runner.handle(proposalStreamId(proposalId), proposalDecider, anEditDraft({ title }), {
        tx,
        retries: 5,
      });
    },
    replay: (options = {}) =>
      replayReadModels(
        { dataSource: f.dataSource, store: f.store, readModels: replayedReadModels() },
        { check: true, batchSize: 500, ...options },
      ),
    drop: async () => {
      await f.close();
      await dropScratchDatabase(database);
    },
  };
};
