import type { RulePack } from '../../workflows/rule-pack';
import { FigureInvalid } from '../errors/validation.errors';
import { JustificationRequired, NetIncreaseNeedsException } from '../errors/rule.errors';
import type { Figures, ProposalType } from '../proposal.types';

const FIGURE_KEYS = ['focalPoints', 'staffing', 'deputies'] as const;

const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;

/** Focal points, staffing and deputies are head counts: non-negative safe integers. */
export const requireFigures = (figures: unknown, field = 'figures'): void => {
  if (typeof figures !== 'object' || figures === null) throw new FigureInvalid(field, figures);
  for (const key of FIGURE_KEYS) {
    const pair = (figures as Record<string, unknown>)[key];
    if (typeof pair !== 'object' || pair === null) throw new FigureInvalid(`${field}.${key}`, pair);
    for (const side of ['before', 'after'] as const) {
      const value = (pair as Record<string, unknown>)[side];
      if (!isCount(value)) throw new FigureInvalid(`${field}.${key}.${side}`, value);
    }
  }
};

/**
 * "Không được tăng thêm đầu mối và biên chế": an increase is only possible on the exception path,
 * and only with a written justification.
 */
export const requireNoNetIncrease = (
  proposalType: ProposalType,
  figures: Figures,
  justification: string | null,
  pack: Pick<RulePack, 'id' | 'rules'>,
): void => {
  const { noNetIncrease } = pack.rules;
  const isException = proposalType === noNetIncrease.exceptionProposalType;
  const increases = (['focalPoints', 'staffing'] as const).filter(
    (key) => noNetIncrease[key] && figures[key].after > figures[key].before,
  );
  if (increases.length === 0) return;
  const [first] = increases;
  if (!isException)
    throw new NetIncreaseNeedsException(first, figures[first].before, figures[first].after, pack.id);
  if (justification === null) throw new JustificationRequired(pack.id);
};

const pair = (value: unknown): unknown =>
  typeof value === 'object' && value !== null
    ? { before: (value as Record<string, unknown>).before, after: (value as Record<string, unknown>).after }
    : value;

/** Only the three counts reach an event, whatever else a caller sent along. */
export const pickFigures = (figures: Figures): Figures =>
  typeof figures === 'object' && figures !== null
    ? ({
        focalPoints: pair(figures.focalPoints),
        staffing: pair(figures.staffing),
        deputies: pair(figures.deputies),
      } as Figures)
    : figures;
