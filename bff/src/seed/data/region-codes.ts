/** GB/T 2260 codes of the places the seed data refers to. */
export const REGION_CODES = {
  HEFEI: '340100',
  FUYANG: '341200',
  YINGZHOU: '341202',
  YINGDONG: '341203',
  YINGQUAN: '341204',
  LINQUAN: '341221',
  TAIHE: '341222',
  FUNAN: '341225',
  YINGSHANG: '341226',
  JIESHOU: '341282',
} as const;
