import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class EndpointDto {
  @ApiProperty({ description: 'E-mail address, or the https URL a webhook is POSTed to' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  target!: string;

  @ApiPropertyOptional({ enum: ['vi', 'en'], default: 'vi' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  language?: 'vi' | 'en';

  @ApiPropertyOptional({ description: 'Webhooks: the key signatures are made with (32+ characters)' })
  @IsOptional()
  @IsString()
  @MinLength(32)
  @MaxLength(200)
  secret?: string;
}
