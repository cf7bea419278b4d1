import { randomUUID } from 'node:crypto';
import { proposalDecider, proposalStreamId } from '../../../src/proposals/application/proposal-stream';
import type { ProposalEvent } from '../../../src/proposals/domain/proposal.events';
import type { NewEvent } from '../../../src/event-store/event-store.types';
import { collect } from '../../support/collect';
import { eventStoreFixture, type EventStoreFixture } from '../../support/event-store-fixture';
import {
  aCreateDraft,
  anApproveStage,
  day,
  inAppraisal,
  meta,
  organizationBoard,
} from '../../support/proposal-builders';

/** As a version before StageOpened v2 stored its events: schema version 1, no slaWorkingDays. */
const asStoredByV1 = (event: ProposalEvent): NewEvent => {
  if (event.type !== 'StageOpened') return event;
  const { slaWorkingDays: _sla, ...v1 } = event.data;
  return { type: event.type, data: v1, schemaVersion: 1 };
};

describe('Upcasting on read', () => {
  let f: EventStoreFixture;
  beforeAll(async () => (f = await eventStoreFixture()));
  afterAll(() => f.close());

  const storedRows = (streamId: string) =>
    f.dataSource.query(
      `SELECT stream_version::int AS version, type, schema_version, data FROM events
        WHERE stream_id = $1 AND type = 'StageOpened' ORDER BY stream_version`,
      [streamId],
    );

  /** A proposal in appraisal whose StageOpened was stored by the old version. */
  const oldProposal = async () => {
    const proposalId = randomUUID();
    const stream = proposalStreamId(proposalId);
    const history = inAppraisal(aCreateDraft({ proposalId })).map(asStoredByV1);
    await f.store.append(stream, history, { expectedVersion: 'no-stream' });
    return stream;
  };

  it('reads a stored v1 event as v2 with the new field, leaving the stored row and the chain as they were', async () => {
    const stream = await oldProposal();
    const [stored] = await storedRows(stream);
    expect(stored.schema_version).toBe(1);
    expect(stored.data).not.toHaveProperty('slaWorkingDays');

    const opened = (await collect(f.store.readStream(stream))).find((e) => e.type === 'StageOpened')!;
    expect(opened.schemaVersion).toBe(2);
    expect(opened.data).toEqual({ ...stored.data, slaWorkingDays: null });
    const raw = (await collect(f.store.readStream(stream, { upcast: false }))).find(
      (e) => e.type === 'StageOpened',
    )!;
    expect(raw).toMatchObject({ schemaVersion: 1, data: stored.data });
    expect(f.hasher.matches(raw, raw.hash)).toBe(true);

    // readAll upcasts too; past the in-flight horizon only because other databases may hold it back.
    const justBefore = { transactionId: String(BigInt(opened.transactionId) - 1n), position: 0 };
    const page = await f.store.readAllPage(justBefore, 50, { pastInFlight: true });
    expect(page.events.find((e) => e.eventId === opened.eventId)).toEqual(opened);
    expect(await storedRows(stream)).toEqual([stored]);
    expect((await f.verifier.verify({ streamId: stream })).ok).toBe(true);
  });

  it('lets the command runner fold v1 events and writes new ones at v2', async () => {
    const stream = await oldProposal();
    const result = await f.runner.handle(
      stream,
      proposalDecider,
      anApproveStage(meta(organizationBoard, day(1))),
    );
    expect(result.events.map((e) => [e.type, e.schemaVersion])).toEqual([
      ['StageApproved', 1],
      ['StageOpened', 2],
    ]);
    const rows = await storedRows(stream);
    expect(rows.map((r: { schema_version: number }) => r.schema_version)).toEqual([1, 2]);
    expect(rows[1].data).toMatchObject({ stageId: 'consultation', slaWorkingDays: 7 });
    expect((await f.verifier.verify({ streamId: stream })).ok).toBe(true);
  });
});
