import { ChangeAgencyDetailsHandler } from '../../../src/org-registry/application/change-agency-details.handler';
import { ChangeUnitFiguresHandler } from '../../../src/org-registry/application/change-unit-figures.handler';
import {
  ChangeAgencyDetailsCommand,
  ChangeUnitFiguresCommand,
  RegistryChangeInvalid,
  UnitNotFound,
} from '../../../src/org-registry';
import type { Actor } from '../../../src/shared/domain/actor';
import {
  FIXED_NOW,
  aFixtureAgency,
  aFixtureHamlet,
  anActor,
  registryFixture,
  type RegistryFixture,
} from './org-registry-fixture';

describe('An admin changing registry figures', () => {
  let f: RegistryFixture;
  let units: ChangeUnitFiguresHandler;
  let agencies: ChangeAgencyDetailsHandler;
  const admin = anActor(['admin'], 'admin-hoa');
  beforeAll(async () => {
    f = await registryFixture();
    units = new ChangeUnitFiguresHandler(f.dataSource, f.clock, f.queries);
    agencies = new ChangeAgencyDetailsHandler(f.dataSource, f.clock, f.queries);
  });
  afterAll(() => f.close());

  const changesOf = (code: string) => f.queries.listUnitChanges(code);
  const change = (code: string, figures: object, actor: Actor = admin, reason = 'Số liệu thử nghiệm') =>
    units.execute(new ChangeUnitFiguresCommand(code, figures, reason, actor));

  it('writes the row and one change record per changed field, with who, when and why', async () => {
    const code = await aFixtureHamlet(f.dataSource);
    // Fixture figures, invented for the test.
    const unit = await change(code, { population: 1234, areaKm2: 5.25 }, admin, 'Fixture: số liệu giả');
    expect(unit).toMatchObject({ code, population: 1234, areaKm2: 5.25 });
    expect(await changesOf(code)).toEqual([
      expect.objectContaining({ field: 'population', oldValue: null, newValue: 1234 }),
      expect.objectContaining({ field: 'areaKm2', oldValue: null, newValue: 5.25 }),
    ]);
    for (const c of await changesOf(code)) {
      expect(c).toMatchObject({
        entity: 'unit',
        code,
        changedBy: 'admin-hoa',
        changedByName: admin.name,
        changedAt: FIXED_NOW.toISOString(),
        reason: 'Fixture: số liệu giả',
      });
    }
  });

  it('records only what differs, and null clears a figure back to unknown', async () => {
    const code = await aFixtureHamlet(f.dataSource);
    await change(code, { population: 900, areaKm2: 3 });
    await change(code, { population: 900, areaKm2: 3.0 });
    expect(await changesOf(code)).toHaveLength(2);
    const cleared = await change(code, { population: null });
    expect(cleared).toMatchObject({ population: null, areaKm2: 3 });
    expect((await changesOf(code)).at(-1)).toMatchObject({
      field: 'population',
      oldValue: 900,
      newValue: null,
    });
  });

  it('normalises the reason to NFC and refuses hidden control characters', async () => {
    const code = await aFixtureHamlet(f.dataSource);
    await change(code, { population: 10 }, admin, '  Theo niên giám  '.normalize('NFD'));
    expect((await changesOf(code))[0].reason).toBe('Theo niên giám');
    await expect(change(code, { population: 11 }, admin, 'Theo\u202E niên giám')).rejects.toBeInstanceOf(
      RegistryChangeInvalid,
    );
    await expect(change(code, {}, admin)).rejects.toMatchObject({ code: 'REGISTRY.CHANGE_INVALID' });
    await expect(change(code, { population: -1 }, admin)).rejects.toBeInstanceOf(RegistryChangeInvalid);
    await expect(change(code, { areaKm2: 1.23456 }, admin)).rejects.toBeInstanceOf(RegistryChangeInvalid);
  });

  it('changes nothing when the change record cannot be written (one transaction)', async () => {
    const code = await aFixtureHamlet(f.dataSource);
    await change(code, { population: 500 });
    const nameless = { ...admin, name: undefined } as unknown as Actor; // changed_by_name is NOT NULL
    await expect(change(code, { population: 600, areaKm2: 9 }, nameless)).rejects.toThrow(/changed_by_name/);
    expect(await f.queries.findUnit(code)).toMatchObject({ population: 500, areaKm2: null });
    expect(await changesOf(code)).toHaveLength(1);
  });

  it('answers UnitNotFound for an unknown code', async () =>
    expect(change('NO-SUCH-UNIT', { population: 1 })).rejects.toBeInstanceOf(UnitNotFound));

  it("records an agency's figures and contacts the same way", async () => {
    const code = await aFixtureAgency(f.dataSource);
    const agency = await agencies.execute(
      new ChangeAgencyDetailsCommand(
        code,
        { staffingBaseline2015: 120, staffingCurrent: 104, focalPoints: 6, email: 'so.thu@example.vn' },
        'Fixture figures',
        admin,
      ),
    );
    expect(agency).toMatchObject({
      staffingBaseline2015: 120,
      staffingCurrent: 104,
      focalPoints: 6,
      deputies: null,
    });
    const rows: { field: string }[] = await f.dataSource.query(
      `SELECT field FROM registry_changes WHERE entity = 'agency' AND code = $1 ORDER BY id`,
      [code],
    );
    expect(rows.map((r) => r.field)).toEqual([
      'staffingBaseline2015',
      'staffingCurrent',
      'focalPoints',
      'email',
    ]);
  });
});

describe('The registry change log is append-only', () => {
  let f: RegistryFixture;
  let code: string;
  beforeAll(async () => {
    f = await registryFixture();
    code = await aFixtureHamlet(f.dataSource);
    await new ChangeUnitFiguresHandler(f.dataSource, f.clock, f.queries).execute(
      new ChangeUnitFiguresCommand(code, { population: 42 }, 'Fixture', anActor(['admin'])),
    );
  });
  afterAll(() => f.close());

  it.each([
    ['UPDATE', `UPDATE registry_changes SET new_value = '1' WHERE code = $1`],
    ['DELETE', `DELETE FROM registry_changes WHERE code = $1`],
    ['UPDATE of no row', `UPDATE registry_changes SET reason = 'x' WHERE code = $1 AND false`],
  ])('refuses %s', async (_, sql) => {
    await expect(f.dataSource.query(sql, [code])).rejects.toThrow(/append-only/);
    expect(await f.queries.listUnitChanges(code)).toEqual([expect.objectContaining({ newValue: 42 })]);
  });

  it('refuses TRUNCATE', async () => {
    await expect(f.dataSource.query('TRUNCATE registry_changes')).rejects.toThrow(/append-only/);
    expect(await f.queries.listUnitChanges(code)).toHaveLength(1);
  });
});
