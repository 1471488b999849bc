import { Role } from '@rongtong/shared'
import { ROUTES } from '@/utils/route-paths'

/** A console screen that is open now; `permission` limits it to institution staff holding that permission. */
export interface ConsoleEntry {
  label: string
  description: string
  route: string
  testId: string
  permission?: string
}

export interface StaffConsole {
  title: string
  entries: readonly ConsoleEntry[]
  /** What the console will also do in later releases (DESIGN §5). */
  upcoming: readonly string[]
}

type StaffRole = Exclude<Role, Role.ENTERPRISE>

export const STAFF_CONSOLES: Record<StaffRole, StaffConsole> = {
  [Role.INSTITUTION_STAFF]: {
    title: '金融机构端',
    entries: [
      {
        label: '产品管理',
        description: '新建、编辑产品并提交上架审核，下架产品',
        route: ROUTES.productConsole,
        testId: 'open-product-console',
        permission: 'PRODUCT_MANAGER',
      },
    ],
    upcoming: ['申请受理与审批', '企业风控咨询报告', '需求大厅与预授信', '贷后预警'],
  },
  [Role.GOV_OFFICER]: {
    title: '政府端',
    entries: [],
    upcoming: ['按区域、行业、机构和时间的融资数据看板', '转贷申请受理', '政策成效分析', '金融风险监测'],
  },
  [Role.OPERATOR]: {
    title: '运营管理端',
    entries: [
      { label: '产品审核', description: '审核金融机构提交的新产品和产品变更', route: ROUTES.productReview, testId: 'open-product-review' },
      { label: '政策管理', description: '发布、编辑、撤回政策，向匹配企业推送', route: ROUTES.policyConsole, testId: 'open-policy-console' },
      { label: '资讯管理', description: '发布、编辑、撤回新闻动态', route: ROUTES.newsConsole, testId: 'open-news-console' },
      { label: '轮播图管理', description: '首页轮播图的图片、链接、排序和展示时间', route: ROUTES.bannerConsole, testId: 'open-banner-console' },
    ],
    upcoming: ['金融机构入驻与工作人员账号', '项目审核', '常见问题', '用户管理', '智能客服转人工'],
  },
  [Role.SYSTEM_ADMIN]: {
    title: '系统管理',
    entries: [],
    upcoming: ['系统参数配置', '风控模型管理（训练、对比、启用）', '工作人员账号管理'],
  },
  [Role.SECURITY_ADMIN]: {
    title: '安全管理',
    entries: [
      {
        label: '账号安全',
        description: '查看工作人员账号的锁定和身份验证器状态，解锁账号、重置动态验证码',
        route: ROUTES.accountSecurity,
        testId: 'open-account-security',
      },
    ],
    upcoming: ['账号与密码安全策略', '访问控制与权限审查', '安全事件查看'],
  },
  [Role.AUDIT_ADMIN]: {
    title: '安全审计',
    entries: [],
    upcoming: ['审计日志查询与核验'],
  },
}

export function consoleFor(role: Role): StaffConsole | null {
  return role === Role.ENTERPRISE ? null : STAFF_CONSOLES[role]
}

/** The entries this staff member may open. */
export function entriesFor(console: StaffConsole, permissions: readonly string[]): ConsoleEntry[] {
  return console.entries.filter((entry) => !entry.permission || permissions.includes(entry.permission))
}
