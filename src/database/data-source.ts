import { DataSource, type DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';

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
