import { BadRequestException, Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../../auth/auth.decorators';
import { etagOf } from '../../http/command-headers';
import type { Actor } from '../../shared/domain/actor';
import type { ProposalDetail } from '../application/get-proposal.handler';
import { decodeInboxCursor } from '../application/inbox-cursor';
import {
  GetInboxQuery,
  GetProposalAtQuery,
  GetProposalHistoryQuery,
  GetProposalQuery,
  ListProposalsQuery,
} from '../application/proposal-queries';
import { InboxPageDto } from './inbox-page.dto';
import { ListProposalsDto } from './list-proposals.dto';
import { ProposalAtDto } from './proposal-at.dto';

const Id = () => Param('id', new ParseUUIDPipe({ version: '4' }));

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('api')
export class ProposalQueriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get('proposals')
  list(@Query() dto: ListProposalsDto, @CurrentActor() actor: Actor) {
    return this.queries.execute(new ListProposalsQuery({ ...dto, limit: dto.limit ?? 50 }, actor));
  }

  @Get('proposals/:id')
  async detail(
    @Id() id: string,
    @Query() at: ProposalAtDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    const past = at.asOf !== undefined || at.version !== undefined;
    const detail = await this.queries.execute<GetProposalQuery | GetProposalAtQuery, ProposalDetail>(
      past
        ? new GetProposalAtQuery(id, actor, {
            asOf: at.asOf === undefined ? undefined : new Date(at.asOf),
            version: at.version,
          })
        : new GetProposalQuery(id, actor),
    );
    res.setHeader('ETag', etagOf(detail.version));
    return detail;
  }

  @Get('proposals/:id/history')
  history(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.queries.execute(new GetProposalHistoryQuery(id, actor));
  }

  @Get('inbox')
  inbox(@Query() page: InboxPageDto, @CurrentActor() actor: Actor) {
    const after = page.cursor === undefined ? undefined : decodeInboxCursor(page.cursor);
    if (after === null)
      throw new BadRequestException({
        code: 'REQUEST.INVALID',
        title: 'The request is not valid',
        errors: [{ field: 'cursor', message: 'cursor must be a nextCursor this inbox gave' }],
      });
    return this.queries.execute(new GetInboxQuery(actor, { limit: page.limit ?? 50, after }));
  }
}
