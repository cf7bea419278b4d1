import {
  aCreateDraft,
  aDelegateStage,
  aGiveOpinion,
  aRecordImplementation,
  aRequestRevision,
  approved,
  atVote,
  auditor,
  aCastVote,
  day,
  drafted,
  financeReviewer,
  historyOf,
  inAppraisal,
  inConsultation,
  lead,
  members,
  meta,
  organizationBoard,
  organizationDeputy,
  otherSubmitter,
  secretary,
  stateOf,
  T0,
  voteOpen,
} from '../../../test/support/proposal-builders';
import { allowedActions } from './allowed-actions';
import { initialState } from './proposal.state';

describe('allowedActions', () => {
  it('offers nothing on an empty stream', () => expect(allowedActions(initialState(), lead, T0)).toEqual([]));

  describe('a draft', () => {
    const state = stateOf(drafted());

    it('lets the lead agency edit, attach, submit and withdraw', () =>
      expect(allowedActions(state, lead, T0)).toEqual(['edit', 'attach', 'submit', 'withdraw']));

    it('offers nothing to another agency or an auditor', () => {
      expect(allowedActions(state, otherSubmitter, T0)).toEqual([]);
      expect(allowedActions(state, auditor, T0)).toEqual([]);
    });
  });

  describe('in appraisal', () => {
    const state = stateOf(inAppraisal());

    it('lets the Organization Board decide and delegate', () =>
      expect(allowedActions(state, organizationBoard, T0)).toEqual([
        'attach',
        'approve',
        'request-revision',
        'reject',
        'delegate',
      ]));

    it('leaves the lead agency only the withdrawal', () =>
      expect(allowedActions(state, lead, T0)).toEqual(['withdraw']));

    it('lets a body consulted later delegate ahead of time, nothing else', () =>
      expect(allowedActions(state, financeReviewer, T0)).toEqual(['delegate']));

    it('offers nothing to an auditor who sits on the body', () =>
      expect(allowedActions(state, auditor, T0)).toEqual([]));

    it('gives a delegate the holder’s decisions inside the window only', () => {
      const delegated = stateOf(historyOf([aDelegateStage()], inAppraisal()));
      expect(allowedActions(delegated, organizationDeputy, day(2))).toEqual([
        'attach',
        'approve',
        'request-revision',
        'reject',
      ]);
      expect(allowedActions(delegated, organizationDeputy, day(9))).toEqual([]);
    });
  });

  describe('in consultation', () => {
    const state = stateOf(inConsultation());

    it('asks each consulted body for its opinion until it answered', () => {
      expect(allowedActions(state, financeReviewer, day(2))).toEqual(['attach', 'give-opinion', 'delegate']);
      const answered = stateOf(
        historyOf([aGiveOpinion('STC', meta(financeReviewer, day(2)))], inConsultation()),
      );
      expect(allowedActions(answered, financeReviewer, day(3))).toEqual(['attach', 'delegate']);
    });

    it('lets the presiding body close it only after the due date', () => {
      expect(allowedActions(state, organizationBoard, day(10))).toEqual([
        'attach',
        'request-revision',
        'reject',
        'delegate',
      ]);
      expect(allowedActions(state, organizationBoard, day(11))).toEqual([
        'attach',
        'request-revision',
        'close-consultation',
        'reject',
        'delegate',
      ]);
    });
  });

  describe('at the Standing Committee', () => {
    it('lets the secretary open the vote, or return or reject before it', () =>
      expect(allowedActions(stateOf(atVote()), secretary, day(20))).toEqual([
        'attach',
        'request-revision',
        'open-vote',
        'reject',
      ]));

    it('gives members nothing to do before the vote opens', () =>
      expect(allowedActions(stateOf(atVote()), members[0], day(20))).toEqual([]));

    it('lets each member vote once and the secretary close', () => {
      const open = voteOpen();
      expect(allowedActions(stateOf(open), members[0], day(20))).toEqual(['cast-vote']);
      expect(allowedActions(stateOf(open), secretary, day(20))).toEqual(['attach', 'close-vote']);
      const voted = stateOf(historyOf([aCastVote('for', meta(members[0], day(20)))], open));
      expect(allowedActions(voted, members[0], day(20))).toEqual([]);
      expect(allowedActions(voted, members[1], day(20))).toEqual(['cast-vote']);
    });
  });

  it('lets the lead agency edit and resubmit a returned proposal', () => {
    const returned = stateOf(historyOf([aRequestRevision(meta(organizationBoard, day(1)))], inAppraisal()));
    expect(allowedActions(returned, lead, day(2))).toEqual(['edit', 'attach', 'resubmit', 'withdraw']);
    expect(allowedActions(returned, organizationBoard, day(2))).toEqual([]);
  });

  it('offers the implementation after approval, then nothing', () => {
    expect(allowedActions(stateOf(approved()), lead, day(21))).toEqual(['record-implementation']);
    expect(allowedActions(stateOf(historyOf([aRecordImplementation()], approved())), lead, day(31))).toEqual(
      [],
    );
  });

  it('offers nothing on a proposal another agency leads', () =>
    expect(allowedActions(stateOf(drafted(aCreateDraft())), { ...lead, orgUnit: 'STC' }, T0)).toEqual([]));

  it('offers the committee nothing once the proposal is approved', () => {
    expect(allowedActions(stateOf(approved()), secretary, day(20))).toEqual([]);
    expect(allowedActions(stateOf(approved()), members[14], day(20))).toEqual([]);
  });
});
