import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentActor, Roles } from '../../auth/auth.decorators';
import type { Actor } from '../../shared/domain/actor';
import { ProposalCommandSender } from './proposal-command.sender';
import {
  CommentDto,
  DelegationDto,
  OpinionDto,
  ReasonDto,
  RequestRevisionDto,
  VoteDto,
  VoterConsultationDto,
} from './review.dto';

const Id = () => Param('id', new ParseUUIDPipe({ version: '4' }));
const REVIEWING = ['reviewer', 'committee-secretary'] as const;

/** What reviewing bodies and the committee do; the decider decides whose turn it is. */
@ApiTags('proposals')
@ApiBearerAuth()
@Controller('api/proposals/:id')
@HttpCodeAll()
export class ProposalReviewController {
  constructor(private readonly sender: ProposalCommandSender) {}

  @Post('approve')
  @Roles(...REVIEWING)
  approve(
    @Id() id: string,
    @Body() dto: CommentDto,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.sender.send(req, res, a, id, {
      type: 'ApproveStage',
      data: { comment: dto.comment ?? null },
    });
  }

  @Post('request-revision')
  @Roles(...REVIEWING)
  requestRevision(
    @Id() id: string,
    @Body() dto: RequestRevisionDto,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.sender.send(req, res, a, id, {
      type: 'RequestRevision',
      data: { reason: dto.reason, toStage: dto.toStage ?? null },
    });
  }

  @Post('opinions')
  @Roles('reviewer')
  opinion(
    @Id() id: string,
    @Body() dto: OpinionDto,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.sender.send(req, res, a, id, {
      type: 'GiveOpinion',
      data: { ...dto, comment: dto.comment ?? null },
    });
  }

  @Post('close-consultation')
  @Roles('reviewer')
  closeConsultation(
    @Id() id: string,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.sender.send(req, res, a, id, { type: 'CloseConsultation', data: {} });
  }

  @Post('voter-consultation')
  @Roles('reviewer')
  voterConsultation(
    @Id() id: string,
    @Body() dto: VoterConsultationDto,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.sender.send(req, res, a, id, {
      type: 'RecordVoterConsultation',
      data: { results: dto.results },
    });
  }

  @Post('open-vote')
  @Roles('committee-secretary')
  openVote(
    @Id() id: string,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.sender.send(req, res, a, id, { type: 'OpenVote', data: {} });
  }

  @Post('votes')
  @Roles('committee-member')
  vote(
    @Id() id: string,
    @Body() dto: VoteDto,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.sender.send(req, res, a, id, { type: 'CastVote', data: { choice: dto.choice } });
  }

  @Post('close-vote')
  @Roles('committee-secretary')
  closeVote(
    @Id() id: string,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.sender.send(req, res, a, id, { type: 'CloseVote', data: {} });
  }

  @Post('reject')
  @Roles(...REVIEWING)
  reject(
    @Id() id: string,
    @Body() dto: ReasonDto,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.sender.send(req, res, a, id, { type: 'RejectProposal', data: { reason: dto.reason } });
  }

  @Post('delegations')
  @Roles(...REVIEWING)
  delegate(
    @Id() id: string,
    @Body() dto: DelegationDto,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.sender.send(req, res, a, id, {
      type: 'DelegateStage',
      data: { ...dto, body: dto.body ?? null },
    });
  }
}

/** Every action here answers 200 (a state change of an existing proposal), not 201. */
function HttpCodeAll(): ClassDecorator {
  return (target) => {
    for (const key of Object.getOwnPropertyNames(target.prototype)) {
      if (key !== 'constructor')
        HttpCode(200)(target.prototype, key, Object.getOwnPropertyDescriptor(target.prototype, key)!);
    }
  };
}
