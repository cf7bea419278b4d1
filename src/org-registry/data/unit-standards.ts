/**
 * unit-standards.csv as code. Base rows (NQ 1211/2016/UBTVQH13) start on 2016-05-25, the date the resolution
 * was adopted (its in-force date was not retrieved; what matters is that they apply in 2018). The Điều 3a
 * special-factor rows added by NQ 27/2022/UBTVQH15 start on 2023-01-01 and so never apply to the 2018 program.
 * Kept equal to the CSV by seed-data.unit.spec.ts.
 */
export interface SeedStandard {
  unitType: string;
  region: string;
  minPopulation: number;
  minAreaKm2: number;
  legalBasis: string;
  source: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export const BASE_STANDARDS_FROM = '2016-05-25';
export const SPECIAL_FACTOR_STANDARDS_FROM = '2023-01-01';

export const UNIT_STANDARDS: readonly SeedStandard[] = [
  {
    unitType: 'tỉnh',
    region: 'miền núi, vùng cao',
    minPopulation: 900000,
    minAreaKm2: 8000,
    legalBasis: 'NQ 1211/2016/UBTVQH13 Điều 1 (not changed by NQ 27/2022)',
    source:
      'https://www.chanhvanphong.com/2023/09/tieu-chuan-don-vi-hanh-chinh-nong-thon.html (text of 19/VBHN-VPQH)',
    effectiveFrom: BASE_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'tỉnh',
    region: 'other',
    minPopulation: 1400000,
    minAreaKm2: 5000,
    legalBasis: 'NQ 1211/2016/UBTVQH13 Điều 1 (not changed by NQ 27/2022)',
    source:
      'https://www.chanhvanphong.com/2023/09/tieu-chuan-don-vi-hanh-chinh-nong-thon.html (text of 19/VBHN-VPQH)',
    effectiveFrom: BASE_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'huyện',
    region: 'miền núi, vùng cao',
    minPopulation: 80000,
    minAreaKm2: 850,
    legalBasis: 'NQ 1211/2016/UBTVQH13 Điều 2 (not changed by NQ 27/2022)',
    source:
      'https://www.chanhvanphong.com/2023/09/tieu-chuan-don-vi-hanh-chinh-nong-thon.html (text of 19/VBHN-VPQH)',
    effectiveFrom: BASE_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'huyện',
    region: 'other',
    minPopulation: 120000,
    minAreaKm2: 450,
    legalBasis: 'NQ 1211/2016/UBTVQH13 Điều 2 (not changed by NQ 27/2022)',
    source:
      'https://www.chanhvanphong.com/2023/09/tieu-chuan-don-vi-hanh-chinh-nong-thon.html (text of 19/VBHN-VPQH)',
    effectiveFrom: BASE_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'xã',
    region: 'miền núi, vùng cao',
    minPopulation: 5000,
    minAreaKm2: 50,
    legalBasis: 'NQ 1211/2016/UBTVQH13 Điều 3 (not changed by NQ 27/2022)',
    source:
      'https://www.chanhvanphong.com/2023/09/tieu-chuan-don-vi-hanh-chinh-nong-thon.html (text of 19/VBHN-VPQH)',
    effectiveFrom: BASE_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'xã',
    region: 'other',
    minPopulation: 8000,
    minAreaKm2: 30,
    legalBasis: 'NQ 1211/2016/UBTVQH13 Điều 3 (not changed by NQ 27/2022)',
    source:
      'https://www.chanhvanphong.com/2023/09/tieu-chuan-don-vi-hanh-chinh-nong-thon.html (text of 19/VBHN-VPQH)',
    effectiveFrom: BASE_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'thành phố trực thuộc trung ương',
    region: 'all',
    minPopulation: 1500000,
    minAreaKm2: 1500,
    legalBasis: 'NQ 1211/2016/UBTVQH13 Điều 4',
    source:
      'https://nganhangphapluat.lawnet.vn/tu-van-phap-luat/bo-may-hanh-chinh/thanh-pho-truc-thuoc-trung-uong-phai-dap-ung-nhung-tieu-chuan-gi-257029',
    effectiveFrom: BASE_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'thành phố thuộc tỉnh',
    region: 'all',
    minPopulation: 150000,
    minAreaKm2: 150,
    legalBasis: 'NQ 1211/2016/UBTVQH13 Điều 5 (same text in 19/VBHN-VPQH 2022)',
    source:
      'https://hethongphapluat.com/van-ban-hop-nhat-19-vbhn-vpqh-nam-2022-hop-nhat-nghi-quyet-ve-tieu-chuan-cua-don-vi-hanh-chinh-va-phan-loai-don-vi-hanh-chinh-do-van-phong-quoc-hoi-ban-hanh/dieu-5 ; https://thuvienphapluat.vn/hoi-dap-phap-luat/3EC06-hd-tieu-chuan-cua-thanh-pho-thuoc-tinh-thanh-pho-thuoc-thanh-pho-truc-thuoc-trung-uong.html',
    effectiveFrom: BASE_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'quận',
    region: 'all',
    minPopulation: 150000,
    minAreaKm2: 35,
    legalBasis: 'NQ 1211/2016/UBTVQH13 Điều 7',
    source:
      'Q&A page dated 14/10/2024 quoting Điều 7 NQ 1211/2016 (seen only as a search excerpt; its URL was not given)',
    effectiveFrom: BASE_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'phường',
    region: 'phường thuộc quận',
    minPopulation: 15000,
    minAreaKm2: 5.5,
    legalBasis: 'NQ 1211/2016/UBTVQH13 Điều 8 (same text in 19/VBHN-VPQH 2022)',
    source:
      'https://hethongphapluat.com/van-ban-hop-nhat-19-vbhn-vpqh-nam-2022-hop-nhat-nghi-quyet-ve-tieu-chuan-cua-don-vi-hanh-chinh-va-phan-loai-don-vi-hanh-chinh-do-van-phong-quoc-hoi-ban-hanh/dieu-8 ; https://lawnet.vn/ngan-hang-phap-luat/tu-van-phap-luat/bo-may-hanh-chinh/tieu-chuan-cua-phuong-257037',
    effectiveFrom: BASE_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'phường',
    region: 'phường thuộc thành phố thuộc tỉnh',
    minPopulation: 7000,
    minAreaKm2: 5.5,
    legalBasis: 'NQ 1211/2016/UBTVQH13 Điều 8 (same text in 19/VBHN-VPQH 2022)',
    source:
      'https://hethongphapluat.com/van-ban-hop-nhat-19-vbhn-vpqh-nam-2022-hop-nhat-nghi-quyet-ve-tieu-chuan-cua-don-vi-hanh-chinh-va-phan-loai-don-vi-hanh-chinh-do-van-phong-quoc-hoi-ban-hanh/dieu-8 ; https://lawnet.vn/ngan-hang-phap-luat/tu-van-phap-luat/bo-may-hanh-chinh/tieu-chuan-cua-phuong-257037',
    effectiveFrom: BASE_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'phường',
    region: 'phường thuộc thị xã',
    minPopulation: 5000,
    minAreaKm2: 5.5,
    legalBasis: 'NQ 1211/2016/UBTVQH13 Điều 8 (same text in 19/VBHN-VPQH 2022)',
    source:
      'https://hethongphapluat.com/van-ban-hop-nhat-19-vbhn-vpqh-nam-2022-hop-nhat-nghi-quyet-ve-tieu-chuan-cua-don-vi-hanh-chinh-va-phan-loai-don-vi-hanh-chinh-do-van-phong-quoc-hoi-ban-hanh/dieu-8 ; https://lawnet.vn/ngan-hang-phap-luat/tu-van-phap-luat/bo-may-hanh-chinh/tieu-chuan-cua-phuong-257037',
    effectiveFrom: BASE_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'thị trấn',
    region: 'all',
    minPopulation: 8000,
    minAreaKm2: 14,
    legalBasis: 'NQ 1211/2016/UBTVQH13 Điều 9 (as quoted in a 2024 article)',
    source:
      'https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/ho-tro-phap-luat/tu-van-phap-luat/76353/02-huyen-co-nhieu-thi-tran-nhat-viet-nam-hien-nay',
    effectiveFrom: BASE_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'xã',
    region:
      'có đường biên giới quốc gia, hoặc có 30% dân số là người DTTS ở miền núi, vùng cao (non-mountain base)',
    minPopulation: 4000,
    minAreaKm2: 30,
    legalBasis:
      'NQ 27/2022/UBTVQH15 (in force 2023-01-01) adding Điều 3a khoản 1 to NQ 1211/2016/UBTVQH13: min population = 50% of base (8000); a further 5% off for each additional 10% ethnic-minority share, floor 20%; area unchanged (base). Figure computed here from the rule',
    source:
      'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/42899/bo-sung-tieu-chuan-don-vi-hanh-chinh-nong-thon-co-yeu-to-dac-thu',
    effectiveFrom: SPECIAL_FACTOR_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'xã',
    region:
      'có đường biên giới quốc gia, hoặc có 30% dân số là người DTTS ở miền núi, vùng cao (mountain base)',
    minPopulation: 2500,
    minAreaKm2: 50,
    legalBasis:
      'NQ 27/2022/UBTVQH15, Điều 3a khoản 1: 50% of base (5000); area unchanged. Figure computed here from the rule',
    source:
      'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/42899/bo-sung-tieu-chuan-don-vi-hanh-chinh-nong-thon-co-yeu-to-dac-thu',
    effectiveFrom: SPECIAL_FACTOR_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'huyện',
    region:
      'có đường biên giới quốc gia, hoặc có 30% dân số là người DTTS ở miền núi, vùng cao (non-mountain base)',
    minPopulation: 60000,
    minAreaKm2: 450,
    legalBasis:
      'NQ 27/2022/UBTVQH15, Điều 3a khoản 1: 50% of base (120000); area unchanged. Figure computed here from the rule',
    source:
      'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/42899/bo-sung-tieu-chuan-don-vi-hanh-chinh-nong-thon-co-yeu-to-dac-thu',
    effectiveFrom: SPECIAL_FACTOR_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'huyện',
    region:
      'có đường biên giới quốc gia, hoặc có 30% dân số là người DTTS ở miền núi, vùng cao (mountain base)',
    minPopulation: 40000,
    minAreaKm2: 850,
    legalBasis:
      'NQ 27/2022/UBTVQH15, Điều 3a khoản 1: 50% of base (80000); area unchanged. Figure computed here from the rule',
    source:
      'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/42899/bo-sung-tieu-chuan-don-vi-hanh-chinh-nong-thon-co-yeu-to-dac-thu',
    effectiveFrom: SPECIAL_FACTOR_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'xã',
    region: 'xã đặc biệt khó khăn vùng bãi ngang, ven biển (so recognised by a competent decision)',
    minPopulation: 4000,
    minAreaKm2: 30,
    legalBasis:
      'NQ 27/2022/UBTVQH15, Điều 3a: 50% of Điều 3 khoản 1 điểm b (8000); area unchanged. Figure computed here from the rule',
    source:
      'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/42899/bo-sung-tieu-chuan-don-vi-hanh-chinh-nong-thon-co-yeu-to-dac-thu',
    effectiveFrom: SPECIAL_FACTOR_STANDARDS_FROM,
    effectiveTo: null,
  },
  {
    unitType: 'xã',
    region: 'Đồng bằng sông Hồng (not applicable to Kiên Giang)',
    minPopulation: 8000,
    minAreaKm2: 21,
    legalBasis:
      'NQ 27/2022/UBTVQH15, Điều 3a: area = 70% of base (30 km2); population unchanged. Figure computed here from the rule',
    source:
      'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/42899/bo-sung-tieu-chuan-don-vi-hanh-chinh-nong-thon-co-yeu-to-dac-thu',
    effectiveFrom: SPECIAL_FACTOR_STANDARDS_FROM,
    effectiveTo: null,
  },
];
