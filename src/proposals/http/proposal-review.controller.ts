import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/auth.decorators';
import { Call, type CommandCall } from './command-call.decorator';
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
export class ProposalReviewController {
  constructor(private readonly sender: ProposalCommandSender) {}

  @Post('approve')
  @HttpCode(200)
  @Roles(...REVIEWING)
  approve(@Id() id: string, @Body() dto: CommentDto, @Call() call: CommandCall) {
    return this.sender.send(call, id, {
      type: 'ApproveStage',
      data: { comment: dto.comment ?? null },
    });
  }

  @Post('request-revision')
  @HttpCode(200)
  @Roles(...REVIEWING)
  requestRevision(@Id() id: string, @Body() dto: RequestRevisionDto, @Call() call: CommandCall) {
    return this.sender.send(call, id, {
      type: 'RequestRevision',
      data: { reason: dto.reason, toStage: dto.toStage ?? null },
    });
  }

  @Post('opinions')
  @HttpCode(200)
  @Roles('reviewer')
  opinion(@Id() id: string, @Body() dto: OpinionDto, @Call() call: CommandCall) {
    return this.sender.send(call, id, {
      type: 'GiveOpinion',
      data: { ...dto, comment: dto.comment ?? null },
    });
  }

  @Post('close-consultation')
  @HttpCode(200)
  @Roles('reviewer')
  closeConsultation(@Id() id: string, @Call() call: CommandCall) {
    return this.sender.send(call, id, { type: 'CloseConsultation', data: {} });
  }

  @Post('voter-consultation')
  @HttpCode(200)
  @Roles('reviewer')
  voterConsultation(@Id() id: string, @Body() dto: VoterConsultationDto, @Call() call: CommandCall) {
    return this.sender.send(call, id, {
      type: 'RecordVoterConsultation',
      data: { results: dto.results },
    });
  }

  @Post('open-vote')
  @HttpCode(200)
  @Roles('committee-secretary')
  openVote(@Id() id: string, @Call() call: CommandCall) {
    return this.sender.send(call, id, { type: 'OpenVote', data: {} });
  }

  @Post('votes')
  @HttpCode(200)
  @Roles('committee-member')
  vote(@Id() id: string, @Body() dto: VoteDto, @Call() call: CommandCall) {
    return this.sender.send(call, id, { type: 'CastVote', data: { choice: dto.choice } });
  }

  @Post('close-vote')
  @HttpCode(200)
  @Roles('committee-secretary')
  closeVote(@Id() id: string, @Call() call: CommandCall) {
    return this.sender.send(call, id, { type: 'CloseVote', data: {} });
  }

  @Post('reject')
  @HttpCode(200)
  @Roles(...REVIEWING)
  reject(@Id() id: string, @Body() dto: ReasonDto, @Call() call: CommandCall) {
    return this.sender.send(call, id, { type: 'RejectProposal', data: { reason: dto.reason } });
  }

  @Post('delegations')
  @HttpCode(200)
  @Roles(...REVIEWING)
  delegate(@Id() id: string, @Body() dto: DelegationDto, @Call() call: CommandCall) {
    return this.sender.send(call, id, {
      type: 'DelegateStage',
      data: { ...dto, body: dto.body ?? null },
    });
  }
}
