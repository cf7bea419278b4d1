import { ChainVerifier } from '../../../src/event-store/chain-verifier';
import { eventStoreFixture } from '../../support/event-store-fixture';
import { createScratchDatabase, dropScratchDatabase, tamper } from '../../support/scratch-database';
import { databaseUrlFor } from '../../support/test-env';

const STREAMS = 500;
const EVENTS_PER_STREAM = 20;
const target = 'proposal-0250';

describe('Verifying the keyed hash chain', () => {
  let seeded: string;
  const copies: string[] = [];

  beforeAll(async () => {
    seeded = await createScratchDatabase('chain_seed');
    const f = await eventStoreFixture({ url: databaseUrlFor(seeded), poolSize: 8 });
    try {
      // Few large transactions: the seed measures verification, not commit latency.
      const streams = Array.from({ length: STREAMS }, (_, s) => `proposal-${String(s).padStart(4, '0')}`);
      for (let i = 0; i < streams.length; i += 50) {
        await f.store.transaction(async (tx) => {
          for (const stream of streams.slice(i, i + 50)) {
            const events = Array.from({ length: EVENTS_PER_STREAM }, (_, k) => ({
              type: 'OpinionGiven',
              data: {
                body: 'Sở Nội vụ',
                opinion: 'agree',
                note: `Hòa ${k}`,
                figures: { before: 12, after: 10 },
              },
            }));
            await f.store.append(stream, events, { expectedVersion: 'no-stream', tx });
          }
        });
      }
    } finally {
      await f.close();
    }
  }, 300_000);

  afterAll(async () => {
    for (const name of [...copies, seeded]) await dropScratchDatabase(name);
  });

  const verifyCopy = async (...statements: [string, unknown[]?][]) => {
    const copy = await createScratchDatabase('chain_copy', seeded);
    copies.push(copy);
    if (statements.length) await tamper(copy, ...statements);
    const f = await eventStoreFixture({ url: databaseUrlFor(copy), poolSize: 2 });
    try {
      return { whole: await f.verifier.verify(), stream: await f.verifier.verify({ streamId: target }) };
    } finally {
      await f.close();
    }
  };

  it('finds an intact store of 10,000 events clean', async () => {
    const { whole } = await verifyCopy();
    expect(whole).toEqual({
      ok: true,
      eventsChecked: 10_000,
      streamsChecked: STREAMS,
      firstBrokenLink: null,
    });
  });

  it('names the stream and version whose data was changed', async () => {
    const { whole, stream } = await verifyCopy([
      `UPDATE events SET data = jsonb_set(data, '{figures,after}', '13') WHERE stream_id = $1 AND stream_version = 7`,
      [target],
    ]);
    expect(whole.firstBrokenLink).toMatchObject({ streamId: target, version: 7, reason: 'hash-mismatch' });
    expect(stream.firstBrokenLink).toMatchObject({ streamId: target, version: 7, reason: 'hash-mismatch' });
  });

  it('names the missing version when a middle event was deleted', async () => {
    const { whole } = await verifyCopy([
      `DELETE FROM events WHERE stream_id = $1 AND stream_version = 9`,
      [target],
    ]);
    expect(whole.firstBrokenLink).toMatchObject({ streamId: target, version: 9, reason: 'version-gap' });
  });

  it('names the first of two swapped versions', async () => {
    const { whole } = await verifyCopy(
      [`UPDATE events SET stream_version = 1000 WHERE stream_id = $1 AND stream_version = 4`, [target]],
      [`UPDATE events SET stream_version = 4 WHERE stream_id = $1 AND stream_version = 5`, [target]],
      [`UPDATE events SET stream_version = 5 WHERE stream_id = $1 AND stream_version = 1000`, [target]],
    );
    expect(whole.firstBrokenLink).toMatchObject({ streamId: target, version: 4 });
  });

  it('reports a deleted tail through the stream head', async () => {
    const { stream } = await verifyCopy([
      `DELETE FROM events WHERE stream_id = $1 AND stream_version > 18`,
      [target],
    ]);
    expect(stream.firstBrokenLink).toMatchObject({
      streamId: target,
      version: 19,
      reason: 'stream-head-mismatch',
    });
  });

  it('reports an event whose hash was recomputed without the key', async () => {
    const { stream } = await verifyCopy([
      `UPDATE events SET data = '{"opinion":"disagree"}', hash = encode(sha256(convert_to(data::text, 'UTF8')), 'hex')
        WHERE stream_id = $1 AND stream_version = 3`,
      [target],
    ]);
    expect(stream.firstBrokenLink).toMatchObject({ streamId: target, version: 3, reason: 'hash-mismatch' });
  });

  it('asks for the next page before it hashes the one it has, and stops cleanly at a break', async () => {
    const copy = await createScratchDatabase('chain_ahead', seeded);
    copies.push(copy);
    await tamper(copy, [
      `UPDATE events SET data = data || '{"note": "Vĩnh Thuận"}' WHERE stream_id = 'proposal-0003'`,
    ]);
    const f = await eventStoreFixture({ url: databaseUrlFor(copy), poolSize: 2 });
    try {
      const steps: string[] = [];
      const query = f.dataSource.query.bind(f.dataSource);
      jest.spyOn(f.dataSource, 'query').mockImplementation((sql: string, params?: unknown) => {
        if (sql.includes('FROM events e LEFT JOIN streams')) steps.push('page');
        return query(sql, params as unknown[]);
      });
      const matches = f.hasher.matches.bind(f.hasher);
      jest.spyOn(f.hasher, 'matches').mockImplementation((fields, hash) => {
        steps.push('hash');
        return matches(fields, hash);
      });
      const report = await new ChainVerifier(f.dataSource, f.hasher, 25).verify();
      expect(report.firstBrokenLink).toMatchObject({ streamId: 'proposal-0003', reason: 'hash-mismatch' });
      // Page two is asked for before the first event of page one is hashed, and so on.
      expect(steps.slice(0, 3)).toEqual(['page', 'page', 'hash']);
      expect(steps.indexOf('page', 2)).toBeGreaterThan(steps.indexOf('hash'));
      expect(steps.filter((s) => s === 'hash').length).toBeGreaterThan(25);
    } finally {
      await f.close();
    }
  });
});
