import { createHash } from 'node:crypto';
import type { Client } from 'pg';

export const STREAMS = 500;
export const EVENTS_PER_STREAM = 20;
export const streamName = (s: number) => `proposal-${String(s).padStart(4, '0')}`;

/** mulberry32: a tiny seeded PRNG, so a failing trial can be replayed from its seed. */
export const seededRandom = (seed: number) => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
};
export type Random = ReturnType<typeof seededRandom>;

/** Where the verifier must point, and what the checkpoint adds. */
export interface Expected {
  streamId: string;
  version: number;
  reasons: string[];
  /** The keyed chain alone finds nothing: only the checkpoint reveals it. */
  chainMisses: boolean;
  /** The covered events' running digest differs from the signed one. */
  digestDiffers: boolean;
}

/** One rogue administrator's edit, run with triggers off; says where it must be found. */
export interface Tampering {
  label: string;
  apply(rogue: Client): Promise<Expected>;
}

export const expectAt = (
  streamId: string,
  version: number,
  reasons: string[],
  seen: Partial<Pick<Expected, 'chainMisses' | 'digestDiffers'>> = {},
): Expected => ({ streamId, version, reasons, chainMisses: false, digestDiffers: false, ...seen });

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const ONE_EVENT = 'WHERE stream_id = $1 AND stream_version = $2';
