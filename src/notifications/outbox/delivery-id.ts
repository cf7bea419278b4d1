import { createHash } from 'node:crypto';

/**
 * The same (event, recipient, channel, template) always gives the same id, so a replayed routing or a
 * second relay cannot mint a second delivery. Shaped as a UUID (version nibble 5, RFC 4122 variant).
 * The outbox statement makes the same ids in SQL with delivery_id_of (migration 1764400008000); a test
 * holds the two equal.
 */
export const deliveryIdOf = (
  eventId: string,
  recipient: string,
  channel: string,
  template: string,
): string => {
  const hex = createHash('sha256').update(`${eventId}|${recipient}|${channel}|${template}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
