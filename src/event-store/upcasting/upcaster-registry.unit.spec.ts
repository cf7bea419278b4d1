import { InvalidUpcasterChain, UnknownSchemaVersion } from './upcaster';
import { UpcasterRegistry } from './upcaster-registry';

interface V1 {
  name: string;
}
interface V2 extends V1 {
  language: string;
}
interface V3 extends V2 {
  tags: string[];
}

const toV2 = (data: V1): V2 => ({ ...data, language: 'vi' });
const toV3 = (data: V2): V3 => ({ ...data, tags: [] });
const stored = (schemaVersion: number, data: unknown) => ({ type: 'Named', schemaVersion, data, hash: 'h' });

describe('UpcasterRegistry', () => {
  const registry = new UpcasterRegistry([
    { type: 'Named', fromVersion: 2, upcast: toV3 },
    { type: 'Named', fromVersion: 1, upcast: toV2 },
  ]);

  it('writes new events at one past the newest upcaster, and at 1 for types without any', () => {
    expect(registry.currentVersion('Named')).toBe(3);
    expect(registry.currentVersion('Other')).toBe(1);
  });

  it('lifts a v1 event through every step, keeping the rest of the envelope', () =>
    expect(registry.upcast(stored(1, { name: 'Vĩnh Hòa' }))).toEqual({
      type: 'Named',
      schemaVersion: 3,
      data: { name: 'Vĩnh Hòa', language: 'vi', tags: [] },
      hash: 'h',
    }));

  it('leaves the stored object untouched and returns a current one as it is', () => {
    const old = stored(2, { name: 'A', language: 'en' });
    const frozen = JSON.stringify(old);
    expect(registry.upcast(old).data).toEqual({ name: 'A', language: 'en', tags: [] });
    expect(JSON.stringify(old)).toBe(frozen);
    const current = stored(3, { name: 'B', language: 'vi', tags: ['x'] });
    expect(registry.upcast(current)).toBe(current);
  });

  it('refuses to read an event newer than the code knows', () =>
    expect(() => registry.upcast(stored(4, {}))).toThrow(UnknownSchemaVersion));

  it('refuses a chain with a gap or two steps from one version', () => {
    expect(() => new UpcasterRegistry([{ type: 'Named', fromVersion: 2, upcast: toV3 }])).toThrow(
      InvalidUpcasterChain,
    );
    expect(
      () =>
        new UpcasterRegistry([
          { type: 'Named', fromVersion: 1, upcast: toV2 },
          { type: 'Named', fromVersion: 1, upcast: toV2 },
        ]),
    ).toThrow(InvalidUpcasterChain);
  });
});
