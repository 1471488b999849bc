// Tab pages stay in the main package; every other page lives in a subpackage so the main package stays small.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/market/index', 'pages/messages/index', 'pages/mine/index'],
  subPackages: [
    { root: 'packages/product', pages: ['detail/index'] },
    { root: 'packages/common', pages: ['building/index'] },
    { root: 'packages/content', pages: ['policies/index', 'policy-detail/index', 'news/index', 'news-detail/index', 'push/index', 'console/index', 'news-console/index', 'banner-console/index'] },
    { root: 'packages/tools', pages: ['calculator/index'] },
    { root: 'packages/recommend', pages: ['wizard/index'] },
    { root: 'packages/product-console', pages: ['products/index', 'edit/index', 'review/index'] },
    { root: 'packages/institutions', pages: ['list/index', 'detail/index'] },
    { root: 'packages/security-console', pages: ['accounts/index'] },
    { root: 'packages/data-consent', pages: ['consents/index', 'grant/index', 'records/index', 'enterprise/index'] },
    // Their addresses are fixed outside the app: the identity platform's redirect URI and the staff login link.
    { root: 'pages/auth', pages: ['callback/index'] },
    { root: 'pages/staff', pages: ['login/index', 'home/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f4f6fa',
    navigationBarBackgroundColor: '#1f5fd6',
    navigationBarTitleText: '融通',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    color: '#666e80',
    selectedColor: '#1f5fd6',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/market/index',
        text: '金融超市',
        iconPath: 'assets/tabbar/market.png',
        selectedIconPath: 'assets/tabbar/market-active.png',
      },
      {
        pagePath: 'pages/messages/index',
        text: '消息',
        iconPath: 'assets/tabbar/messages.png',
        selectedIconPath: 'assets/tabbar/messages-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tabbar/mine.png',
        selectedIconPath: 'assets/tabbar/mine-active.png',
      },
    ],
  },
})
