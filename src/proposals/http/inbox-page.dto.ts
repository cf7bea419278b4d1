import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageLimit } from '../../http/page-limit.decorator';

export class InboxPageDto {
  @PageLimit(50)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the page before' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}
