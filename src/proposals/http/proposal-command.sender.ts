import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { correlationIdOf, etagOf, expectedVersionOf, idempotencyOf } from '../../http/command-headers';
import {
  ExecuteProposalCommand,
  type CommandInputs,
  type ProposalCommandBody,
  type ProposalCommandResult,
} from '../application/execute-proposal-command';
import type { CommandCall } from './command-call.decorator';

/** Maps an HTTP request to the command envelope and the result back to headers; nothing else. */
@Injectable()
export class ProposalCommandSender {
  constructor(private readonly commands: CommandBus) {}

  async send(
    { req, res, actor }: CommandCall,
    proposalId: string,
    command: ProposalCommandBody,
    inputs: CommandInputs = {},
  ): Promise<ProposalCommandResult> {
    const result = await this.commands.execute<ExecuteProposalCommand, ProposalCommandResult>(
      new ExecuteProposalCommand(
        proposalId,
        command,
        actor,
        correlationIdOf(req),
        expectedVersionOf(req),
        idempotencyOf(req),
        inputs,
      ),
    );
    res.setHeader('ETag', etagOf(result.version));
    return result;
  }
}
