import { decodeInboxCursor, encodeInboxCursor } from './inbox-cursor';

const ID = '6f1c2a56-1b1e-4d3e-9d3c-0a8b8f1f2b3c';
const forged = (...parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');

describe('The inbox cursor', () => {
  it('gives back the key it was made from', () => {
    for (const key of [
      { dueOn: '2026-12-14', submittedAt: '2026-11-30T06:05:00.122000Z', proposalId: ID },
      { dueOn: 'infinity', submittedAt: '1970-01-01T00:00:00.000000Z', proposalId: ID },
      { dueOn: '2028-02-29', submittedAt: '2028-02-29T23:59:59.999999Z', proposalId: ID },
    ])
      expect(decodeInboxCursor(encodeInboxCursor(key))).toEqual(key);
  });

  it('refuses what it did not make, days that do not exist included', () => {
    for (const text of [
      'not-a-cursor',
      forged('2026-02-30', '2026-11-30T06:05:00.122000Z', ID),
      forged('2026-04-31', '2026-11-30T06:05:00.122000Z', ID),
      forged('0000-01-01', '2026-11-30T06:05:00.122000Z', ID),
      forged('2026-12-14', '2026-02-30T00:00:00.000000Z', ID),
      forged('2026-12-14', '2026-11-30T24:00:00.000000Z', ID),
      forged('2026-12-14', '2026-11-30 06:05:00.122+00', ID),
      forged('2026-12-14', '2026-11-30T06:05:00.122000Z', 'Hòa'),
      forged('2026-12-14', '2026-11-30T06:05:00.122000Z'),
      forged({ dueOn: '2026-12-14' }),
    ])
      expect(decodeInboxCursor(text)).toBeNull();
  });
});
