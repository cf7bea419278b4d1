import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_UNIT_PAGE } from '../../org-registry.queries';
import { REGISTRY_CODE, UNIT_LEVELS, type AdministrativeLevel } from '../../org-registry.types';
import { Nfc } from './text-transforms';

export class ListUnitsQuery {
  @ApiPropertyOptional({ enum: UNIT_LEVELS })
  @IsOptional()
  @IsIn(UNIT_LEVELS)
  level?: AdministrativeLevel;

  @ApiPropertyOptional({ description: 'Code of the enclosing unit', example: '899' })
  @IsOptional()
  @Matches(REGISTRY_CODE)
  parent?: string;

  @ApiPropertyOptional({
    description:
      'Name to find, with or without diacritics ("vinh hoa" finds Vĩnh Hòa and Vĩnh Hoà), or a code prefix',
    example: 'vinh hoa',
  })
  @IsOptional()
  @Nfc()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_UNIT_PAGE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_UNIT_PAGE)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;
}
