import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/auth.decorators';
import { DeliveryAdmin } from '../application/delivery-admin';
import { DeliveryQueryDto } from './delivery-query.dto';

/** Admins see deliveries by status (failed ones first of all) and send a failed one again. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/admin/deliveries')
@Roles('admin')
export class AdminDeliveriesController {
  constructor(private readonly deliveries: DeliveryAdmin) {}

  @Get()
  list(@Query() query: DeliveryQueryDto) {
    return this.deliveries.list(query.status ?? 'failed');
  }

  @Post(':id/retry')
  @HttpCode(202)
  async retry(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.deliveries.retry(id);
  }
}
