/** Home carousel banners; images ship with the app under /assets/banners, links open in-app pages. */
export interface BannerSeed {
  key: string;
  title: string;
  subtitle: string;
  imageUrl: string;
  linkPath: string;
}

export const BANNER_SEEDS: readonly BannerSeed[] = [
  {
    key: 'financial-supermarket',
    title: '金融超市 一站式融资',
    subtitle: '银行、担保、小贷等机构产品集中展示，在线比选、一键申请',
    imageUrl: '/assets/banners/supermarket.svg',
    linkPath: '/pages/market/index',
  },
  {
    key: 'loan-calculator',
    title: '贷款计算器',
    subtitle: '等额本息、等额本金、先息后本，月供利息一算便知',
    imageUrl: '/assets/banners/calculator.svg',
    linkPath: '/packages/tools/calculator/index',
  },
  {
    key: 'gov-data',
    title: '政务数据授权 替代纸质材料',
    subtitle: '授权即用，最快几分钟完成贷款申请',
    imageUrl: '/assets/banners/gov-data.svg',
    linkPath: '/pages/market/index',
  },
];
