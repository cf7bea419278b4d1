import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { DataSource } from 'typeorm';
import { CurrentActor, Roles } from '../../auth/auth.decorators';
import type { Actor } from '../../shared/domain/actor';
import { recordAuditAccess } from '../access/audit-access-log';
import type { AuditReport } from '../verification/audit-report';
import { LatestCheckpointAudit } from '../verification/latest-checkpoint-audit';

export class AuditVerifyQueryDto {
  @ApiPropertyOptional({ description: 'Verify only this stream, e.g. proposal-<uuid>' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  stream?: string;
}

/** Auditors (and admins) ask whether the record still proves itself, and where it stops if not. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit')
@Roles('auditor', 'admin')
export class AuditVerifyController {
  constructor(
    private readonly audit: LatestCheckpointAudit,
    private readonly db: DataSource,
  ) {}

  @Get('verify')
  @ApiOperation({
    summary: 'Recompute the keyed hash chain and compare with the newest signed checkpoint',
    description: 'Always 200: `ok` says whether the record is intact, `firstBrokenLink` where it breaks.',
  })
  async verify(@Query() query: AuditVerifyQueryDto, @CurrentActor() actor: Actor): Promise<AuditReport> {
    const report = await this.audit.verify(query.stream);
    await recordAuditAccess(
      this.db,
      { id: actor.id, name: actor.name, via: 'http' },
      'verify',
      { stream: query.stream ?? null },
      { ok: report.ok },
    );
    return report;
  }
}
