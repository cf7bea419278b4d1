import { standardKeyFor } from './unit-standard-key';

describe('The standard that measures a unit (2018 program, NQ 1211/2016)', () => {
  it.each([
    ['Xã', 'Huyện', { unitType: 'xã', region: 'other' }],
    ['Phường', 'Thành phố', { unitType: 'phường', region: 'phường thuộc thành phố thuộc tỉnh' }],
    ['Phường', 'Thị xã', { unitType: 'phường', region: 'phường thuộc thị xã' }],
    ['Thị trấn', 'Huyện', { unitType: 'thị trấn', region: 'all' }],
    ['Huyện', 'Tỉnh', { unitType: 'huyện', region: 'other' }],
    ['Thành phố', 'Tỉnh', { unitType: 'thành phố thuộc tỉnh', region: 'all' }],
    ['Tỉnh', null, { unitType: 'tỉnh', region: 'other' }],
  ])('%s under %s', (unitType, parentType, key) => expect(standardKeyFor(unitType, parentType)).toEqual(key));

  it.each([
    ['Thị xã', 'Tỉnh'],
    ['Ấp', 'Xã'],
    ['Khu phố', 'Phường'],
    ['Phường', 'Huyện'],
  ])('has none for %s under %s', (unitType, parentType) =>
    expect(standardKeyFor(unitType, parentType)).toBeNull(),
  );
});
