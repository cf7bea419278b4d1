/** Which row of unit_standards measures a unit: its `unit_type` and `region` columns. */
export interface StandardKey {
  unitType: string;
  region: string;
}

/**
 * The 2018 program's reading of Resolution 1211/2016/UBTVQH13 for this province. Kiên Giang is not
 * "miền núi, vùng cao", so xã, huyện and tỉnh take the 'other' row. A phường's standard depends on
 * its parent (thành phố thuộc tỉnh or thị xã). Thị xã (Điều 6, not retrieved), ấp and khu phố have no row:
 * null, which the merger rules report as missing figures rather than guessing.
 */
export const standardKeyFor = (unitType: string, parentType: string | null): StandardKey | null => {
  switch (unitType) {
    case 'Xã':
      return { unitType: 'xã', region: 'other' };
    case 'Phường':
      if (parentType === 'Thành phố')
        return { unitType: 'phường', region: 'phường thuộc thành phố thuộc tỉnh' };
      if (parentType === 'Thị xã') return { unitType: 'phường', region: 'phường thuộc thị xã' };
      return null;
    case 'Thị trấn':
      return { unitType: 'thị trấn', region: 'all' };
    case 'Huyện':
      return { unitType: 'huyện', region: 'other' };
    case 'Thành phố':
      return { unitType: 'thành phố thuộc tỉnh', region: 'all' };
    case 'Tỉnh':
      return { unitType: 'tỉnh', region: 'other' };
    default:
      return null;
  }
};
