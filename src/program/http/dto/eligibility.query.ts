import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { REGISTRY_CODE } from '../../../org-registry';
import { IsCalendarDate } from './calendar-date.validator';

export class EligibilityQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Standards in force on this date; default today' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;

  @ApiPropertyOptional({ description: 'Only the communes of this district (GSO code)', example: '914' })
  @IsOptional()
  @Matches(REGISTRY_CODE)
  district?: string;
}
