import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../shared/clock';
import { foldForSearch } from '../shared/domain/text';
import { localDate } from '../shared/domain/working-calendar';
import type { AgencyEntity } from './entities/agency.entity';
import type { BodyEntity } from './entities/body.entity';
import type { RegistryChangeEntity } from './entities/registry-change.entity';
import type { UnitStandardEntity } from './entities/unit-standard.entity';
import { AgencyNotFound, BodyNotFound, UnitNotFound } from './org-registry.errors';
import type {
  AdministrativeUnitView,
  AgencyView,
  BodyView,
  ListUnitsFilter,
  RegistryChangeView,
  UnitPage,
  UnitStandardView,
} from './org-registry.types';
import * as rows from './registry-rows';
import { decodeUnitCursor, encodeUnitCursor } from './unit-cursor';

export interface UnitQueryOptions {
  /** Calendar date ('YYYY-MM-DD') whose standards apply; default today in Vietnam. */
  asOf?: string;
  /** Read inside the caller's transaction (e.g. a proposal command's). */
  manager?: EntityManager;
}

export const DEFAULT_UNIT_PAGE = 50;
export const MAX_UNIT_PAGE = 200;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Read side of the org registry, for other modules and for HTTP.
 * @publicApi
 */
@Injectable()
export class OrgRegistryQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The units in the order asked, each with the standard in force; throws UnitNotFound naming any missing code. */
  async findUnits(
    codes: readonly string[],
    options: UnitQueryOptions = {},
  ): Promise<AdministrativeUnitView[]> {
    const sql = options.manager ?? this.dataSource.manager;
    const unique = [...new Set(codes)];
    const found: rows.UnitRow[] = await sql.query(`${rows.UNIT_SELECT} WHERE u.code = ANY($1::text[])`, [
      unique,
    ]);
    const byCode = new Map(found.map((row) => [row.code, row]));
    const missing = unique.filter((code) => !byCode.has(code));
    if (missing.length > 0) throw new UnitNotFound(missing);
    const standardOf = rows.standardResolver(await this.standards(options, sql));
    return codes.map((code) => rows.toUnitView(byCode.get(code)!, standardOf));
  }

  async findUnit(code: string, options: UnitQueryOptions = {}): Promise<AdministrativeUnitView> {
    const [unit] = await this.findUnits([code], options);
    return unit;
  }

  /** One page in Vietnamese order (ICU collation `vi_icu`), filtered by level, parent and a folded search. */
  async listUnits(filter: ListUnitsFilter = {}, options: UnitQueryOptions = {}): Promise<UnitPage> {
    const limit = Math.min(Math.max(Math.trunc(Number(filter.limit ?? DEFAULT_UNIT_PAGE)), 1), MAX_UNIT_PAGE);
    const folded = filter.q ? foldForSearch(filter.q) : '';
    const after = filter.cursor ? decodeUnitCursor(filter.cursor) : null;
    const found: rows.UnitRow[] = await this.dataSource.query(
      `${rows.UNIT_SELECT}
        WHERE ($1::text IS NULL OR u.level = $1)
          AND ($2::text IS NULL OR u.parent_code = $2)
          AND ($3::text IS NULL OR u.name_folded LIKE '%' || $3 || '%' OR u.code LIKE $3 || '%')
          AND ($4::text IS NULL OR u.name COLLATE vi_icu > $4 OR (u.name = $4 AND u.code > $5))
        ORDER BY u.name COLLATE vi_icu, u.code
        LIMIT $6`,
      [
        filter.level ?? null,
        filter.parent ?? null,
        folded ? escapeLike(folded) : null,
        after?.name ?? null,
        after?.code ?? null,
        limit + 1,
      ],
    );
    const page = found.slice(0, limit);
    const standardOf = rows.standardResolver(await this.standards(options, this.dataSource.manager));
    const last = page.at(-1);
    return {
      items: page.map((row) => rows.toUnitView(row, standardOf)),
      nextCursor: found.length > limit && last ? encodeUnitCursor(last) : null,
    };
  }

  /** Every change of one unit's figures, oldest first; throws UnitNotFound for an unknown code. */
  async listUnitChanges(code: string): Promise<RegistryChangeView[]> {
    await this.findUnit(code);
    const found: RegistryChangeEntity[] = await this.dataSource.query(
      `${rows.CHANGE_SELECT} WHERE entity = 'unit' AND code = $1 ORDER BY id`,
      [code],
    );
    return found.map(rows.toChangeView);
  }

  async findAgency(code: string, manager?: EntityManager): Promise<AgencyView | null> {
    const [row]: AgencyEntity[] = await (manager ?? this.dataSource.manager).query(
      `${rows.AGENCY_SELECT} WHERE code = $1`,
      [code],
    );
    return row ? rows.toAgencyView(row) : null;
  }

  /** Of `codes`, those the registry knows as an agency or a body: one statement however many. */
  async knownOrgCodes(codes: string[], manager?: EntityManager): Promise<Set<string>> {
    const found: { code: string }[] = await (manager ?? this.dataSource.manager).query(
      `SELECT code FROM agencies WHERE code = ANY($1::text[])
       UNION SELECT code FROM bodies WHERE code = ANY($1::text[])`,
      [codes],
    );
    return new Set(found.map((row) => row.code));
  }

  async getAgency(code: string, manager?: EntityManager): Promise<AgencyView> {
    const agency = await this.findAgency(code, manager);
    if (!agency) throw new AgencyNotFound(code);
    return agency;
  }

  async listAgencies(): Promise<AgencyView[]> {
    const found: AgencyEntity[] = await this.dataSource.query(
      `${rows.AGENCY_SELECT} ORDER BY name_vi COLLATE vi_icu, code`,
    );
    return found.map(rows.toAgencyView);
  }

  async findBody(code: string, manager?: EntityManager): Promise<BodyView | null> {
    const [row]: BodyEntity[] = await (manager ?? this.dataSource.manager).query(
      `${rows.BODY_SELECT} WHERE code = $1`,
      [code],
    );
    return row ? rows.toBodyView(row) : null;
  }

  async getBody(code: string, manager?: EntityManager): Promise<BodyView> {
    const body = await this.findBody(code, manager);
    if (!body) throw new BodyNotFound(code);
    return body;
  }

  async listBodies(): Promise<BodyView[]> {
    const found: BodyEntity[] = await this.dataSource.query(
      `${rows.BODY_SELECT} ORDER BY name_vi COLLATE vi_icu, code`,
    );
    return found.map(rows.toBodyView);
  }

  private async standards(options: UnitQueryOptions, sql: EntityManager): Promise<UnitStandardView[]> {
    const asOf = options.asOf ?? localDate(this.clock.now().toISOString());
    const found: UnitStandardEntity[] = await sql.query(rows.STANDARDS_IN_FORCE, [asOf]);
    return found.map(rows.toStandardView);
  }
}
