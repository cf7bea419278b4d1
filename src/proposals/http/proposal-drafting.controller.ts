import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/auth.decorators';
import { IdGenerator } from '../../shared/clock';
import { Call, type CommandCall } from './command-call.decorator';
import { CreateProposalDto, EditProposalDto } from './draft.dto';
import { ProposalCommandSender } from './proposal-command.sender';
import { ImplementationDto, ReasonDto } from './review.dto';

const Id = () => Param('id', new ParseUUIDPipe({ version: '4' }));

/** What the lead agency does: draft, edit, submit, resubmit, withdraw, record implementation. */
@ApiTags('proposals')
@ApiBearerAuth()
@Controller('api/proposals')
export class ProposalDraftingController {
  constructor(
    private readonly sender: ProposalCommandSender,
    private readonly ids: IdGenerator,
  ) {}

  @Post()
  @Roles('submitter')
  async create(@Body() dto: CreateProposalDto, @Call() call: CommandCall) {
    const { unitCodes, resultingUnit, ...fields } = dto;
    const proposalId = this.ids.uuid();
    const result = await this.sender.send(
      call,
      proposalId,
      { type: 'CreateDraft', data: { ...fields, proposalId } },
      {
        unitCodes,
        resultingUnit,
      },
    );
    call.res.setHeader('Location', `/api/proposals/${result.proposalId}`);
    return result;
  }

  @Patch(':id')
  @Roles('submitter')
  edit(@Id() id: string, @Body() dto: EditProposalDto, @Call() call: CommandCall) {
    const { unitCodes, resultingUnit, ...fields } = dto;
    return this.sender.send(call, id, { type: 'EditDraft', data: fields }, { unitCodes, resultingUnit });
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('submitter')
  submit(@Id() id: string, @Call() call: CommandCall) {
    return this.sender.send(call, id, { type: 'SubmitProposal', data: {} });
  }

  @Post(':id/resubmit')
  @HttpCode(200)
  @Roles('submitter')
  resubmit(@Id() id: string, @Call() call: CommandCall) {
    return this.sender.send(call, id, { type: 'ResubmitProposal', data: {} });
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('submitter')
  withdraw(@Id() id: string, @Body() dto: ReasonDto, @Call() call: CommandCall) {
    return this.sender.send(call, id, { type: 'WithdrawProposal', data: { reason: dto.reason } });
  }

  @Post(':id/implementation')
  @HttpCode(200)
  @Roles('submitter')
  implement(@Id() id: string, @Body() dto: ImplementationDto, @Call() call: CommandCall) {
    return this.sender.send(call, id, { type: 'RecordImplementation', data: { ...dto } });
  }
}
