import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Nfc } from './text-transforms';

const MAX_INT = 2_147_483_647;
const count = (description: string) =>
  ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, description });

/** Null clears a value back to unknown. */
export class ChangeAgencyDetailsDto {
  @count('Biên chế năm 2015 (the baseline of the 10% reduction)')
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_INT)
  staffingBaseline2015?: number | null;

  @count('Biên chế hiện tại')
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_INT)
  staffingCurrent?: number | null;

  @count('Số đầu mối (divisions and equivalent)')
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_INT)
  focalPoints?: number | null;

  @count('Số cấp phó')
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_INT)
  deputies?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://hooks.example.vn/btctu' })
  @IsOptional()
  @Nfc()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  webhookUrl?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'btctu@example.vn' })
  @IsOptional()
  @Nfc()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiProperty({ description: 'Why, and the source of the figures' })
  @Nfc()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
