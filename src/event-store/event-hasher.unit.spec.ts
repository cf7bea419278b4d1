import { EventHasher } from './event-hasher';

describe('EventHasher', () => {
  const hasher = new EventHasher(Buffer.from('golden-test-key-0123456789abcdef'));
  const fields = {
    streamId: 'proposal-0b7f5a7e-3c1d-4e58-9a0b-6f2d8e1c4a90',
    streamVersion: 3,
    eventId: '6f1c2a56-1b1e-4d3e-9d3c-0a8b8f1f2b3c',
    type: 'StageApproved',
    schemaVersion: 1,
    data: {
      stageId: 'appraisal',
      comment: 'Đồng ý với đề án sắp xếp phòng Vĩnh Thuận, Hòa Bình và Đông Yên',
      approvedBy: { id: 'btctu-01', name: 'Lê Minh Chánh', bodies: ['BTCTU'] },
      figures: { before: 44, after: 40.5, ratio: 0.1, big: 1e21 },
    },
    metadata: {
      actor: { id: 'btctu-01', roles: ['reviewer'], orgUnit: null },
      correlationId: '0d9b7c1e-7c55-4c1a-8f0e-2b1d6f3e4a5b',
    },
    recordedAt: new Date('2026-11-30T06:05:00.122Z'),
    previousHash: 'a'.repeat(64),
  };

  it('gives the hash stored events were chained with (computed once, with npm canonicalize)', () => {
    expect(hasher.hash(fields)).toBe('d157f938de8e54d6fa07607e6ffc1f18c288a57840b18dc07067ddafd25529f6');
  });

  it('does not depend on the order of keys, and does on every value', () => {
    const reordered = { ...fields, data: Object.fromEntries(Object.entries(fields.data).reverse()) };
    expect(hasher.hash(reordered)).toBe(hasher.hash(fields));
    expect(hasher.hash({ ...fields, streamVersion: 4 })).not.toBe(hasher.hash(fields));
    expect(hasher.matches(fields, hasher.hash(fields))).toBe(true);
  });
});
