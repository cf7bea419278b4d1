import { loadConfig } from '../../config/config';
import { warnAboutDevelopmentKeys } from '../cli/audit-database';

export const PUBLIC_KEY_USAGE = `usage: cli audit public-key
  prints the public key of AUDIT_SIGNING_KEY (PEM) on stdout and its fingerprint on stderr;
  give it to auditors: \`cli audit verify --checkpoint FILE --public-key KEY.pem\` trusts only it`;

/** `cli audit public-key`: the PEM alone on stdout, so it can be redirected to a file. */
export const publicKeyCommand = async (args: string[]): Promise<number> => {
  if (args.length > 0) {
    process.stderr.write(`${PUBLIC_KEY_USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  warnAboutDevelopmentKeys(config);
  process.stdout.write(config.audit.publicKey.export({ format: 'pem', type: 'spki' }).toString());
  process.stderr.write(`fingerprint ${config.audit.keyFingerprint}\n`);
  return 0;
};
