import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { UnitNotFound, UnitsAlreadyReserved } from '../../../src/org-registry';
import { aFixtureHamlet, registryFixture, type RegistryFixture } from './org-registry-fixture';

describe('Merger reservations: a unit is in at most one open merger proposal', () => {
  let f: RegistryFixture;
  beforeAll(async () => (f = await registryFixture(8)));
  afterAll(() => f.close());

  const reserve = (proposalId: string, codes: string[]) =>
    f.dataSource.transaction((tx) => f.reservations.reserveUnits(tx, proposalId, codes));
  const holder = async (code: string): Promise<string | null> => {
    const [row] = await f.dataSource.query(
      `SELECT proposal_id::text AS p FROM merger_reservations WHERE unit_code = $1`,
      [code],
    );
    return row?.p ?? null;
  };

  it('refuses a second proposal, naming every unit it wants that the first holds, and keeps none of it', async () => {
    const [a, b, c] = [
      await aFixtureHamlet(f.dataSource),
      await aFixtureHamlet(f.dataSource),
      await aFixtureHamlet(f.dataSource),
    ];
    const [first, second] = [randomUUID(), randomUUID()];
    await reserve(first, [a, b]);

    const refused = reserve(second, [c, b, a]);
    await expect(refused).rejects.toBeInstanceOf(UnitsAlreadyReserved);
    await expect(refused).rejects.toMatchObject({
      code: 'REGISTRY.UNITS_ALREADY_RESERVED',
      kind: 'unprocessable',
      conflicts: [a, b].sort().map((unitCode) => ({ unitCode, proposalId: first })),
    });
    expect(await holder(c)).toBeNull(); // the refused transaction rolled back its own reservation of c
    expect([await holder(a), await holder(b)]).toEqual([first, first]);
  });

  it('lets the same proposal reserve its units again, and frees them on release', async () => {
    const [a, b] = [await aFixtureHamlet(f.dataSource), await aFixtureHamlet(f.dataSource)];
    const proposal = randomUUID();
    await reserve(proposal, [a]);
    await reserve(proposal, [a, b, b]);
    expect(await f.dataSource.transaction((tx) => f.reservations.reservedBy(tx, proposal))).toEqual(
      [a, b].sort(),
    );

    const released = await f.dataSource.transaction((tx) => f.reservations.releaseUnits(tx, proposal));
    expect(released).toEqual([a, b].sort());
    await reserve(randomUUID(), [a, b]);
  });

  it('releases only the units named, when asked to', async () => {
    const [a, b] = [await aFixtureHamlet(f.dataSource), await aFixtureHamlet(f.dataSource)];
    const proposal = randomUUID();
    await reserve(proposal, [a, b]);
    expect(await f.dataSource.transaction((tx) => f.reservations.releaseUnits(tx, proposal, [b]))).toEqual([
      b,
    ]);
    expect([await holder(a), await holder(b)]).toEqual([proposal, null]);
  });

  it('refuses unknown units', async () => {
    const a = await aFixtureHamlet(f.dataSource);
    const refused = reserve(randomUUID(), [a, 'NO-SUCH-UNIT']);
    await expect(refused).rejects.toBeInstanceOf(UnitNotFound);
    await expect(refused).rejects.toMatchObject({ codes: ['NO-SUCH-UNIT'] });
    expect(await holder(a)).toBeNull();
  });

  it('lets exactly one of two concurrent transactions reserve the same unit', async () => {
    for (let round = 0; round < 5; round++) {
      const [a, b] = [await aFixtureHamlet(f.dataSource), await aFixtureHamlet(f.dataSource)];
      const proposals = [randomUUID(), randomUUID()];
      // Overlapping sets in opposite orders: sorting inside reserveUnits keeps this free of deadlocks.
      const results = await Promise.allSettled([
        reserve(proposals[0], [a, b]),
        reserve(proposals[1], [b, a]),
      ]);
      const won = results.findIndex((r) => r.status === 'fulfilled');
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const lost = results[1 - won] as PromiseRejectedResult;
      expect(lost.reason).toBeInstanceOf(UnitsAlreadyReserved);
      expect([await holder(a), await holder(b)]).toEqual([proposals[won], proposals[won]]);
    }
  });

  describe('when the second transaction waits on the first', () => {
    let one: QueryRunner;
    let two: QueryRunner;
    beforeEach(async () => {
      [one, two] = [f.dataSource.createQueryRunner(), f.dataSource.createQueryRunner()];
      await Promise.all([one.connect(), two.connect()]);
      await Promise.all([one.startTransaction(), two.startTransaction()]);
    });
    afterEach(async () => {
      for (const r of [one, two]) {
        if (r.isTransactionActive) await r.rollbackTransaction();
        await r.release();
      }
    });

    const waitUntilBlocked = async (runner: QueryRunner) => {
      const [{ pid }] = await runner.query('SELECT pg_backend_pid() AS pid');
      return async () => {
        for (;;) {
          const [row] = await f.dataSource.query(
            `SELECT 1 AS w FROM pg_locks WHERE pid = $1 AND NOT granted`,
            [pid],
          );
          if (row) return;
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
    };

    it('refuses the second once the first commits', async () => {
      const unit = await aFixtureHamlet(f.dataSource);
      const [first, second] = [randomUUID(), randomUUID()];
      const blocked = await waitUntilBlocked(two);
      await f.reservations.reserveUnits(one.manager, first, [unit]);
      const waiting = f.reservations.reserveUnits(two.manager, second, [unit]);
      waiting.catch(() => undefined);
      await blocked();
      await one.commitTransaction();
      await expect(waiting).rejects.toMatchObject({ conflicts: [{ unitCode: unit, proposalId: first }] });
      expect(await holder(unit)).toBe(first);
    });

    it('grants the second once the first rolls back', async () => {
      const unit = await aFixtureHamlet(f.dataSource);
      const [first, second] = [randomUUID(), randomUUID()];
      const blocked = await waitUntilBlocked(two);
      await f.reservations.reserveUnits(one.manager, first, [unit]);
      const waiting = f.reservations.reserveUnits(two.manager, second, [unit]);
      await blocked();
      await one.rollbackTransaction();
      await waiting;
      await two.commitTransaction();
      expect(await holder(unit)).toBe(second);
    });
  });
});
