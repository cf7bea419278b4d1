import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../auth/auth.decorators';
import type { Actor } from '../../shared/domain/actor';
import { EndpointRegistry } from '../application/endpoint-registry';
import { EndpointDto } from './endpoint.dto';
import { EndpointParams } from './endpoint-params.dto';

/** Admins register where each body or agency receives e-mail and webhooks. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/admin/notification-endpoints')
@Roles('admin')
export class NotificationEndpointsController {
  constructor(private readonly endpoints: EndpointRegistry) {}

  @Get()
  list() {
    return this.endpoints.list();
  }

  @Put(':recipient/:channel')
  @HttpCode(204)
  async set(
    @Param() { recipient, channel }: EndpointParams,
    @Body() dto: EndpointDto,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.endpoints.set(recipient, channel, { ...dto, language: dto.language ?? 'vi' }, actor);
  }

  @Delete(':recipient/:channel')
  @HttpCode(204)
  async remove(@Param() { recipient, channel }: EndpointParams): Promise<void> {
    await this.endpoints.remove(recipient, channel);
  }
}
