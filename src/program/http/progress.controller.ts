import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ProgramQueries } from '../application/program.queries';
import type { ProgressReport } from '../domain/progress.types';
import { renderProgressCsv } from '../report/progress-report.csv';
import { renderProgressHtml } from '../report/progress-report.html';
import { ProgressReportResponse } from './dto/progress.responses';
import { ReportQueryDto } from './dto/report.query';

@ApiTags('program')
@ApiBearerAuth()
@Controller('api/progress')
export class ProgressController {
  constructor(private readonly queries: ProgramQueries) {}

  @Get()
  @ApiOperation({
    summary: 'Progress per target, task and district; only proposals whose implementation is recorded count',
  })
  @ApiOkResponse({ type: ProgressReportResponse })
  progress(): Promise<ProgressReport> {
    return this.queries.progress();
  }

  @Get('report')
  @ApiOperation({ summary: 'Báo cáo tiến độ: a printable HTML page in Vietnamese (charts inline), or CSV' })
  @ApiProduces('text/html', 'text/csv')
  @ApiOkResponse({ description: 'The report' })
  async report(@Query() query: ReportQueryDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    const report = await this.queries.progress();
    if (query.format === 'csv') {
      res.type('text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="bao-cao-tien-do-${report.asOf}.csv"`);
      return renderProgressCsv(report);
    }
    // Titles are user input: the page may run no script and load nothing, whatever slips through.
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    res.type('text/html; charset=utf-8');
    return renderProgressHtml(report);
  }
}
