import { startTestApp, type TestApp } from '../../support/test-app';
import { FIXTURE_REASON, programJourneys } from './program-journeys';

// Kiên Lương (902): no other test file touches its communes. Population and area are NOT in the seed:
// every figure here is a made-up fixture. Hand computation against the xã standard (8,000 people, 30 km²):
// 49.9% is 3,992 people / 14.97 km², 50.0% is 4,000 people / 15 km².
const FIXTURES: Record<string, { population: number | null; areaKm2: number | null }> = {
  '30790': { population: 3992, areaKm2: 14.97 }, // 49.9% and 49.9%: required
  '30802': { population: 4000, areaKm2: 14.97 }, // 50.0% of the population: not required
  '30805': { population: 3992, areaKm2: 15 }, // 50.0% of the area: not required
  '30808': { population: 1000, areaKm2: 3 }, // 12.5% and 10%: required
  '30809': { population: 6000, areaKm2: 40 }, // 75%, 133.33%: not required
  '30811': { population: 3000, areaKm2: null }, // no area yet
};

interface UnitRow {
  code: string;
  population: number | null;
  areaKm2: number | null;
  standard: { minPopulation: number; minAreaKm2: number } | null;
  populationPercent: number | null;
  areaPercent: number | null;
  finding: string;
  missing: string[];
  merger: { proposalId: string; status: string } | null;
}

describe('Merger eligibility of commune-level units (GET /api/org-units/eligibility)', () => {
  let t: TestApp;
  let j: ReturnType<typeof programJourneys>;
  const eligibility = async (query = '?district=902') =>
    (await t.http().get(`/api/org-units/eligibility${query}`).set(j.as('auditor')).expect(200)).body as {
      units: UnitRow[];
      requiredToMerge: string[];
      inMerger: string[];
      requiredNotInMerger: string[];
      missingFigures: string[];
      belowShare: number;
    };
  const unit = (units: UnitRow[], code: string) => units.find((u) => u.code === code)!;

  beforeAll(async () => {
    t = await startTestApp();
    j = programJourneys(t);
    await j.setup();
    for (const [code, figures] of Object.entries(FIXTURES))
      await t
        .http()
        .patch(`/api/org-units/${code}`)
        .set(j.as('admin'))
        .send({ ...figures, reason: FIXTURE_REASON })
        .expect(200);
  });
  afterAll(() => t.close());

  it('lists every commune of the district with its shares of the xã standard, 49.9% counting and 50.0% not', async () => {
    const { units, belowShare } = await eligibility();
    expect(belowShare).toBe(0.5);
    expect(units.map((u) => u.code).sort()).toEqual([
      '30787',
      '30790',
      '30802',
      '30805',
      '30808',
      '30809',
      '30811',
      '30814',
    ]);
    const shown = (code: string) => {
      const u = unit(units, code);
      return [u.standard, u.populationPercent, u.areaPercent, u.finding];
    };
    const xa = { minPopulation: 8000, minAreaKm2: 30 };
    expect(shown('30790')).toEqual([xa, 49.9, 49.9, 'required']);
    expect(shown('30802')).toEqual([xa, 50, 49.9, 'not-required']);
    expect(shown('30805')).toEqual([xa, 49.9, 50, 'not-required']);
    expect(shown('30808')).toEqual([xa, 12.5, 10, 'required']);
    expect(shown('30809')).toEqual([xa, 75, 133.33, 'not-required']);
    expect(unit(units, '30811')).toMatchObject({
      finding: 'missing-figures',
      missing: ['area'],
      populationPercent: 37.5,
    });
    expect(unit(units, '30814')).toMatchObject({
      finding: 'missing-figures',
      missing: ['population', 'area'],
    });
  });

  it('shows which required units a merger proposal already holds, and frees them when it is withdrawn', async () => {
    const lead = await j.fixtureAgency('ELIG', '902', null);
    const id = await j.draft({
      type: 'commune-merger',
      lead,
      title: 'Sáp nhập xã Bình An và xã Bình Trị (kiểm thử)',
      unitCodes: ['30808', '30809'],
    });

    const held = await eligibility();
    expect(unit(held.units, '30808').merger).toEqual({ proposalId: id, status: 'Draft' });
    expect(held.requiredToMerge.sort()).toEqual(['30790', '30808']);
    expect(held.inMerger.sort()).toEqual(['30808', '30809']);
    expect(held.requiredNotInMerger).toEqual(['30790']);
    expect(held.missingFigures.sort()).toEqual(['30787', '30811', '30814']);

    await j.post(id, 'withdraw', `lead:${lead}`, { reason: 'Rút để kiểm thử' });
    const freed = await eligibility();
    expect(freed.inMerger).toEqual([]);
    expect(freed.requiredNotInMerger.sort()).toEqual(['30790', '30808']);
  });

  it('covers all 145 communes without a district filter, and refuses a malformed date', async () => {
    expect((await eligibility('')).units).toHaveLength(145);
    const bad = await t
      .http()
      .get('/api/org-units/eligibility?asOf=2019-02-30')
      .set(j.as('auditor'))
      .expect(400);
    expect(bad.body.code).toBe('REQUEST.INVALID');
  });

  it('needs a token, like every registry route, and leaves GET /api/org-units/:code to the registry', async () => {
    await t.http().get('/api/org-units/eligibility').expect(401);
    expect((await t.http().get('/api/org-units/30790').set(j.as('auditor')).expect(200)).body).toMatchObject({
      code: '30790',
      population: 3992,
    });
  });
});
