import { DataSource, type DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';
import { AUDITOR_ROLE } from './migrations/1764400005000-auditor-role';

export const dataSourceOptions = (url: string, poolSize: number): DataSourceOptions => ({
  type: 'postgres',
  url,
  migrations,
  migrationsTableName: 'schema_migrations',
  migrationsRun: false,
  synchronize: false,
  entities: [],
  extra: { max: poolSize, application_name: 'restructuring-approvals' },
});

export const createDataSource = (url: string, poolSize: number): DataSource =>
  new DataSource(dataSourceOptions(url, poolSize));

/**
 * Connections that run as the read-only auditor role from their first statement (a startup
 * parameter, so no query can run before the switch): what auditors read through cannot write.
 */
export const createAuditorDataSource = (url: string, poolSize: number): DataSource => {
  const options = dataSourceOptions(url, poolSize);
  return new DataSource({
    ...options,
    migrations: [],
    extra: {
      ...options.extra,
      application_name: 'restructuring-approvals-audit',
      options: `-c role=${AUDITOR_ROLE}`,
    },
  } as DataSourceOptions);
};
