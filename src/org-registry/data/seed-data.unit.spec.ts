import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_AGENCIES } from './agencies';
import { SEED_BODIES } from './bodies';
import { KIEN_GIANG_UNITS, KIEN_GIANG_UNITS_SOURCE } from './kien-giang-units';
import { UNIT_STANDARDS } from './unit-standards';

/** RFC 4180 enough for these files: quoted fields may hold commas and doubled quotes. */
const parseCsv = (text: string): Record<string, string>[] => {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) {
      field += c;
    } else if (c === ',') {
      endField();
    } else if (c === '\n') {
      endField();
      records.push(record);
      record = [];
    }
  }
  if (field !== '' || record.length > 0) {
    endField();
    records.push(record);
  }
  const [header, ...rows] = records;
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
};

const csv = (name: string) => parseCsv(readFileSync(join(__dirname, name), 'utf8'));

describe('Org registry seed data', () => {
  it('holds exactly the units of kien-giang-units.csv, with no population or area', () => {
    const rows = csv('kien-giang-units.csv');
    expect(rows).toHaveLength(161);
    expect(KIEN_GIANG_UNITS).toEqual(
      rows.map((r) => [r.code, r.name, r.type, r.level, r.parent_code === '' ? null : r.parent_code]),
    );
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set([KIEN_GIANG_UNITS_SOURCE]));
    expect(rows.every((r) => r.population === '' && r.area_km2 === '')).toBe(true);
  });

  it('holds exactly the rows of unit-standards.csv, the Điều 3a rows starting in 2023', () => {
    const rows = csv('unit-standards.csv');
    expect(UNIT_STANDARDS.map(({ effectiveFrom: _f, effectiveTo: _t, ...s }) => s)).toEqual(
      rows.map((r) => ({
        unitType: r.unit_type,
        region: r.region,
        minPopulation: Number(r.min_population),
        minAreaKm2: Number(r.min_area_km2),
        legalBasis: r.legal_basis,
        source: r.source,
      })),
    );
    for (const s of UNIT_STANDARDS)
      expect(s.effectiveFrom).toBe(s.legalBasis.startsWith('NQ 27/2022') ? '2023-01-01' : '2016-05-25');
  });

  it('names every body and agency once, with ASCII codes and a district Party committee per district', () => {
    for (const list of [SEED_BODIES, SEED_AGENCIES]) {
      const codes = list.map((x) => x.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(/^[A-Z0-9-]+$/);
    }
    expect(SEED_AGENCIES.filter((a) => a.kind === 'district-party-committee')).toHaveLength(15);
    expect(SEED_AGENCIES.find((a) => a.code === 'HU-899')?.nameVi).toBe('Thành ủy Rạch Giá');
    expect(SEED_AGENCIES.find((a) => a.code === 'HU-900')?.nameVi).toBe('Thị ủy Hà Tiên');
  });
});
