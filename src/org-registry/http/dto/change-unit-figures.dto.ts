import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Nfc } from './text-transforms';

/** Figures from a cited source (e.g. the statistical yearbook); null clears a figure back to unknown. */
export class ChangeUnitFiguresDto {
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, description: 'Dân số (people)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  population?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, description: 'Diện tích tự nhiên (km²)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  @Min(0)
  @Max(99_999_999)
  areaKm2?: number | null;

  @ApiProperty({ description: 'Why, and the source of the figure', example: 'Niên giám thống kê 2018' })
  @Nfc()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
