import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ProgramQueries } from '../application/program.queries';
import type { ProgressReport } from '../domain/progress.types';
import { renderReport, XLSX_CONTENT_TYPE } from '../report/render-report';
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
  @ApiOperation({
    summary: 'Báo cáo tiến độ: a printable HTML page in Vietnamese (charts inline), CSV, or an XLSX workbook',
  })
  @ApiProduces('text/html', 'text/csv', XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: 'The report' })
  async report(
    @Query() query: ReportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string | StreamableFile> {
    const format = query.format ?? 'html';
    const { body, contentType, fileName } = await renderReport(await this.queries.progress(), format);
    res.type(contentType);
    if (format === 'html') {
      // Titles are user input: the page may run no script and load nothing, whatever slips through.
      res.setHeader(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      );
    } else {
      res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    }
    // A Buffer returned as is would be sent as JSON; StreamableFile sends the bytes.
    return typeof body === 'string' ? body : new StreamableFile(body);
  }
}
