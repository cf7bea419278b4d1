import 'reflect-metadata';
import pino from 'pino';
import { tokenCommand } from './auth/token.command';
import { loadConfig } from './config/config';
import { ConfigError } from './config/env';

const USAGE = `usage: cli <command>
  migrate    apply pending database migrations (under the migration lock) and exit
  token      print a signed bearer token for local use (\`cli token\` alone lists its options)
  audit      verify the hash chain, issue signed checkpoints (\`cli audit\` alone lists its subcommands)
  replay     rebuild every read model from the events and swap it in; --check only reports drift
  report     write the progress report: --out FILE [--format html|csv|xlsx] (default: FILE's extension)`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  migrate: async () => {
    const config = loadConfig();
    const log = pino({ level: config.app.logLevel }, pino.destination(2));
    // Loaded here, so `token` does not pull in the database stack.
    const { prepareDatabase } = await import('./database/database-bootstrap');
    const database = await prepareDatabase({ ...config.database, migrateOnStart: true }, log);
    await database.close();
    return 0;
  },
  token: tokenCommand,
  // Loaded on use, like the database stack above.
  audit: async (args) => (await import('./audit/cli/audit.command')).auditCommand(args),
  replay: async (args) => (await import('./replay/replay.command')).replayCommand(args),
  report: async (args) => (await import('./program/cli/report.command')).reportCommand(args),
};

const main = async (): Promise<number> => {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  return command(args);
};

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `${err instanceof ConfigError ? '' : 'error: '}${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  },
);
