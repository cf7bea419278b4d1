import { queryPrepared, type PreparedStatement } from '../../database/prepared-query';
import {
  MOVED_HEAD,
  type AppendResult,
  type AppendStatementPart,
  type PlannedAppend,
  type Tx,
} from '../../event-store/event-store.types';
import type { ProposalEvent } from '../domain/proposal.events';
import { evolve } from '../domain/proposal.evolve';
import type { ProposalState } from '../domain/proposal.state';
import { proposalIdOf } from '../application/proposal-stream';
import { toProposalRow, type ProposalRow } from './proposal-row';

type FoldedEvent = PlannedAppend['events'][number] & { globalPosition?: number };

interface PendingFold {
  proposalId: string;
  events: FoldedEvent[];
  version: number;
  /** The command runner's fold before these events (same evolve): no need to read the row. */
  before?: ProposalState;
}

/** Every column of proposals_v1, in the order the upsert names them. */
const COLUMNS = `proposal_id uuid, version integer, status text, proposal_type text, title text,
  title_folded text, lead_agency text, coordinating_agencies text[], current_stage_id text,
  current_stage_kind text, open_bodies text[], delegates text[], due_on date, submitted_at timestamptz,
  updated_at timestamptz, state jsonb`;
const DEFINED = COLUMNS.split(',').map((c) => c.trim().split(/\s+/));
const NAMES = DEFINED.map(([name]) => name);

const CONFLICT = `ON CONFLICT (proposal_id) DO UPDATE SET ${NAMES.slice(1)
  .map((n) => `${n} = EXCLUDED.${n}`)
  .join(', ')}`;

/** Every row, unpacked from $1 (a JSON array). */
const UPSERT: PreparedStatement = {
  name: 'proposals_v1.upsert',
  text: `INSERT INTO proposals_v1 (${NAMES.join(', ')})
  SELECT ${NAMES.map((n) => `r.${n}`).join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS})
  ${CONFLICT}`,
};

/**
 * A live append's one row, as parameters in COLUMNS' order (cheaper for PostgreSQL than unpacking a
 * JSON array), written only if the append moved the head.
 */
const UPSERT_ONE_AFTER_HEAD = `INSERT INTO proposals_v1 (${NAMES.join(', ')})
  SELECT ${DEFINED.map(([, type], i) => `$${i + 1}::${type}`).join(', ')} FROM ${MOVED_HEAD}
  ${CONFLICT}`;

const asParams = (row: ProposalRow): unknown[] =>
  NAMES.map((name) => (name === 'state' ? JSON.stringify(row.state) : row[name as keyof ProposalRow]));

const READ_STATES: PreparedStatement = {
  name: 'proposals_v1.read-states',
  text: 'SELECT proposal_id::text, state FROM proposals_v1 WHERE proposal_id = ANY($1::uuid[])',
};

/** Consecutive appends grouped by proposal, in the order they came (a proposal's events stay in order). */
const groupByProposal = (appends: AppendResult[]): PendingFold[] => {
  const folds = new Map<string, PendingFold>();
  for (const appended of appends) {
    // Lower case, as PostgreSQL prints a uuid: the key the stored rows come back under.
    const proposalId = proposalIdOf(appended.streamId)?.toLowerCase();
    if (!proposalId) continue;
    const fold = folds.get(proposalId) ?? {
      proposalId,
      events: [],
      version: 0,
      before: appended.foldedBefore as ProposalState | undefined,
    };
    fold.events.push(...appended.events);
    fold.version = appended.nextExpectedVersion;
    folds.set(proposalId, fold);
  }
  return [...folds.values()];
};

const foldEvents = (state: ProposalState, events: FoldedEvent[]): ProposalState =>
  events.reduce((folded, event) => {
    try {
      return evolve(folded, { type: event.type, data: event.data } as ProposalEvent);
    } catch (err) {
      const cause = err instanceof Error ? err.message : String(err);
      throw new Error(
        `event ${event.globalPosition ?? event.eventId} (${event.streamId} v${event.streamVersion} ${event.type}): ${cause}`,
      );
    }
  }, state);

/**
 * proposals.read.v1: list, detail and inbox, folded inline in the append's transaction so a query
 * after a command's 2xx sees it. Replay hands it a whole page of appends at once: the same code then
 * reads and writes each touched row once per page instead of once per event.
 */
export class ProposalReadModelProjection {
  static readonly projectionName = 'proposals.read.v1';

  /** What the last fold of a single append left, for the hooks that run after it in the same append. */
  private readonly folded = new WeakMap<AppendResult | PlannedAppend, ProposalState>();

  async apply(tx: Tx, appended: AppendResult): Promise<void> {
    const [state] = await this.applyAll(tx, [appended]);
    if (state) this.folded.set(appended, state);
  }

  /**
   * The live append's row as a part of its statement, folded from the command runner's state; null
   * without that state, since the row would have to be read first.
   */
  statementParts(planned: PlannedAppend): AppendStatementPart[] | null {
    if (!proposalIdOf(planned.streamId)) return [];
    const before = planned.foldedBefore as ProposalState | undefined;
    if (!before) return null;
    const state = foldEvents(before, planned.events);
    this.folded.set(planned, state);
    if (state.status === 'Empty') return [];
    const last = planned.events[planned.events.length - 1];
    const row = toProposalRow(state, planned.nextExpectedVersion, last.recordedAt);
    return [{ name: 'proposals_v1.upsert-one', text: UPSERT_ONE_AFTER_HEAD, params: asParams(row) }];
  }

  /**
   * The proposal as this projection just folded it for `appended` (undefined if it did not fold that
   * append), so a later hook of the same append need not read the row back.
   */
  stateAfter(appended: AppendResult | PlannedAppend): ProposalState | undefined {
    return this.folded.get(appended);
  }

  /**
   * Folds appends given in commit order: one read and one write of proposals_v1 however many there
   * are, and no read for a proposal the command runner already folded. Returns each touched
   * proposal's new state.
   */
  async applyAll(tx: Tx, appends: AppendResult[]): Promise<ProposalState[]> {
    const { rows, states } = await this.foldAll(tx, appends);
    await this.write(tx, rows);
    return [...states.values()];
  }

  /**
   * The folding half of applyAll: reads the rows it needs through `reader` and returns the rows to
   * write and each proposal's new state, by proposal id in lower case. A proposal whose append carries
   * `foldedBefore`, or that `known` holds (by the same key), starts from that state and is not read.
   */
  async foldAll(
    reader: Pick<Tx, 'query'>,
    appends: AppendResult[],
    known: ReadonlyMap<string, ProposalState> = new Map(),
  ): Promise<{ rows: ProposalRow[]; states: Map<string, ProposalState> }> {
    const folds = groupByProposal(appends);
    if (folds.length === 0) return { rows: [], states: new Map() };
    for (const fold of folds) fold.before ??= known.get(fold.proposalId);
    const unread = folds.filter((f) => !f.before).map((f) => f.proposalId);
    const stored = unread.length
      ? await queryPrepared<{ proposal_id: string; state: ProposalState }>(reader, READ_STATES, [unread])
      : [];
    const read = new Map(stored.map((row) => [row.proposal_id, row.state]));
    const rows: ProposalRow[] = [];
    const states = new Map<string, ProposalState>();
    for (const fold of folds) {
      const state = foldEvents(fold.before ?? read.get(fold.proposalId) ?? { status: 'Empty' }, fold.events);
      if (state.status !== 'Empty')
        rows.push(toProposalRow(state, fold.version, fold.events[fold.events.length - 1].recordedAt));
      states.set(fold.proposalId, state);
    }
    return { rows, states };
  }

  /** The writing half of applyAll: one upsert of every row. */
  async write(tx: Tx, rows: ProposalRow[]): Promise<void> {
    if (rows.length > 0) await queryPrepared(tx, UPSERT, [JSON.stringify(rows)]);
  }
}
