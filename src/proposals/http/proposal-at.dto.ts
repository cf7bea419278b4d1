import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Min } from 'class-validator';

/** A point in the past to rebuild the proposal at; neither: the live detail. */
export class ProposalAtDto {
  @ApiPropertyOptional({ description: 'ISO 8601 instant: the state after every event recorded by then' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;

  @ApiPropertyOptional({ minimum: 1, description: 'Stream version: the state after that many events' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}
