import { InvalidCursor } from './org-registry.errors';

/** Keyset position in the (name in Vietnamese order, code) listing; opaque to clients. */
export interface UnitCursor {
  name: string;
  code: string;
}

export const encodeUnitCursor = ({ name, code }: UnitCursor): string =>
  Buffer.from(JSON.stringify([name, code]), 'utf8').toString('base64url');

export const decodeUnitCursor = (cursor: string): UnitCursor => {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursor();
  }
  if (!Array.isArray(value) || value.length !== 2 || !value.every((v) => typeof v === 'string')) {
    throw new InvalidCursor();
  }
  return { name: value[0], code: value[1] };
};
