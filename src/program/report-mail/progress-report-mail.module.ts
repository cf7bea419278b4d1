import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../../config/config';
import { EndpointRegistry } from '../../notifications/application/endpoint-registry';
import { Clock } from '../../shared/clock';
import { programQueriesOn } from '../application/program-queries.factory';
import { ProgressReportScheduler } from './progress-report-scheduler';
import { ProgressReportWorker } from './progress-report.worker';

/**
 * The monthly mailing of the progress report to VPTU and BTCTU (in processes that run workers). Built
 * from factories, so the worker process gets the queries without the program's HTTP controllers.
 */
@Module({
  providers: [
    {
      provide: ProgressReportWorker,
      inject: [DataSource, Clock, CONFIG],
      useFactory: (db: DataSource, clock: Clock, c: Config) =>
        new ProgressReportWorker(programQueriesOn(db, clock), new EndpointRegistry(db, c), {
          smtpUrl: c.notifications.smtpUrl,
          mailFrom: c.notifications.mailFrom,
        }),
    },
    ProgressReportScheduler,
  ],
})
export class ProgressReportMailModule {}
