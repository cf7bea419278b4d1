import {
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../auth/auth.decorators';
import type { Actor } from '../../shared/domain/actor';
import { NotificationInbox } from '../application/notification-inbox';
import { NotificationQueryDto } from './notification-query.dto';

/** The caller's in-app notifications, unread first. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notifications')
export class NotificationsController {
  constructor(private readonly inbox: NotificationInbox) {}

  @Get()
  list(@Query() query: NotificationQueryDto, @CurrentActor() actor: Actor) {
    return this.inbox.list(actor, query.proposalId ?? null, query.limit ?? 100);
  }

  @Post(':id/read')
  @HttpCode(204)
  @Roles('submitter', 'reviewer', 'committee-member', 'committee-secretary', 'admin') // auditors write nothing
  async read(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor): Promise<void> {
    if (!(await this.inbox.markRead(actor, id)))
      throw new NotFoundException({ code: 'NOTIFICATION.NOT_FOUND', title: `No notification ${id} for you` });
  }
}
