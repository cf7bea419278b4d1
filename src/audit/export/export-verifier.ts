import { createHash } from 'node:crypto';
import type { EventHasher } from '../../event-store/event-hasher';
import type { SignedCheckpoint } from '../checkpoints/checkpoint';
import { RunningDigest } from '../checkpoints/running-digest';
import { EXPORT_FORMAT, type ExportedEvent, type ExportTrailer } from './export-format';

export interface ExportProblem {
  /** 1-based line of the file; 0 for the file as a whole. */
  line: number;
  reason: string;
}

export interface ExportVerification {
  ok: boolean;
  events: number;
  problem: ExportProblem | null;
  checkpoint: 'matched' | 'not-given' | 'not-reached';
}

export interface ExportVerifyOptions {
  /** With the HMAC key every hash is recomputed; without it only the links, trailer and checkpoint. */
  hasher?: EventHasher;
  /** Already signature-checked (verifyCheckpoint). */
  checkpoint?: SignedCheckpoint;
}

class Broken extends Error {
  constructor(readonly problem: ExportProblem) {
    super(problem.reason);
  }
}

const parseLine = (text: string, line: number): Record<string, unknown> => {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Broken({ line, reason: 'not a JSON line' });
  }
};

/** Checks an NDJSON export offline: the trailer, each stream's links, hashes when keyed, a checkpoint. */
export const verifyExport = (content: string, options: ExportVerifyOptions = {}): ExportVerification => {
  try {
    const lines = content.split('\n');
    if (lines.pop() !== '')
      throw new Broken({ line: lines.length + 1, reason: 'the file does not end with a newline' });
    const trailer = parseLine(lines.pop() ?? '', lines.length + 1) as unknown as ExportTrailer;
    if (trailer.trailer !== EXPORT_FORMAT)
      throw new Broken({ line: lines.length + 1, reason: 'no export trailer' });
    const digest = createHash('sha256');
    for (const line of lines) digest.update(`${line}\n`);
    if (lines.length !== trailer.count)
      throw new Broken({ line: 0, reason: `${lines.length} events, trailer says ${trailer.count}` });
    if (digest.digest('hex') !== trailer.sha256)
      throw new Broken({ line: 0, reason: 'the lines do not match the trailer SHA-256' });
    const events = lines.map((text, i) => parseLine(text, i + 1) as unknown as ExportedEvent);
    checkChains(events, options.hasher);
    if (options.checkpoint) checkCheckpoint(events, trailer, options.checkpoint);
    return {
      ok: true,
      events: events.length,
      problem: null,
      checkpoint: options.checkpoint ? 'matched' : 'not-given',
    };
  } catch (err) {
    if (!(err instanceof Broken)) throw err;
    return {
      ok: false,
      events: 0,
      problem: err.problem,
      checkpoint: options.checkpoint ? 'matched' : 'not-given',
    };
  }
};

const checkChains = (events: ExportedEvent[], hasher?: EventHasher): void => {
  const last = new Map<string, ExportedEvent>();
  events.forEach((e, i) => {
    const line = i + 1;
    if (i > 0 && e.position <= events[i - 1].position)
      throw new Broken({ line, reason: 'positions out of order' });
    const before = last.get(e.streamId);
    if (before && e.version !== before.version + 1)
      throw new Broken({ line, reason: `version gap in ${e.streamId}: ${before.version} then ${e.version}` });
    if (before && e.previousHash !== before.hash)
      throw new Broken({ line, reason: `${e.streamId} v${e.version} does not link to v${before.version}` });
    if (!before && e.version === 1 && e.previousHash !== null)
      throw new Broken({ line, reason: `${e.streamId} v1 claims a predecessor` });
    const fields = { ...e, streamVersion: e.version, recordedAt: new Date(e.recordedAt) };
    if (hasher && !hasher.matches(fields, e.hash))
      throw new Broken({ line, reason: `${e.streamId} v${e.version}: hash mismatch` });
    last.set(e.streamId, e);
  });
};

/** Every event the checkpoint covers must be in the export, unchanged: same count, digest and heads. */
const checkCheckpoint = (events: ExportedEvent[], trailer: ExportTrailer, signed: SignedCheckpoint): void => {
  const { checkpoint } = signed;
  const horizon = BigInt(checkpoint.transactionHorizon);
  if (trailer.range.from !== null || BigInt(trailer.transactionHorizon) < horizon)
    throw new Broken({ line: 0, reason: 'the export does not cover everything the checkpoint covers' });
  const running = new RunningDigest();
  for (const e of events) if (BigInt(e.transactionId) < horizon) running.add(e.hash);
  if (running.count !== checkpoint.eventCount || running.hex !== checkpoint.digest)
    throw new Broken({
      line: 0,
      reason: `checkpoint mismatch: ${running.count} covered events, the checkpoint signed ${checkpoint.eventCount}`,
    });
};
