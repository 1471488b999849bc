import { Role } from '@rongtong/shared';
import type { DemoAccountSeed } from './types';

/** Staff permissions inside an institution (see DESIGN §4.1). */
export const INSTITUTION_PERMISSIONS = ['INSTITUTION_ADMIN', 'REVIEWER', 'PRODUCT_MANAGER'] as const;

/** The bank whose staff the institution demo accounts belong to. */
export const DEMO_INSTITUTION_KEY = 'yinghuai-rcb';

/**
 * Demo password shared by every demo account: 13 characters, four character classes and none of
 * the usernames. First start prints it; change it before any real use.
 */
export const DEMO_PASSWORD = 'Rongtong@2026';

/**
 * Demo TOTP secret of the operator and the three administrators (the RFC 6238 example secret most
 * authenticator tutorials use), printed by the first start so a person can add it to an authenticator app.
 */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

/** One demo account per role, printed by the first start. */
export const DEMO_ACCOUNT_SEEDS: readonly DemoAccountSeed[] = [
  {
    username: 'yinghuai-admin',
    displayName: '颍淮农商银行机构管理员',
    role: Role.INSTITUTION_STAFF,
    permissions: ['INSTITUTION_ADMIN'],
    institutionKey: DEMO_INSTITUTION_KEY,
    password: DEMO_PASSWORD,
    note: '金融机构端：维护颍淮农商银行的机构资料，创建本机构工作人员账号并分配审批、产品管理权限。',
  },
  {
    username: 'yinghuai-reviewer',
    displayName: '颍淮农商银行审批员',
    role: Role.INSTITUTION_STAFF,
    permissions: ['REVIEWER'],
    institutionKey: DEMO_INSTITUTION_KEY,
    password: DEMO_PASSWORD,
    note: '金融机构端：受理和审批本行产品的贷款申请，查看风控咨询报告，处理融资需求和贷后预警。',
  },
  {
    username: 'yinghuai-product',
    displayName: '颍淮农商银行产品经理',
    role: Role.INSTITUTION_STAFF,
    permissions: ['PRODUCT_MANAGER'],
    institutionKey: DEMO_INSTITUTION_KEY,
    password: DEMO_PASSWORD,
    note: '金融机构端：创建、修改和下架本行金融产品，提交平台审核并跟踪审核状态。',
  },
  {
    username: 'gov-officer',
    displayName: '市地方金融管理局工作人员',
    role: Role.GOV_OFFICER,
    permissions: [],
    institutionKey: null,
    password: DEMO_PASSWORD,
    note: '政府端：查看全市融资数据看板，受理转贷申请，开展政策效果分析和风险监测。',
  },
  {
    username: 'operator',
    displayName: '平台运营人员',
    role: Role.OPERATOR,
    permissions: [],
    institutionKey: null,
    password: DEMO_PASSWORD,
    totpSecret: DEMO_TOTP_SECRET,
    note: '运营管理端：审核机构入驻、金融产品和融资项目，维护政策、新闻、轮播图和常见问题，处理客服转人工。登录需动态验证码。',
  },
  {
    username: 'sys-admin',
    displayName: '系统管理员',
    role: Role.SYSTEM_ADMIN,
    permissions: [],
    institutionKey: null,
    password: DEMO_PASSWORD,
    totpSecret: DEMO_TOTP_SECRET,
    note: '三员之一：负责用户账号、系统参数和信用评分模型的管理，不能查看审计日志。登录需动态验证码。',
  },
  {
    username: 'sec-admin',
    displayName: '安全管理员',
    role: Role.SECURITY_ADMIN,
    permissions: [],
    institutionKey: null,
    password: DEMO_PASSWORD,
    totpSecret: DEMO_TOTP_SECRET,
    note: '三员之一：负责安全策略、角色权限和密钥轮换，处理账号锁定等安全事件。登录需动态验证码。',
  },
  {
    username: 'audit-admin',
    displayName: '审计管理员',
    role: Role.AUDIT_ADMIN,
    permissions: [],
    institutionKey: null,
    password: DEMO_PASSWORD,
    totpSecret: DEMO_TOTP_SECRET,
    note: '三员之一：唯一可以查阅审计日志的角色，负责审计系统管理员和安全管理员的操作。登录需动态验证码。',
  },
  {
    username: 'demo-enterprise',
    displayName: '演示企业用户',
    role: Role.ENTERPRISE,
    permissions: [],
    institutionKey: null,
    password: DEMO_PASSWORD,
    note: '用户服务端：企业用户通过安徽省统一身份认证平台（皖事通账号）登录，不在本平台设置密码；本地演示时在模拟的统一身份认证登录页中选择测试企业即可。',
  },
];
