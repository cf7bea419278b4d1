import {
  PROPOSAL_EVENT_SCHEMA_VERSIONS,
  PROPOSAL_EVENT_TYPES,
  type StageOpenedV1Data,
} from '../../proposals/domain/proposal.events';
import { registeredUpcasters } from './registered-upcasters';

describe('The registered upcasters', () => {
  it('write every proposal event at the schema version the domain declares', () =>
    expect(
      Object.fromEntries(PROPOSAL_EVENT_TYPES.map((t) => [t, registeredUpcasters.currentVersion(t)])),
    ).toEqual(PROPOSAL_EVENT_SCHEMA_VERSIONS));

  it('read a v1 StageOpened as v2 with its SLA unknown', () => {
    const v1: StageOpenedV1Data = {
      proposalId: 'p',
      stageId: 'appraisal',
      kind: 'appraisal',
      bodies: ['BTCTU'],
      openedAt: '2018-03-05T02:00:00.000Z',
      dueOn: '2018-03-19',
    };
    expect(registeredUpcasters.upcast({ type: 'StageOpened', schemaVersion: 1, data: v1 })).toEqual({
      type: 'StageOpened',
      schemaVersion: 2,
      data: { ...v1, slaWorkingDays: null },
    });
  });
});
