import { userInfo } from 'node:os';
import type { DataSource } from 'typeorm';

export type AuditAction = 'verify' | 'export' | 'checkpoint';

/** Who looked: a token's subject over HTTP, or the operating-system user of a CLI run. */
export interface AuditAccessor {
  id: string;
  name: string;
  via: 'http' | 'cli';
}

/**
 * Audits are themselves audited: every verification and export is recorded with who, when and what
 * range, through the service's own connection (the auditors' role may not write).
 */
export const recordAuditAccess = async (
  db: DataSource,
  accessor: AuditAccessor,
  action: AuditAction,
  scope: Record<string, unknown>,
  outcome: Record<string, unknown> | null = null,
): Promise<void> => {
  await db.query('INSERT INTO audit_access_log (actor, action, scope, outcome) VALUES ($1, $2, $3, $4)', [
    accessor,
    action,
    scope,
    outcome,
  ]);
};

/**
 * The CLI's record of an audit run, by operating-system user. A database that refuses the write (a
 * read-only replica) does not void the result already printed: the failure is said on stderr.
 */
export const recordCliAccess = async (
  db: DataSource,
  action: AuditAction,
  scope: Record<string, unknown>,
  outcome: Record<string, unknown> | null = null,
): Promise<void> => {
  const who = userInfo().username;
  try {
    await recordAuditAccess(db, { id: who, name: who, via: 'cli' }, action, scope, outcome);
  } catch (err) {
    process.stderr.write(
      `warning: this ${action} was not recorded in audit_access_log: ${(err as Error).message}\n`,
    );
  }
};
