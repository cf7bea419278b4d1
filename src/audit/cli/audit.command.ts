import { CHECKPOINT_USAGE, checkpointCommand } from '../checkpoints/checkpoint.command';
import { PUBLIC_KEY_USAGE, publicKeyCommand } from '../checkpoints/public-key.command';
import { EXPORT_USAGE, exportCommand } from '../export/export.command';
import { VERIFY_EXPORT_USAGE, verifyExportCommand } from '../export/verify-export.command';
import { VERIFY_USAGE, verifyCommand } from '../verification/verify.command';

export interface AuditSubcommand {
  usage: string;
  /** Resolves to the exit code: 0 success, 1 a finding (e.g. a broken link), 2 bad arguments. */
  run(args: string[]): Promise<number>;
}

/** `cli audit <name>`: add a subcommand by adding an entry here. */
export const AUDIT_SUBCOMMANDS: Record<string, AuditSubcommand> = {
  verify: { usage: VERIFY_USAGE, run: verifyCommand },
  checkpoint: { usage: CHECKPOINT_USAGE, run: checkpointCommand },
  'public-key': { usage: PUBLIC_KEY_USAGE, run: publicKeyCommand },
  export: { usage: EXPORT_USAGE, run: exportCommand },
  'verify-export': { usage: VERIFY_EXPORT_USAGE, run: verifyExportCommand },
};

export const AUDIT_USAGE = `usage: cli audit <${Object.keys(AUDIT_SUBCOMMANDS).join('|')}> [options]`;

export const auditCommand = async (args: string[]): Promise<number> => {
  const [name, ...rest] = args;
  const subcommand = name && Object.hasOwn(AUDIT_SUBCOMMANDS, name) ? AUDIT_SUBCOMMANDS[name] : undefined;
  if (!subcommand) {
    const usages = Object.values(AUDIT_SUBCOMMANDS).map((s) => s.usage);
    process.stderr.write(`${AUDIT_USAGE}\n\n${usages.join('\n\n')}\n`);
    return 2;
  }
  return subcommand.run(rest);
};
