/** Features announced in the UI whose screens arrive in later releases; wording from the tender. */
export const FEATURES = {
  recommend: {
    title: '产品推荐',
    description: '输入融资金额、融资期限、贷款偏好和期望利率，系统为企业匹配并推荐合适的金融产品。',
  },
  policies: {
    title: '政策法规',
    description: '汇集国家、安徽省及阜阳市的产业扶持政策，免费提供给企业及个人用户。',
  },
  bridgeLoan: {
    title: '我要转贷',
    description: '中小微企业出现转贷需求时，在线填写转贷资金申请表，由转贷基金和相关部门在线受理。',
  },
  calculator: {
    title: '贷款计算器',
    description: '按等额本息、等额本金、先息后本测算每期还款金额和利息总额。',
  },
  demand: {
    title: '融资需求',
    description: '金融超市的产品不满足需求时，在线发布融资需求，实时查看金融机构查阅和处理进展。',
  },
  institutions: {
    title: '金融机构',
    description: '银行、担保、小贷、融资租赁、转贷基金等各类金融机构名录，便于企业筛选。',
  },
  news: {
    title: '新闻动态',
    description: '按全国、全省、全市分类展示金融资讯，一站式获取最新动态。',
  },
  applications: {
    title: '我的申请',
    description: '金融产品申请订单的实时进度查询。',
  },
  demands: {
    title: '我的需求',
    description: '融资需求的发布、预授信机构选择和一键重发。',
  },
  consents: {
    title: '数据授权',
    description: '查看和撤回企业政务数据的使用授权，了解数据被谁、为何使用。',
  },
  policyPush: {
    title: '政策推送',
    description: '根据企业类型、资质和贷款偏好推送匹配的政策文件和金融产品。',
  },
} as const satisfies Record<string, { title: string; description: string }>

export type FeatureKey = keyof typeof FEATURES

export function isFeatureKey(value: unknown): value is FeatureKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FEATURES, value)
}
