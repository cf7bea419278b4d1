import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';

const MAX_FIGURE = 10_000_000;

export class BeforeAfterDto {
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(MAX_FIGURE) before!: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(MAX_FIGURE) after!: number;
}

/** Đầu mối, biên chế, cấp phó before and after the proposal. */
export class FiguresDto {
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => BeforeAfterDto) focalPoints!: BeforeAfterDto;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => BeforeAfterDto) staffing!: BeforeAfterDto;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => BeforeAfterDto) deputies!: BeforeAfterDto;
}
