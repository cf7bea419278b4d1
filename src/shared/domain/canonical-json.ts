import { configure } from 'safe-stable-stringify';

/**
 * Sorted keys (by UTF-16 code units, as RFC 8785 sorts), numbers and strings as JSON.stringify writes
 * them; strict: NaN, Infinity, functions, cycles and BigInt throw instead of being written somehow.
 */
const stringify = configure({ deterministic: true, strict: true, bigint: false, circularValue: Error });

/**
 * RFC 8785 (JCS) canonical JSON: sorted keys, no insignificant whitespace, ECMAScript number form.
 * Hashes are taken over this text so key order and a jsonb round trip never change them. Byte for
 * byte what npm `canonicalize` writes for any JSON value (a test holds them together), in about half
 * its time: every append and every audit hashes each event through here.
 */
export const canonicalJson = (value: unknown): string => {
  const text = stringify(value);
  if (text === undefined) throw new TypeError('value has no JSON representation');
  return text;
};
