import { UnitNotFound } from '../../../src/org-registry';
import { compareVietnamese, foldForSearch } from '../../../src/shared/domain/text';
import { GSO_SOURCE, registryFixture, type RegistryFixture } from './org-registry-fixture';

describe('The org registry seed (migration OrgRegistry1764400001000)', () => {
  let f: RegistryFixture;
  beforeAll(async () => (f = await registryFixture()));
  afterAll(() => f.close());

  const count = async (sql: string, params: unknown[] = []): Promise<Record<string, number>> => {
    const rows: { key: string; n: number }[] = await f.dataSource.query(sql, params);
    return Object.fromEntries(rows.map((r) => [r.key, r.n]));
  };

  it('holds the province, 15 districts and 145 communes (15 phường, 12 thị trấn, 118 xã), no figures', async () => {
    expect(
      await count(
        `SELECT level || '/' || unit_type AS key, count(*)::int AS n FROM administrative_units
          WHERE source = $1 GROUP BY 1`,
        [GSO_SOURCE],
      ),
    ).toEqual({
      'province/Tỉnh': 1,
      'district/Thành phố': 1,
      'district/Thị xã': 1,
      'district/Huyện': 13,
      'commune/Phường': 15,
      'commune/Thị trấn': 12,
      'commune/Xã': 118,
    });
    const [{ n }] = await f.dataSource.query(
      // Other test files set fixture figures through the admin route; those are recorded changes.
      `SELECT count(*)::int AS n FROM administrative_units u
        WHERE source = $1 AND (population IS NOT NULL OR area_km2 IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM registry_changes c WHERE c.entity = 'unit' AND c.code = u.code)`,
      [GSO_SOURCE],
    );
    expect(n).toBe(0);
  });

  it('puts the communes in their districts as the data README counts them', async () => {
    expect(
      await count(
        `SELECT d.name AS key, count(*)::int AS n FROM administrative_units c
           JOIN administrative_units d ON d.code = c.parent_code
          WHERE c.level = 'commune' AND c.source = $1 GROUP BY d.name`,
        [GSO_SOURCE],
      ),
    ).toEqual({
      'Giồng Riềng': 19,
      'Hòn Đất': 14,
      'Rạch Giá': 12,
      'Tân Hiệp': 11,
      'Gò Quao': 11,
      'An Minh': 11,
      'Châu Thành': 10,
      'Phú Quốc': 10,
      'An Biên': 9,
      'Kiên Lương': 8,
      'Vĩnh Thuận': 8,
      'Hà Tiên': 7,
      'U Minh Thượng': 6,
      'Giang Thành': 5,
      'Kiên Hải': 4,
    });
  });

  it('seeds the bodies with the Standing Committee placeholder size, and the agencies', async () => {
    const bodies = await f.queries.listBodies();
    expect(bodies.map((b) => b.code)).toEqual(
      expect.arrayContaining([
        'BTVTU',
        'BTCTU',
        'UBKTTU',
        'VPTU',
        'BTGTU',
        'BDVTU',
        'BCSD-UBND',
        'DD-HDND',
        'SNV',
        'MTTQ',
      ]),
    );
    expect(await f.queries.findBody('BTCTU')).toMatchObject({
      nameVi: 'Ban Tổ chức Tỉnh ủy',
      kind: 'party-board',
    });
    expect(await f.queries.findBody('NOPE')).toBeNull();
    const agencies = await f.queries.listAgencies();
    const codes = agencies.map((a) => a.code);
    expect(codes).toEqual(
      expect.arrayContaining(['SNV', 'STC', 'TINH-DOAN', 'HLHPN', 'HND', 'HCCB', 'LDLD']),
    );
    expect(codes.filter((c) => /^HU-\d{3}$/.test(c))).toHaveLength(15);
    expect(await f.queries.findAgency('HU-906')).toMatchObject({
      nameVi: 'Huyện ủy Giồng Riềng',
      kind: 'district-party-committee',
      districtCode: '906',
      staffingBaseline2015: null,
      staffingCurrent: null,
    });
  });
});

describe('Finding units by name, without diacritics', () => {
  let f: RegistryFixture;
  beforeAll(async () => (f = await registryFixture()));
  afterAll(() => f.close());

  const codesFor = async (q: string) =>
    (await f.queries.listUnits({ q, limit: 200 })).items.map((u) => u.code).sort();

  it("finds 'Vĩnh Hòa' and 'Vĩnh Hoà' spellings alike from 'vinh hoa'", async () => {
    const found = await codesFor('vinh hoa');
    // Vĩnh Hòa (U Minh Thượng), Vĩnh Hòa Hiệp, Vĩnh Hoà Phú, Vĩnh Hòa Hưng Bắc / Nam.
    expect(found).toEqual(expect.arrayContaining(['31054', '30892', '30893', '30955', '30970']));
    const names = (await f.queries.findUnits(found)).map((u) => u.name);
    for (const name of names) expect(foldForSearch(name)).toContain('vinh hoa');
  });

  it('gives the same answer for a query typed in NFD, in NFC, or with the other tone placement', async () => {
    const plain = await codesFor('vinh hoa');
    const nfd = 'Vĩnh Hòa'.normalize('NFD');
    expect(nfd).not.toBe('Vĩnh Hòa');
    expect(await codesFor(nfd)).toEqual(plain);
    expect(await codesFor('Vĩnh Hoà')).toEqual(plain);
    expect(await codesFor('VĨNH HÒA')).toEqual(plain);
  });

  it("finds Đông Yên from 'dong yen', and a unit by code prefix", async () => {
    expect(await codesFor('dong yen')).toEqual(['31009']);
    expect(await codesFor('Đông  Yên')).toEqual(['31009']);
    expect(await codesFor('3105')).toEqual(expect.arrayContaining(['31054', '31057']));
  });

  it('treats LIKE wildcards in the query as text', async () => {
    expect(await codesFor('%')).toEqual([]);
    expect(await codesFor('_')).toEqual([]);
  });

  it('filters by level and parent', async () => {
    const page = await f.queries.listUnits({ level: 'commune', parent: '912', limit: 200 });
    expect(page.items.map((u) => u.name)).toEqual(['An Sơn', 'Hòn Tre', 'Lại Sơn', 'Nam Du']);
    expect(page.nextCursor).toBeNull();
  });
});

describe('Unit order', () => {
  let f: RegistryFixture;
  beforeAll(async () => (f = await registryFixture()));
  afterAll(() => f.close());

  it('follows the Vietnamese collator: D before Đ, tones after the bare letter', async () => {
    const districts = (await f.queries.listUnits({ parent: '91', limit: 200 })).items.map((u) => u.name);
    expect(districts).toEqual([
      'An Biên',
      'An Minh',
      'Châu Thành',
      'Giang Thành',
      'Giồng Riềng',
      'Gò Quao',
      'Hà Tiên',
      'Hòn Đất',
      'Kiên Hải',
      'Kiên Lương',
      'Phú Quốc',
      'Rạch Giá',
      'Tân Hiệp',
      'U Minh Thượng',
      'Vĩnh Thuận',
    ]);
    const phuQuoc = (await f.queries.listUnits({ parent: '911' })).items.map((u) => u.name);
    expect(phuQuoc.indexOf('Dương Tơ')).toBeLessThan(phuQuoc.indexOf('Gành Dầu'));
    expect(phuQuoc.slice(0, 6)).toEqual([
      'An Thới',
      'Bãi Thơm',
      'Cửa Cạn',
      'Cửa Dương',
      'Dương Đông',
      'Dương Tơ',
    ]);
  });

  it('pages through all communes with cursors in the same order as one long page and as compareVietnamese', async () => {
    const all = (await f.queries.listUnits({ level: 'commune', limit: 200 })).items;
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await f.queries.listUnits({ level: 'commune', limit: 17, cursor });
      paged.push(...page.items.map((u) => u.code));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(all.map((u) => u.code));
    const names = all.map((u) => u.name);
    expect(names).toEqual([...names].sort(compareVietnamese));
    const lastD = Math.max(...names.map((n, i) => (n.startsWith('D') ? i : -1)));
    const firstDd = names.findIndex((n) => n.startsWith('Đ'));
    expect(lastD).toBeLessThan(firstDd);
  });

  it('refuses a cursor it did not make', async () => {
    await expect(f.queries.listUnits({ cursor: 'not-a-cursor' })).rejects.toMatchObject({
      code: 'REGISTRY.INVALID_CURSOR',
    });
  });
});

describe('The standard each unit is measured against', () => {
  let f: RegistryFixture;
  beforeAll(async () => (f = await registryFixture()));
  afterAll(() => f.close());

  const standardOf = async (code: string, asOf?: string) =>
    (await f.queries.findUnit(code, { asOf })).standard;

  it.each([
    ['31054', 'xã Vĩnh Hòa', { unitType: 'xã', region: 'other', minPopulation: 8000, minAreaKm2: 30 }],
    [
      '30730',
      'phường Vĩnh Thanh Vân (thành phố Rạch Giá)',
      {
        unitType: 'phường',
        region: 'phường thuộc thành phố thuộc tỉnh',
        minPopulation: 7000,
        minAreaKm2: 5.5,
      },
    ],
    [
      '30766',
      'phường Tô Châu (thị xã Hà Tiên)',
      { unitType: 'phường', region: 'phường thuộc thị xã', minPopulation: 5000, minAreaKm2: 5.5 },
    ],
    [
      '31078',
      'thị trấn Dương Đông',
      { unitType: 'thị trấn', region: 'all', minPopulation: 8000, minAreaKm2: 14 },
    ],
    ['908', 'huyện An Biên', { unitType: 'huyện', region: 'other', minPopulation: 120000, minAreaKm2: 450 }],
    [
      '899',
      'thành phố Rạch Giá',
      { unitType: 'thành phố thuộc tỉnh', region: 'all', minPopulation: 150000, minAreaKm2: 150 },
    ],
    [
      '91',
      'tỉnh Kiên Giang',
      { unitType: 'tỉnh', region: 'other', minPopulation: 1400000, minAreaKm2: 5000 },
    ],
  ])('%s (%s)', async (code, _, expected) => {
    expect(await standardOf(code)).toMatchObject({
      ...expected,
      effectiveFrom: '2016-05-25',
      effectiveTo: null,
    });
  });

  it('has none for thị xã Hà Tiên, whose standard was not retrieved', async () =>
    expect(await standardOf('900')).toBeNull());

  it('keeps the base xã row after 2023 (the Điều 3a rows need facts the registry does not hold)', async () => {
    expect(await standardOf('31054', '2024-06-01')).toMatchObject({ minPopulation: 8000, region: 'other' });
    expect(await standardOf('31054', '2015-12-31')).toBeNull();
  });

  it('returns units in the order asked and names every unknown code', async () => {
    expect((await f.queries.findUnits(['31009', '31054'])).map((u) => u.name)).toEqual([
      'Đông Yên',
      'Vĩnh Hòa',
    ]);
    const missing = f.queries.findUnits(['31054', '00000', 'XYZ']);
    await expect(missing).rejects.toBeInstanceOf(UnitNotFound);
    await expect(missing).rejects.toMatchObject({ code: 'REGISTRY.UNIT_NOT_FOUND', codes: ['00000', 'XYZ'] });
  });
});
