/** Features announced in the UI whose screens arrive in later releases; wording from the tender. */
export const FEATURES = {
  apply: {
    title: '在线申请',
    description: '授权使用企业政务数据、完成人脸识别后在线提交贷款申请，金融机构在线审批，申请进度实时可查。',
  },
  bridgeLoan: {
    title: '我要转贷',
    description: '中小微企业出现转贷需求时，在线填写转贷资金申请表，由转贷基金和相关部门在线受理。',
  },
  demand: {
    title: '融资需求',
    description: '金融超市的产品不满足需求时，在线发布融资需求，实时查看金融机构查阅和处理进展。',
  },
  applications: {
    title: '我的申请',
    description: '金融产品申请订单的实时进度查询。',
  },
  demands: {
    title: '我的需求',
    description: '融资需求的发布、预授信机构选择和一键重发。',
  },
} as const satisfies Record<string, { title: string; description: string }>

export type FeatureKey = keyof typeof FEATURES

export function isFeatureKey(value: unknown): value is FeatureKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FEATURES, value)
}
