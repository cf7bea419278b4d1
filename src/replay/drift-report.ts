import type { Tx } from '../event-store/event-store.types';
import { ident, liveName, shadowName, type ResolvedTable } from './shadow-tables';

/** One difference between a live row and the row replay rebuilt from the events. */
export interface Drift {
  table: string;
  /** The row's primary key as JSON, e.g. {"proposal_id": "…"}. */
  key: string;
  kind: 'differs' | 'missing-in-live' | 'missing-in-shadow';
  /** The column, and for a JSON column the top-level field inside it (`state.title`); null for a missing row. */
  field: string | null;
  live: unknown;
  shadow: unknown;
}

export interface TableDrift {
  drift: Drift[];
  /** Every difference, beyond the `limit` listed. */
  total: number;
}

type Queryable = Pick<Tx, 'query'>;

const primaryKeyOf = async (q: Queryable, t: ResolvedTable): Promise<string[]> => {
  const rows: { column: string }[] = await q.query(
    `SELECT a.attname AS column FROM pg_index i
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])
      WHERE i.indrelid = $1::regclass AND i.indisprimary
      ORDER BY array_position(i.indkey::int2[], a.attnum)`,
    [liveName(t)],
  );
  if (!rows.length) throw new Error(`replay compares rows by primary key, and ${t.name} has none`);
  return rows.map((r) => r.column);
};

const derivedColumnsOf = async (q: Queryable, t: ResolvedTable): Promise<string[]> => {
  const rows: { column: string }[] = await q.query(
    `SELECT attname AS column FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND NOT attname = ANY($2::text[])
      ORDER BY attnum`,
    [liveName(t), t.notDerived],
  );
  return rows.map((r) => r.column);
};

const keyObject = (keyColumns: string[]) =>
  `jsonb_build_object(${keyColumns.map((c) => `'${c.replace(/'/g, "''")}', r.${ident(c)}`).join(', ')})`;

interface DifferingKey {
  key: unknown;
  /** The key as PostgreSQL prints it, as the report shows it. */
  text: string;
  kind: Drift['kind'];
}

/**
 * The keys of rows that differ, found by comparing the columns as they are: cheap enough to run on
 * every row of a large table, where turning every row into JSON is not.
 */
const differingKeys = async (
  q: Queryable,
  t: ResolvedTable,
  keyColumns: string[],
): Promise<DifferingKey[]> => {
  const columns = await derivedColumnsOf(q, t);
  const row = (alias: string) => `(${columns.map((c) => `${alias}.${ident(c)}`).join(', ')})`;
  const joined = keyColumns.map((c) => ident(c)).join(', ');
  const first = ident(keyColumns[0]);
  return q.query(
    `SELECT k.key, k.key::text AS text,
            CASE WHEN l.${first} IS NULL THEN 'missing-in-live'
                 WHEN s.${first} IS NULL THEN 'missing-in-shadow' ELSE 'differs' END AS kind
       FROM ${liveName(t)} l FULL JOIN ${shadowName(t)} s USING (${joined})
       CROSS JOIN LATERAL (SELECT ${joined}) r
       CROSS JOIN LATERAL (SELECT ${keyObject(keyColumns)} AS key) k
      WHERE l.${first} IS NULL OR s.${first} IS NULL OR ${row('l')} IS DISTINCT FROM ${row('s')}`,
  );
};

/** By key; a key's fields keep the order the database gave them (the sort is stable). */
const byKey = (a: Drift, b: Drift): number => (a.key === b.key ? 0 : a.key < b.key ? -1 : 1);

/**
 * Compares the live and shadow copies row by row on their derived columns, in SQL so only differences
 * travel. A JSON column that differs is opened one level, to name the field (`state.status`); only the
 * rows that differ are turned into JSON for that.
 */
export const findDrift = async (q: Queryable, t: ResolvedTable, limit: number): Promise<TableDrift> => {
  const keyColumns = await primaryKeyOf(q, t);
  const found = await differingKeys(q, t, keyColumns);
  // A row missing on one side is reported whole: only rows on both sides are opened field by field.
  const missing: Drift[] = found
    .filter((k) => k.kind !== 'differs')
    .map((k) => ({ table: t.name, key: k.text, kind: k.kind, field: null, live: null, shadow: null }));
  const changed = found.filter((k) => k.kind === 'differs').map((k) => k.key);
  const fields = changed.length ? await fieldDrift(q, t, keyColumns, changed) : [];
  const all = [...missing, ...fields].sort(byKey);
  return { drift: all.slice(0, limit), total: all.length };
};

/** Each differing field of rows present on both sides, a JSON column opened one level. */
const fieldDrift = async (q: Queryable, t: ResolvedTable, keyColumns: string[], keys: unknown[]) => {
  const key = keyObject(keyColumns);
  const pick = (table: string) =>
    `SELECT ${key} AS key, to_jsonb(r) - $1::text[] AS doc FROM ${table} r
      WHERE ${key} = ANY(SELECT jsonb_array_elements($2::jsonb))`;
  const differing = (left: string, right: string) =>
    `SELECT key, a.value AS lv, b.value AS sv FROM jsonb_each(${left}) a FULL JOIN jsonb_each(${right}) b
      USING (key) WHERE a.value IS DISTINCT FROM b.value`;
  const bothObjects = `jsonb_typeof(c.lv) = 'object' AND jsonb_typeof(c.sv) = 'object'`;
  const rows: Omit<Drift, 'table'>[] = await q.query(
    `WITH l AS (${pick(liveName(t))}), s AS (${pick(shadowName(t))})
     SELECT l.key::text AS key, 'differs' AS kind, d.field, d.live, d.shadow
       FROM l JOIN s ON l.key = s.key
       CROSS JOIN LATERAL (
         SELECT c.key || coalesce('.' || n.key, '') AS field,
                CASE WHEN n.key IS NULL THEN c.lv ELSE n.lv END AS live,
                CASE WHEN n.key IS NULL THEN c.sv ELSE n.sv END AS shadow
           FROM (${differing('l.doc', 's.doc')}) c
           LEFT JOIN LATERAL (${differing(
             `CASE WHEN ${bothObjects} THEN c.lv END`,
             `CASE WHEN ${bothObjects} THEN c.sv END`,
           )}) n ON true
       ) d
      ORDER BY 1, 3`,
    [t.notDerived, JSON.stringify(keys)],
  );
  return rows.map((drift) => ({ ...drift, table: t.name }));
};
