import type { Tx } from '../event-store/event-store.types';
import { liveName, shadowName, type ResolvedTable } from './shadow-tables';

interface Grant {
  grantee: string;
  privilege: string;
  grantable: boolean;
}

/**
 * Grants the live table's privileges on its shadow copy (e.g. the auditors' SELECT): LIKE copies none,
 * and the schema's default privileges do not reach a table created in the shadow schema.
 */
export const copyPrivileges = async (q: Pick<Tx, 'query'>, t: ResolvedTable): Promise<void> => {
  const grants: Grant[] = await q.query(
    `SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END AS grantee,
            a.privilege_type AS privilege, a.is_grantable AS grantable
       FROM pg_class c, aclexplode(c.relacl) a
      WHERE c.oid = $1::regclass AND a.grantee <> c.relowner`,
    [liveName(t)],
  );
  for (const g of grants) {
    const option = g.grantable ? ' WITH GRANT OPTION' : '';
    await q.query(`GRANT ${g.privilege} ON ${shadowName(t)} TO ${g.grantee}${option}`);
  }
};
