import { Injectable } from '@nestjs/common';
import { vietnamWorkingCalendar } from '../../shared/calendar/vietnam-holidays';
import { Clock } from '../../shared/clock';
import { localDate } from '../../shared/domain/working-calendar';
import { ACTION_PROGRAM_18 } from '../data/action-program';
import { resolveDeadline, type ResolvedDeadline } from '../domain/deadline';
import { evaluateEligibility, requiredMergerShare, type EligibilityReport } from '../domain/eligibility';
import type { ActionProgram, ProgramTask } from '../domain/program.types';
import { computeProgress } from '../domain/progress';
import type { ProgressReport } from '../domain/progress.types';
import { GuidanceRecords } from './guidance-records';
import { ProposalFactsReader } from './proposal-facts.reader';
import { RegistryFactsReader } from './registry-facts.reader';

export interface EligibilityQuery {
  /** The date whose unit standards apply; default today in Vietnam. */
  asOf?: string;
  /** Only the communes of this district. */
  district?: string;
}

const BELOW_SHARE = requiredMergerShare(ACTION_PROGRAM_18);

/** The program with each task's deadline dated (from the recorded guidance where it waits for one). */
export type ProgramView = ActionProgram & { tasks: (ProgramTask & { dates: ResolvedDeadline })[] };

/**
 * Read side of the program: the program with its deadlines dated, merger eligibility, and progress.
 * Everything is computed on request from the registry and the proposals' read model: figures an admin
 * enters and decisions recorded a second ago show at once, and nothing can drift out of date.
 * @publicApi
 */
@Injectable()
export class ProgramQueries {
  private readonly calendar = vietnamWorkingCalendar();

  constructor(
    private readonly clock: Clock,
    private readonly registry: RegistryFactsReader,
    private readonly proposals: ProposalFactsReader,
    private readonly guidance: GuidanceRecords,
  ) {}

  today(): string {
    return localDate(this.clock.now().toISOString());
  }

  async program(): Promise<ProgramView> {
    const records = await this.guidance.list();
    return {
      ...ACTION_PROGRAM_18,
      tasks: ACTION_PROGRAM_18.tasks.map((task) => ({
        ...task,
        dates: resolveDeadline(
          task.deadline,
          this.calendar,
          records.filter((r) => r.taskId === task.id).at(-1) ?? null,
        ),
      })),
    };
  }

  async eligibility(query: EligibilityQuery = {}): Promise<EligibilityReport & { asOf: string }> {
    const asOf = query.asOf ?? this.today();
    const [{ communes }, holds] = await Promise.all([
      this.registry.read({ asOf }),
      this.proposals.mergerHolds(),
    ]);
    const inDistrict = communes.filter((unit) => !query.district || unit.districtCode === query.district);
    return { asOf, ...evaluateEligibility(inDistrict, holds, BELOW_SHARE) };
  }

  async progress(): Promise<ProgressReport> {
    const today = this.today();
    const [registry, holds, proposals, guidance] = await Promise.all([
      this.registry.read({ asOf: today }),
      this.proposals.mergerHolds(),
      this.proposals.proposals(),
      this.guidance.list(),
    ]);
    return computeProgress({
      program: ACTION_PROGRAM_18,
      today,
      calendar: this.calendar,
      places: registry.places,
      agencies: registry.agencies,
      eligibility: evaluateEligibility(registry.communes, holds, BELOW_SHARE),
      proposals,
      guidance,
    });
  }
}
