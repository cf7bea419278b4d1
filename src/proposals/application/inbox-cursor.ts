import type { InboxKey } from './proposal-queries';

const DATE = /^(\d{4}-\d{2}-\d{2}|infinity)$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque to callers: the last stage of a page, to start the next one after. */
export const encodeInboxCursor = (key: InboxKey): string =>
  Buffer.from(JSON.stringify([key.dueOn, key.submittedAt, key.proposalId])).toString('base64url');

/** null for anything this service did not hand out. */
export const decodeInboxCursor = (text: string): InboxKey | null => {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString());
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [dueOn, submittedAt, proposalId] = value as unknown[];
    if (typeof dueOn !== 'string' || !DATE.test(dueOn)) return null;
    if (dueOn !== 'infinity' && Number.isNaN(Date.parse(dueOn))) return null;
    if (
      typeof submittedAt !== 'string' ||
      !INSTANT.test(submittedAt) ||
      Number.isNaN(Date.parse(submittedAt))
    )
      return null;
    if (typeof proposalId !== 'string' || !UUID.test(proposalId)) return null;
    return { dueOn, submittedAt, proposalId };
  } catch {
    return null;
  }
};
