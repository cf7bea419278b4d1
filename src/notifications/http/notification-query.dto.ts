import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageLimit } from '../../http/page-limit.decorator';

export class NotificationQueryDto {
  @ApiPropertyOptional({ description: 'Only notifications about this proposal' })
  @IsOptional()
  @IsUUID()
  proposalId?: string;

  @PageLimit(100)
  limit?: number;
}
