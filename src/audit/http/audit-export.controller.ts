import { once } from 'node:events';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { CurrentActor, Roles } from '../../auth/auth.decorators';
import { Clock } from '../../shared/clock';
import type { Actor } from '../../shared/domain/actor';
import { recordAuditAccess } from '../access/audit-access-log';
import { AuditorConnections } from '../access/auditor-data-source';
import { EventExporter } from '../export/event-exporter';
import { AuditExportQueryDto } from './audit-export-query.dto';

const CONTENT_TYPES = { ndjson: 'application/x-ndjson; charset=utf-8', csv: 'text/csv; charset=utf-8' };

/** Auditors take the record away: streamed as stored, read through the SELECT-only role. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit')
@Roles('auditor', 'admin')
export class AuditExportController {
  constructor(
    private readonly auditors: AuditorConnections,
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  @Get('export')
  @ApiOperation({ summary: 'Events recorded in [from, to) as NDJSON with a verifiable trailer, or as CSV' })
  async export(
    @Query() q: AuditExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    const format = q.format ?? 'ndjson';
    const range = { from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined };
    const auditorDb = await this.auditors.get();
    await recordAuditAccess(this.db, { id: actor.id, name: actor.name, via: 'http' }, 'export', {
      from: q.from ?? null,
      to: q.to ?? null,
      format,
    });
    res.status(200).type(CONTENT_TYPES[format]);
    res.setHeader('Content-Disposition', `attachment; filename="restructuring-events.${format}"`);
    for await (const line of new EventExporter(auditorDb, this.clock).lines(range, format)) {
      if (!res.write(line)) await once(res, 'drain');
    }
    res.end();
  }
}
