import { decodePageCursor, encodePageCursor } from './page-cursor';
import type { InboxKey } from './proposal-queries';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A day or instant that exists: JavaScript's parser rolls 30 February over, PostgreSQL refuses it. */
const exists = (iso: string, text: string): boolean => {
  const date = new Date(iso);
  return !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1 && date.toISOString().startsWith(text);
};

const isDueOn = (value: unknown): value is string =>
  typeof value === 'string' &&
  (value === 'infinity' || (DATE.test(value) && exists(`${value}T00:00:00.000Z`, value)));

const isInstant = (value: unknown): value is string => {
  const ms = typeof value === 'string' ? INSTANT.exec(value)?.[1] : undefined;
  return ms !== undefined && exists(`${ms}Z`, ms);
};

/** Opaque to callers: the last stage of a page, to start the next one after. */
export const encodeInboxCursor = (key: InboxKey): string =>
  encodePageCursor([key.dueOn, key.submittedAt, key.proposalId]);

/** null for anything this service did not hand out, so a forged one is a 400 and never reaches SQL. */
export const decodeInboxCursor = (text: string): InboxKey | null => {
  const value = decodePageCursor(text);
  if (!Array.isArray(value) || value.length !== 3) return null;
  const [dueOn, submittedAt, proposalId] = value as unknown[];
  if (!isDueOn(dueOn) || !isInstant(submittedAt)) return null;
  if (typeof proposalId !== 'string' || !UUID.test(proposalId)) return null;
  return { dueOn, submittedAt, proposalId };
};
