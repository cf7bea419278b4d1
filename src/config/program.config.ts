import { envOf, invalid, wrapEnvErrors, type Env } from './env';

export interface ProgramConfig {
  /** Cron pattern and time zone of the job mailing the progress report to VPTU and BTCTU. */
  reportCron: string;
  reportTimeZone: string;
}

export const loadProgramConfig = (env: Env): ProgramConfig =>
  wrapEnvErrors(() => {
    const e = envOf(env);
    // Monthly by default: the Organization Board reports to the Standing Committee each month.
    const reportCron = e.get('PROGRESS_REPORT_CRON').default('0 7 1 * *').asString();
    if (!/^\S+(\s+\S+){4,5}$/.test(reportCron.trim())) {
      invalid('PROGRESS_REPORT_CRON', 'should be a cron pattern of 5 or 6 fields');
    }
    return {
      reportCron,
      reportTimeZone: e.get('PROGRESS_REPORT_TZ').default('Asia/Ho_Chi_Minh').asString(),
    };
  });
