import { Role } from '@rongtong/shared'

export interface ConsolePreview {
  title: string
  features: readonly string[]
}

type StaffRole = Exclude<Role, Role.ENTERPRISE>

/** The console each staff role gets in a later release (DESIGN §5), shown on the workbench until then. */
export const STAFF_CONSOLES: Record<StaffRole, ConsolePreview> = {
  [Role.INSTITUTION_STAFF]: {
    title: '金融机构端',
    features: ['申请受理与审批', '企业风控咨询报告', '需求大厅与预授信', '产品管理与上架审核', '贷后预警'],
  },
  [Role.GOV_OFFICER]: {
    title: '政府端',
    features: ['按区域、行业、机构和时间的融资数据看板', '转贷申请受理', '政策成效分析', '金融风险监测'],
  },
  [Role.OPERATOR]: {
    title: '运营管理端',
    features: ['金融机构入驻与工作人员账号', '产品与项目审核', '政策、资讯、轮播图与常见问题', '用户管理', '智能客服转人工'],
  },
  [Role.SYSTEM_ADMIN]: {
    title: '系统管理',
    features: ['系统参数配置', '风控模型管理（训练、对比、启用）', '工作人员账号管理'],
  },
  [Role.SECURITY_ADMIN]: {
    title: '安全管理',
    features: ['账号与密码安全策略', '访问控制与权限审查', '安全事件查看'],
  },
  [Role.AUDIT_ADMIN]: {
    title: '安全审计',
    features: ['审计日志查询与核验'],
  },
}

export function consoleFor(role: Role): ConsolePreview | null {
  return role === Role.ENTERPRISE ? null : STAFF_CONSOLES[role]
}
