import type { AuditReport } from '../../../src/audit/verification/audit-report';
import { deleteTail, forgeEvent, recomputeChain } from './chain-tamperings';
import { changeData, changeTime, changeType, deleteMiddle, swapVersions } from './row-tamperings';
import {
  EVENTS_PER_STREAM as N,
  STREAMS,
  streamName,
  type Expected,
  type Random,
  type Tampering,
} from './tampering-kit';

/** Every kind in turn, so 50 trials hold each at least six times; where, and how much, is random. */
const KINDS: ((r: Random, s: string) => Tampering)[] = [
  (r, s) => changeData(s, r.int(1, N), r),
  (r, s) => changeType(s, r.int(1, N)),
  (r, s) => changeTime(s, r.int(1, N), r),
  (r, s) => deleteMiddle(s, r.int(1, N - 1)),
  (r, s) => swapVersions(s, r.int(1, N - 1)),
  (r, s) => forgeEvent(s, r.int(1, N + 1)),
  (r) => deleteTail(r.int(1, 50)),
  (r, s) => {
    const edited = r.int(1, N);
    return recomputeChain(s, r.int(1, edited), edited);
  },
];

export const KIND_COUNT = KINDS.length;

export const randomTampering = (trial: number, random: Random): Tampering =>
  KINDS[trial % KINDS.length](random, streamName(random.int(0, STREAMS - 1)));

/** What went wrong with one trial, or null when it was found where it was made. */
export const judgeTrial = (
  e: Expected,
  chainOnly: AuditReport | null,
  withCheckpoint: AuditReport,
): string | null => {
  const link = withCheckpoint.firstBrokenLink;
  const place = link && link.streamId === e.streamId && link.version === e.version;
  if (withCheckpoint.ok || !place || !e.reasons.includes(link.reason))
    return `expected ${e.streamId} v${e.version} ${e.reasons}, got ${JSON.stringify(link)}`;
  // The chain alone must miss exactly what only the checkpoint can see, and find the rest itself.
  if (chainOnly && e.chainMisses !== chainOnly.ok)
    return `chain alone: ${JSON.stringify(chainOnly.firstBrokenLink)}`;
  if (chainOnly && !e.chainMisses && JSON.stringify(chainOnly.firstBrokenLink) !== JSON.stringify(link))
    return `chain alone found ${JSON.stringify(chainOnly.firstBrokenLink)}`;
  if (e.digestDiffers && withCheckpoint.checkpoint?.matches !== false) return 'the digest still matched';
  return null;
};
