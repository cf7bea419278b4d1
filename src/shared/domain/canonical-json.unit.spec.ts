import { canonicalJson } from './canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'Hòa' } })).toBe(
      '{"a":{"c":"Hòa","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('gives one text for the same object written with its keys in another order', () => {
    const one = { streamId: 'proposal-1', data: { after: 10, before: 12 }, type: 'ProposalSubmitted' };
    const other = { type: 'ProposalSubmitted', data: { before: 12, after: 10 }, streamId: 'proposal-1' };
    expect(canonicalJson(one)).toBe(canonicalJson(other));
  });

  it('writes numbers in their shortest ECMAScript form', () => {
    expect(canonicalJson([1.0, 1e21, 0.1, -0])).toBe('[1,1e+21,0.1,0]');
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: NaN })).toThrow();
  });
});
