import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../application/delivery-admin';

export class DeliveryQueryDto {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, default: 'failed' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}
