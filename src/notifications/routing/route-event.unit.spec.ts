import { WorkingCalendar } from '../../shared/domain/working-calendar';
import type { ProposalSnapshot, RoutedEvent } from './notification-intent';
import { routeEvent, type RoutingContext } from './route-event';

const TET_2018 = ['2018-02-14', '2018-02-15', '2018-02-16', '2018-02-19', '2018-02-20'];
const ctx: RoutingContext = { calendar: new WorkingCalendar(TET_2018), standingCommitteeOffice: 'VPTU' };

const proposal: ProposalSnapshot = {
  proposalId: 'p-1',
  title: 'Sáp nhập xã Vĩnh Hòa và Vĩnh Thuận',
  proposalType: 'commune-merger',
  leadAgency: 'SNV',
  coordinatingAgencies: ['STC', 'STNMT'],
  stages: [
    { id: 'appraisal', kind: 'appraisal', title: 'Thẩm định', reviewingBody: 'BTCTU' },
    { id: 'consultation', kind: 'consultation', title: 'Lấy ý kiến', reviewingBody: 'BTCTU' },
    { id: 'standing-committee-vote', kind: 'committee-vote', title: 'Biểu quyết', reviewingBody: 'BTVTU' },
  ],
};

const event = (type: string, data: Record<string, unknown>): RoutedEvent => ({ eventId: 'e-1', type, data });
const route = (e: RoutedEvent) => routeEvent(e, proposal, ctx);
const summary = (e: RoutedEvent) =>
  route(e).map((i) => `${i.template}>${i.recipient}@${i.notBefore ?? 'now'}`);

describe('Routing events to notifications', () => {
  describe('given a stage opened on Friday 2018-02-09 (Hà Nội time), due after Tết', () => {
    const opened = event('StageOpened', {
      stageId: 'appraisal',
      kind: 'appraisal',
      bodies: ['BTCTU'],
      openedAt: '2018-02-09T03:00:00.000Z',
      dueOn: '2018-02-22',
    });

    it('then tells the body at once, reminds it the working day before, escalates the first working day after', () =>
      expect(summary(opened)).toEqual([
        'stage-opened>BTCTU@now',
        'stage-reminder>BTCTU@2018-02-21T01:00:00.000Z',
        'stage-escalation>BTCTU@2018-02-23T01:00:00.000Z',
        'stage-escalation>VPTU@2018-02-23T01:00:00.000Z',
      ]));

    it('then carries the stage, its title, due date and opening in the data', () =>
      expect(route(opened)[0].data).toMatchObject({
        proposalTitle: 'Sáp nhập xã Vĩnh Hòa và Vĩnh Thuận',
        stageId: 'appraisal',
        stageTitle: 'Thẩm định',
        dueOn: '2018-02-22',
        stageOpenedAt: '2018-02-09T03:00:00.000Z',
      }));
  });

  it('when a due date falls right after Tết, the reminder skips back over the holidays', () => {
    const opened = event('StageOpened', {
      stageId: 'appraisal',
      kind: 'appraisal',
      bodies: ['BTCTU'],
      openedAt: '2018-02-09T03:00:00.000Z',
      dueOn: '2018-02-21',
    });
    expect(route(opened).find((i) => i.template === 'stage-reminder')?.notBefore).toBe(
      '2018-02-13T01:00:00.000Z',
    );
  });

  it('when a consultation opens, each consulted body is asked for its opinion', () =>
    expect(
      summary(
        event('StageOpened', {
          stageId: 'consultation',
          kind: 'consultation',
          bodies: ['STC', 'STNMT'],
          openedAt: '2018-03-05T02:00:00.000Z',
          dueOn: '2018-03-19',
        }),
      ).filter((s) => s.endsWith('@now')),
    ).toEqual(['opinion-requested>STC@now', 'opinion-requested>STNMT@now']));

  it('when a vote opens, the committee (every member through its body) is told', () =>
    expect(summary(event('VoteOpened', { stageId: 'standing-committee-vote', body: 'BTVTU' }))).toEqual([
      'vote-opened>BTVTU@now',
    ]));

  it.each([
    ['RevisionRequested', 'revision-requested', { reason: 'Bổ sung số liệu' }],
    ['ProposalApproved', 'proposal-decided', {}],
    ['ProposalNotApproved', 'proposal-decided', {}],
    ['ProposalRejected', 'proposal-rejected', { reason: 'Không đủ điều kiện' }],
  ])('when %s, the lead and the coordinating agencies hear of it', (type, template, data) =>
    expect(summary(event(type, { stageId: 'appraisal', ...data }))).toEqual([
      `${template}>SNV@now`,
      `${template}>STC@now`,
      `${template}>STNMT@now`,
    ]),
  );

  it('when approved or not, the outcome is in the data', () => {
    expect(route(event('ProposalApproved', {}))[0].data.outcome).toBe('approved');
    expect(route(event('ProposalNotApproved', {}))[0].data.outcome).toBe('not-approved');
  });

  it('when a stage is delegated, the named delegate is told in person', () =>
    expect(
      summary(
        event('StageDelegated', {
          stageId: 'appraisal',
          holder: { id: 'h', name: 'Lê Minh Chánh' },
          delegate: { id: 'deputy-7', name: 'Phạm Thị Yên' },
        }),
      ),
    ).toEqual(['stage-delegated>user:deputy-7@now']));

  it('when a vote is cast or a draft edited, nobody is notified', () => {
    expect(route(event('VoteCast', { stageId: 'standing-committee-vote' }))).toEqual([]);
    expect(route(event('DraftEdited', {}))).toEqual([]);
  });

  it('never notifies one recipient twice for one event', () => {
    const both = { ...proposal, coordinatingAgencies: ['SNV', 'STC', 'STC'] };
    expect(routeEvent(event('ProposalRejected', { reason: 'x' }), both, ctx).map((i) => i.recipient)).toEqual(
      ['SNV', 'STC'],
    );
  });
});
