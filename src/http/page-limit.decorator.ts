import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** An optional page size from the query string: a whole number from 1 to `maximum`. */
export const PageLimit = (defaultSize: number, maximum = 200) =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum, default: defaultSize }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(maximum),
  );
