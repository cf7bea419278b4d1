import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCleanText } from '../../../http/clean-text.validator';
import { IsCalendarDate } from './calendar-date.validator';

export class RecordGuidanceDto {
  @ApiProperty({ description: 'Số, tên văn bản hướng dẫn', example: 'Hướng dẫn số 12-HD/BTCTW' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @IsCleanText()
  document!: string;

  @ApiProperty({ format: 'date', description: 'Ngày ban hành hướng dẫn', example: '2019-03-04' })
  @IsCalendarDate()
  guidanceDate!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Thời hạn hướng dẫn (hoặc Ban Thường vụ) đặt ra; bỏ trống nếu không có',
  })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;

  @ApiProperty({ description: 'Why, and where the guidance was found' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
