import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { OrgRegistryModule } from '../org-registry';
import { GuidanceRecords } from './application/guidance-records';
import { ProgramQueries } from './application/program.queries';
import { ProposalFactsReader } from './application/proposal-facts.reader';
import { RecordGuidanceHandler } from './application/record-guidance.handler';
import { RegistryFactsReader } from './application/registry-facts.reader';
import { EligibilityController } from './http/eligibility.controller';
import { ProgramController } from './http/program.controller';
import { ProgressController } from './http/progress.controller';
import { ProgressReportMailModule } from './report-mail/progress-report-mail.module';

/**
 * The action program (tasks, targets, deadlines), merger eligibility and the Organization Board's
 * progress report. Reads the registry through its queries and proposals through their read model; its
 * only table is program_guidance. Needs DataSource and Clock from the application. Mails the report
 * monthly where workers run (ProgressReportMailModule, imported by the worker process too).
 */
@Module({
  imports: [CqrsModule, OrgRegistryModule, ProgressReportMailModule],
  controllers: [EligibilityController, ProgramController, ProgressController],
  providers: [
    ProgramQueries,
    RegistryFactsReader,
    ProposalFactsReader,
    GuidanceRecords,
    RecordGuidanceHandler,
  ],
  exports: [ProgramQueries],
})
export class ProgramModule {}
