import { Injectable } from '@nestjs/common';
import type { Tx } from '../../event-store/event-store.types';
import type { ProposalType } from '../domain/proposal.types';
import type { WorkflowDefinition } from '../workflows/workflow-definition';
import { rulePackInForce, workflowFor } from '../workflows/workflow-lookup';
import { OrgDirectory } from './org-directory.port';
import { UnknownAgency } from './proposal-errors';
import type { ProposalCommandBody } from './execute-proposal-command';
import { UnitFactsLookup } from './unit-facts.port';

export interface PreparationContext {
  /** The command's connection: a transaction when `writes` says preparing writes. */
  tx: Tx;
  now: string;
  proposalType: ProposalType | null;
  unitCodes?: string[];
  resultingUnit?: { name: string; unitType: string } | null;
  blob?: { sha256: string; mediaType: string; content: Buffer };
}

/**
 * Fills in what the pure decider needs from the outside world: registry facts for named units,
 * and the workflow definition and rule pack in force on the day of submission.
 */
@Injectable()
export class ProposalCommandPreparer {
  constructor(
    private readonly units: UnitFactsLookup,
    private readonly orgs: OrgDirectory,
  ) {}

  /** Whether preparing writes (an attachment's bytes), so it must share the append's transaction. */
  writes(command: ProposalCommandBody, inputs: Pick<PreparationContext, 'blob'>): boolean {
    return command.type === 'AttachDocument' && inputs.blob !== undefined;
  }

  async prepare(command: ProposalCommandBody, ctx: PreparationContext): Promise<ProposalCommandBody> {
    if (command.type === 'CreateDraft' || command.type === 'EditDraft')
      await this.requireKnownAgencies(command, ctx.tx);
    if ((command.type === 'CreateDraft' || command.type === 'EditDraft') && ctx.unitCodes) {
      const facts = await this.units.findUnitFacts(ctx.unitCodes, ctx.tx);
      const resulting = ctx.resultingUnit
        ? {
            ...ctx.resultingUnit,
            standard: facts.find((f) => f.unitType === ctx.resultingUnit?.unitType)?.standard ?? null,
          }
        : ctx.resultingUnit;
      return {
        ...command,
        data: {
          ...command.data,
          units: facts,
          ...(resulting !== undefined ? { resultingUnit: resulting } : {}),
        },
      } as ProposalCommandBody;
    }
    if (command.type === 'AttachDocument' && ctx.blob) {
      // Stored only with the event that names it, never alone.
      if (!ctx.tx.queryRunner?.isTransactionActive)
        throw new Error("an attachment's bytes are stored only in the command's transaction");
      await ctx.tx.query(
        `INSERT INTO attachment_blobs (sha256, media_type, size, content) VALUES ($1, $2, $3, $4)
         ON CONFLICT (sha256) DO NOTHING`,
        [ctx.blob.sha256, ctx.blob.mediaType, ctx.blob.content.length, ctx.blob.content],
      );
    }
    if (command.type === 'SubmitProposal' && ctx.proposalType) {
      const date = ctx.now.slice(0, 10);
      return {
        ...command,
        data: {
          workflow: await this.withRegistryMemberCounts(workflowFor(ctx.proposalType, date), ctx.tx),
          rulePack: rulePackInForce(date),
        },
      };
    }
    return command;
  }

  private async requireKnownAgencies(command: ProposalCommandBody, tx: Tx): Promise<void> {
    const data = command.data as { leadAgency?: unknown; coordinatingAgencies?: unknown };
    const named: [string, string][] = [];
    if (typeof data.leadAgency === 'string') named.push(['leadAgency', data.leadAgency]);
    if (Array.isArray(data.coordinatingAgencies))
      data.coordinatingAgencies.forEach((code, i) => {
        if (typeof code === 'string') named.push([`coordinatingAgencies[${i}]`, code]);
      });
    const unknown = new Set(
      await this.orgs.unknownOrgCodes(
        named.map(([, code]) => code),
        tx,
      ),
    );
    const first = named.find(([, code]) => unknown.has(code));
    if (first) throw new UnknownAgency(first[0], first[1]);
  }

  /**
   * "More than half of all members" needs the committee's size on the day of submission; the
   * registry's figure, entered by an admin, wins over the definition's default and is pinned.
   */
  private async withRegistryMemberCounts(workflow: WorkflowDefinition, tx: Tx): Promise<WorkflowDefinition> {
    const stages = await Promise.all(
      workflow.stages.map(async (stage) =>
        stage.kind === 'committee-vote'
          ? {
              ...stage,
              memberCount: (await this.orgs.memberCountOf(stage.body, tx)) ?? stage.memberCount,
            }
          : stage,
      ),
    );
    return { ...workflow, stages };
  }
}
