import { createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config';
import { EventHasher } from '../../event-store/event-hasher';
import { CheckpointRejected } from '../checkpoints/checkpoint-rejected';
import { verifyCheckpoint } from '../checkpoints/checkpoint-signer';
import { parseOrUsage } from '../cli/audit-database';
import { verifyExport } from './export-verifier';

export const VERIFY_EXPORT_USAGE = `usage: cli audit verify-export FILE [--checkpoint FILE --public-key FILE]
  checks an NDJSON export offline, without the database: the trailer (count, SHA-256), each stream's
  links, every hash when EVENT_HMAC_KEY is set, and with --checkpoint that every event the signed
  checkpoint covers is in the file unchanged; exits 0 when it holds, 1 naming the first problem`;

/** `cli audit verify-export ...`: needs no database, only the file and what the auditor trusts. */
export const verifyExportCommand = async (args: string[]): Promise<number> => {
  const parsed = parseOrUsage(() => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { checkpoint: { type: 'string' }, 'public-key': { type: 'string' } },
    });
    if (positionals.length !== 1) throw new Error('name one export file');
    if ((values.checkpoint === undefined) !== (values['public-key'] === undefined))
      throw new Error('--checkpoint and --public-key go together');
    return { file: positionals[0], ...values };
  }, VERIFY_EXPORT_USAGE);
  if (!parsed) return 2;
  const { eventStore } = loadConfig();
  // The development key proves nothing: without the real key only links, trailer and checkpoint count.
  const hasher = eventStore.usingDevelopmentKey ? undefined : new EventHasher(eventStore.hmacKey);
  let checkpoint;
  if (parsed.checkpoint && parsed['public-key']) {
    try {
      const key = createPublicKey(await readFile(parsed['public-key'], 'utf8'));
      checkpoint = verifyCheckpoint(JSON.parse(await readFile(parsed.checkpoint, 'utf8')), key);
    } catch (err) {
      process.stdout.write(
        `checkpoint rejected: ${err instanceof CheckpointRejected || err instanceof SyntaxError ? err.message : String(err)}\n`,
      );
      return 1;
    }
  }
  const result = verifyExport(await readFile(parsed.file, 'utf8'), { hasher, checkpoint });
  process.stdout.write(
    result.ok
      ? `export intact: ${result.events} events${hasher ? ', every hash recomputed' : ', links only (EVENT_HMAC_KEY unset)'}${checkpoint ? ', checkpoint matched' : ''}\n`
      : `export broken at line ${result.problem?.line}: ${result.problem?.reason}\n`,
  );
  return result.ok ? 0 : 1;
};
