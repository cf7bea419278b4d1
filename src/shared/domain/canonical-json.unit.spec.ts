import canonicalize from 'canonicalize';
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

  it('writes the example of RFC 8785 section 3.2.2 as the RFC does', () => {
    const input = {
      // The RFC's own literal, which JavaScript rounds on reading as the RFC expects.
      // eslint-disable-next-line no-loss-of-precision
      numbers: [333333333.33333329, 1e30, 4.5, 2e-3, 0.000000000000000000000000001],
      string: '\u20ac$\u000F\u000aA\'\u0042\u0022\u005c\\"/',
      literals: [null, true, false],
    };
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units, and keeps NFC and NFD spellings apart', () => {
    const nfd = 'Hòa'.normalize('NFD');
    const keys = { ề: 1, e: 2, '€': 3, '😀': 4, '\u0080': 5, Z: 6, Hòa: 7, [nfd]: 8 };
    expect(canonicalJson(keys)).toBe(`{"${nfd}":8,"Hòa":7,"Z":6,"e":2,"\u0080":5,"ề":1,"€":3,"😀":4}`);
  });

  it('writes, byte for byte, what npm canonicalize wrote for the hashes already stored', () => {
    const random = seeded(20261130);
    for (let i = 0; i < 3_000; i++) {
      const value = jsonValue(random, 4);
      expect(canonicalJson(value)).toBe(canonicalize(value));
    }
    // Where safe-stable-stringify takes other paths: many keys, long strings, odd key names.
    const wide = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`${STRINGS[i % STRINGS.length]}${(i * 7919) % 300}`, i]),
    );
    const long = { text: 'Đề án sắp xếp "Vĩnh Thuận"\n'.repeat(400), ['__proto__']: 1, '\u2028\u007f': 2 };
    for (const value of [wide, long]) expect(canonicalJson(value)).toBe(canonicalize(value));
    expect(Object.keys(long)).toContain('__proto__');
  });
});

/** mulberry32: a small deterministic generator, so a failure can be replayed. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

const STRINGS = [
  'Vĩnh Thuận',
  'Đông Yên'.normalize('NFD'),
  'Hòa',
  'a"b\\c',
  'tab\tnew\nline\u0001',
  '\ud800',
  '😀',
  '',
  '€',
];
const NUMBERS = [0, -0, 1, -1, 0.1, 1e21, 1e-7, 123456789.125, 2 ** 53, -4.5e-300, 5e-324];

const jsonValue = (random: () => number, depth: number): unknown => {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const kind = Math.floor(random() * (depth > 0 ? 7 : 5));
  if (kind === 0) return null;
  if (kind === 1) return random() < 0.5;
  if (kind === 2)
    return random() < 0.5 ? pick(NUMBERS) : (random() - 0.5) * 10 ** Math.floor(random() * 40 - 20);
  if (kind === 3 || kind === 4) return pick(STRINGS) + (random() < 0.3 ? pick(STRINGS) : '');
  if (kind === 5) return Array.from({ length: Math.floor(random() * 4) }, () => jsonValue(random, depth - 1));
  const entries = Array.from({ length: Math.floor(random() * 5) }, () => [
    pick(STRINGS) + pick(['', 'Id', 'ở', 'A']),
    jsonValue(random, depth - 1),
  ]);
  return Object.fromEntries(entries);
};
