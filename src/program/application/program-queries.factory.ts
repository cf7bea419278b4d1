import type { DataSource } from 'typeorm';
import { OrgRegistryQueries } from '../../org-registry';
import type { Clock } from '../../shared/clock';
import { GuidanceRecords } from './guidance-records';
import { ProgramQueries } from './program.queries';
import { ProposalFactsReader } from './proposal-facts.reader';
import { RegistryFactsReader } from './registry-facts.reader';

/**
 * ProgramQueries without Nest's container: for the CLI, and for the worker process, which must not
 * import ProgramModule (and with it the program's and the registry's HTTP controllers).
 */
export const programQueriesOn = (dataSource: DataSource, clock: Clock): ProgramQueries =>
  new ProgramQueries(
    clock,
    new RegistryFactsReader(new OrgRegistryQueries(dataSource, clock)),
    new ProposalFactsReader(dataSource),
    new GuidanceRecords(dataSource),
  );
