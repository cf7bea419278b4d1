import { PROPOSAL_TYPES, isUnitMerger } from '../domain/proposal.types';
import { requireApplicableDefinitions } from '../domain/rules/workflow-rules';
import { DEFAULT_WORKFLOWS } from './default-workflows';
import { NQ18_2018, type RulePack } from './rule-pack';
import { findRulePack, findWorkflow, rulePackInForce, workflowFor } from './workflow-lookup';
import { NoRulePackInForce, NoWorkflowInForce } from './workflow.errors';

describe('Rule packs', () => {
  it('puts the 2018 program in force from 1 January 2018', () => {
    expect(rulePackInForce('2018-01-01')).toBe(NQ18_2018);
    expect(rulePackInForce('2025-06-30')).toBe(NQ18_2018);
  });

  it('has no pack before the program', () =>
    expect(() => rulePackInForce('2017-12-31')).toThrow(NoRulePackInForce));

  it('carries the program’s rules as data', () =>
    expect(NQ18_2018.rules).toEqual({
      noNetIncrease: { focalPoints: true, staffing: true, exceptionProposalType: 'focal-point-increase' },
      mergerRequiredBelow: { populationShare: 0.5, areaShare: 0.5, basis: 'Nghị quyết 1211/2016/UBTVQH13' },
      committeeMajority: 'more-than-half-of-all-members',
      voterConsultationPassAbove: 0.5,
      requiredAttachmentKinds: ['proposal'],
    }));

  it('lets a later pack take over at its effective date, and the newest version win an overlap', () => {
    const nq18Amended: RulePack = { ...NQ18_2018, version: 2, effectiveFrom: '2019-01-01' };
    const pack2023: RulePack = { ...NQ18_2018, id: 'ubtvqh-2023', version: 1, effectiveFrom: '2023-08-01' };
    const packs = [{ ...NQ18_2018, effectiveUntil: '2023-07-31' }, nq18Amended, pack2023];
    expect(rulePackInForce('2018-06-01', packs).version).toBe(1);
    expect(rulePackInForce('2019-06-01', packs).version).toBe(2);
    expect(rulePackInForce('2023-08-01', [{ ...NQ18_2018, effectiveUntil: '2023-07-31' }, pack2023]).id).toBe(
      'ubtvqh-2023',
    );
  });

  it('finds a pinned pack by id and version', () => {
    expect(findRulePack('nq18-2018', 1)).toBe(NQ18_2018);
    expect(findRulePack('nq18-2018', 9)).toBeUndefined();
  });
});

describe('Default workflows', () => {
  it.each(PROPOSAL_TYPES.map((type) => [type]))(
    '%s runs appraisal → consultation → (voters) → Standing Committee',
    (type) => {
      const workflow = workflowFor(type, '2018-03-05');
      expect(workflow).toMatchObject({ id: `wf-${type}`, version: 1, proposalType: type });
      expect(workflow.stages.map((stage) => stage.kind)).toEqual(
        isUnitMerger(type)
          ? ['appraisal', 'consultation', 'tally', 'committee-vote']
          : ['appraisal', 'consultation', 'committee-vote'],
      );
      expect(workflow.stages[0]).toMatchObject({ kind: 'appraisal', body: 'BTCTU' });
      expect(workflow.stages[1]).toMatchObject({ presidingBody: 'BTCTU', includeCoordinatingAgencies: true });
      expect(workflow.stages.at(-1)).toMatchObject({ body: 'BTVTU', memberCount: 15 });
      expect(() => requireApplicableDefinitions(workflow, NQ18_2018, type, '2018-03-05')).not.toThrow();
    },
  );

  it('has one definition per proposal type', () =>
    expect(new Set(DEFAULT_WORKFLOWS.map((workflow) => workflow.proposalType)).size).toBe(
      PROPOSAL_TYPES.length,
    ));

  it('lets a voter consultation be judged on the units alone', () =>
    expect(
      workflowFor('commune-merger', '2018-03-05').stages.find((stage) => stage.kind === 'tally')?.covers,
    ).toEqual(['units']));

  it('has no workflow before the program', () =>
    expect(() => workflowFor('commune-merger', '2017-06-01')).toThrow(NoWorkflowInForce));

  it('finds a pinned workflow by id and version', () => {
    expect(findWorkflow('wf-hamlet-merger', 1)?.proposalType).toBe('hamlet-merger');
    expect(findWorkflow('wf-hamlet-merger', 2)).toBeUndefined();
  });
});
