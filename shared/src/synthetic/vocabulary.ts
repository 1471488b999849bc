/** Word lists for synthetic names. Frequencies are rough, chosen to look plausible, not to be statistics. */

/** Common surnames, most frequent first; the first ones are picked more often. */
export const SURNAMES: readonly string[] = [
  ...'王李张刘陈杨黄赵吴周',
  ...'徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹',
  ...'彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶贺顾毛郝龚邵万钱严武戴孔汤',
];

export const GIVEN_NAME_CHARACTERS: readonly string[] = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国志文斌辉鹏飞宇浩鑫婷雪丹晨阳林波宁凯俊峰海亮龙云燕慧萍莉玲琳倩欣佳颖梅春东新成永庆德正安长金福忠立晓彬',
];

/** Characters for a trade name (字号), two of them per name. */
export const TRADE_NAME_CHARACTERS: readonly string[] = [
  ...'鑫华瑞安汇恒盛宏泰达昌兴隆源丰顺祥富佳诚信和利康嘉润德美新通金益创博睿锦辰天正远豪誉腾峰晟禾颍皖徽',
];

export interface IndustryProfile {
  /** GB/T 4754-2017 division code. */
  division: string;
  weight: number;
  /** Words between the trade name and the legal-form suffix of a company: 阜阳鑫华[商贸]有限公司. */
  companyWords: readonly string[];
  /** Shop names for individual businesses (个体工商户); empty when the trade is not run as one. */
  shopWords: readonly string[];
}

export const INDUSTRY_PROFILES: readonly IndustryProfile[] = [
  { division: '01', weight: 4, companyWords: ['农业科技', '生态农业', '种植'], shopWords: ['种植场', '家庭农场'] },
  { division: '03', weight: 3, companyWords: ['畜牧', '养殖'], shopWords: ['养殖场'] },
  { division: '05', weight: 1, companyWords: ['农业服务', '农机服务'], shopWords: ['农机服务部'] },
  { division: '13', weight: 3, companyWords: ['粮油', '农副产品加工', '面业'], shopWords: ['粮油加工坊'] },
  { division: '14', weight: 2, companyWords: ['食品'], shopWords: ['糕点坊'] },
  { division: '17', weight: 2, companyWords: ['纺织'], shopWords: [] },
  { division: '18', weight: 3, companyWords: ['服饰', '制衣'], shopWords: ['制衣坊'] },
  { division: '20', weight: 2, companyWords: ['木业'], shopWords: ['木器加工厂'] },
  { division: '21', weight: 2, companyWords: ['家具'], shopWords: ['家具厂'] },
  { division: '26', weight: 1, companyWords: ['化工'], shopWords: [] },
  { division: '27', weight: 1, companyWords: ['药业', '生物医药'], shopWords: [] },
  { division: '29', weight: 2, companyWords: ['塑业', '橡塑制品'], shopWords: [] },
  { division: '30', weight: 3, companyWords: ['建材', '新型建材'], shopWords: [] },
  { division: '33', weight: 2, companyWords: ['金属制品'], shopWords: [] },
  { division: '34', weight: 2, companyWords: ['机械', '机械设备'], shopWords: [] },
  { division: '35', weight: 1, companyWords: ['专用设备', '环保设备'], shopWords: [] },
  { division: '36', weight: 1, companyWords: ['汽车零部件'], shopWords: [] },
  { division: '38', weight: 2, companyWords: ['电气', '电器'], shopWords: [] },
  { division: '39', weight: 2, companyWords: ['电子科技', '电子'], shopWords: [] },
  { division: '42', weight: 1, companyWords: ['再生资源'], shopWords: ['废品回收站'] },
  { division: '47', weight: 3, companyWords: ['建筑工程', '建设工程'], shopWords: [] },
  { division: '50', weight: 2, companyWords: ['装饰工程'], shopWords: ['装饰部'] },
  { division: '51', weight: 6, companyWords: ['商贸', '贸易', '农资'], shopWords: ['商行', '批发部', '农资经营部'] },
  {
    division: '52',
    weight: 8,
    companyWords: ['商业连锁', '超市'],
    shopWords: ['便利店', '超市', '五金店', '百货店', '建材店', '服装店'],
  },
  { division: '54', weight: 3, companyWords: ['物流', '运输'], shopWords: ['货运部'] },
  { division: '59', weight: 1, companyWords: ['仓储'], shopWords: [] },
  { division: '61', weight: 1, companyWords: ['酒店管理'], shopWords: ['宾馆', '旅馆'] },
  { division: '62', weight: 5, companyWords: ['餐饮管理', '餐饮'], shopWords: ['小吃店', '饭店', '面馆', '烧烤店'] },
  { division: '64', weight: 1, companyWords: ['网络科技'], shopWords: [] },
  { division: '65', weight: 2, companyWords: ['信息技术', '软件科技'], shopWords: [] },
  { division: '72', weight: 2, companyWords: ['企业管理咨询', '商务服务'], shopWords: ['广告部'] },
  { division: '74', weight: 1, companyWords: ['工程技术', '检测技术'], shopWords: [] },
  { division: '75', weight: 1, companyWords: ['科技'], shopWords: [] },
  { division: '80', weight: 2, companyWords: ['家政服务'], shopWords: ['理发店', '洗衣店', '摄影部'] },
  { division: '81', weight: 2, companyWords: ['汽车服务'], shopWords: ['汽车修理部', '家电维修部'] },
  { division: '83', weight: 1, companyWords: ['教育科技', '培训'], shopWords: [] },
];

/** Farmers' cooperatives by division: 临泉县鑫华[蔬菜种植]专业合作社. */
export const COOPERATIVE_PROFILES: readonly { division: string; words: readonly string[] }[] = [
  { division: '01', words: ['蔬菜种植', '粮食种植', '果蔬种植', '中药材种植'] },
  { division: '03', words: ['生猪养殖', '肉牛养殖', '家禽养殖'] },
  { division: '05', words: ['农机', '植保'] },
];
