import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../shared/domain/actor';
import { hasForbiddenCharacters, toNfc } from '../../shared/domain/text';
import { RegistryChangeInvalid } from '../org-registry.errors';
import type { RegistryEntity } from '../org-registry.types';

type FieldKind = 'count' | 'positive-count' | 'area' | 'url' | 'email';

/** What an admin may change on one registry table: API field → column and kind. Never from input. */
export interface ChangeTarget {
  entity: RegistryEntity;
  table: 'administrative_units' | 'agencies' | 'bodies';
  fields: Record<string, { column: string; kind: FieldKind }>;
}

export interface ChangeRequest {
  code: string;
  /** undefined: leave as is; null: clear (unknown). */
  patch: Record<string, unknown>;
  reason: string;
  actor: Pick<Actor, 'id' | 'name'>;
  at: Date;
}

export interface RecordedChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

const VALID: Record<FieldKind, (value: unknown) => boolean> = {
  count: (v) => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 2_147_483_647,
  'positive-count': (v) => Number.isSafeInteger(v) && (v as number) > 0 && (v as number) <= 2_147_483_647,
  // numeric(12, 4): more decimals would be rounded silently and never compare equal again.
  area: (v) => typeof v === 'number' && v >= 0 && v < 1e8 && Math.round(v * 1e4) / 1e4 === v,
  // The same shapes the table's CHECK constraints hold; the DTOs check them more strictly first.
  url: (v) => typeof v === 'string' && /^https?:\/\/\S+$/u.test(v) && !hasForbiddenCharacters(v),
  email: (v) => typeof v === 'string' && /^[^@\s]+@[^@\s]+$/u.test(v) && !hasForbiddenCharacters(v),
};

const cleanText = (field: string, value: string): string => {
  const text = toNfc(value).trim();
  if (text === '' || hasForbiddenCharacters(text))
    throw new RegistryChangeInvalid(field, 'must be non-empty text without control characters');
  return text;
};

/** NFC, trims and checks the request the same way whether it came over HTTP or from another module. */
export const normaliseChange = (target: ChangeTarget, request: ChangeRequest): ChangeRequest => {
  const patch: Record<string, unknown> = {};
  for (const [field, { kind }] of Object.entries(target.fields)) {
    let value = request.patch[field];
    if (value === undefined) continue;
    if (typeof value === 'string') value = toNfc(value).trim();
    if (value !== null && !VALID[kind](value)) throw new RegistryChangeInvalid(field, `not a valid ${kind}`);
    patch[field] = value;
  }
  if (Object.keys(patch).length === 0)
    throw new RegistryChangeInvalid('body', `names none of ${Object.keys(target.fields).join(', ')}`);
  return { ...request, patch, reason: cleanText('reason', request.reason) };
};

const asStored = (value: unknown, kind: FieldKind): unknown =>
  value === null || kind !== 'area' ? value : Number(value);

/**
 * Locks the row, writes the fields whose value differs and one registry_changes row per such field,
 * all in `tx`. Returns null when no row has the code, [] when nothing differed.
 */
export const writeRegistryChange = async (
  tx: EntityManager,
  target: ChangeTarget,
  request: ChangeRequest,
): Promise<RecordedChange[] | null> => {
  const fields = Object.keys(request.patch).filter((field) => target.fields[field]);
  const columns = fields.map((field) => `, ${target.fields[field].column} AS "${field}"`).join('');
  const [row]: Record<string, unknown>[] = await tx.query(
    `SELECT code${columns} FROM ${target.table} WHERE code = $1 FOR UPDATE`,
    [request.code],
  );
  if (!row) return null;
  const changes = fields
    .map((field) => ({
      field,
      oldValue: asStored(row[field], target.fields[field].kind),
      newValue: request.patch[field],
    }))
    .filter((change) => change.oldValue !== change.newValue);
  if (changes.length === 0) return [];
  const assignments = changes.map((c, i) => `${target.fields[c.field].column} = $${i + 2}`).join(', ');
  await tx.query(`UPDATE ${target.table} SET ${assignments} WHERE code = $1`, [
    request.code,
    ...changes.map((change) => change.newValue),
  ]);
  await tx.query(
    `INSERT INTO registry_changes
       (entity, code, field, old_value, new_value, changed_by, changed_by_name, changed_at, reason)
     SELECT $1, $2, c.field, coalesce(c.old_value, 'null'), coalesce(c.new_value, 'null'), $4, $5, $6, $7
       FROM jsonb_to_recordset($3::jsonb) AS c(field text, old_value jsonb, new_value jsonb)`,
    [
      target.entity,
      request.code,
      JSON.stringify(changes.map((c) => ({ field: c.field, old_value: c.oldValue, new_value: c.newValue }))),
      request.actor.id,
      request.actor.name,
      request.at,
      request.reason,
    ],
  );
  return changes;
};

/** One transaction: normalise, write the row and its change records, then read the result back. */
export const changeRegistry = async <View>(
  dataSource: DataSource,
  target: ChangeTarget,
  request: ChangeRequest,
  notFound: () => Error,
  readBack: (tx: EntityManager) => Promise<View>,
): Promise<View> => {
  const normalised = normaliseChange(target, request);
  return dataSource.transaction(async (tx) => {
    if ((await writeRegistryChange(tx, target, normalised)) === null) throw notFound();
    return readBack(tx);
  });
};
