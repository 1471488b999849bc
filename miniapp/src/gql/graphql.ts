/* eslint-disable */
import { InstitutionType } from '@rongtong/shared';
import { ProductCategory } from '@rongtong/shared';
import { GuaranteeMethod } from '@rongtong/shared';
import { RepaymentMethod } from '@rongtong/shared';
import { EnterpriseScale } from '@rongtong/shared';
import { EnterpriseType } from '@rongtong/shared';
import { PolicyLevel } from '@rongtong/shared';
import { ProductStatus } from '@rongtong/shared';
import { Role } from '@rongtong/shared';
import { DataSource } from '@rongtong/shared';
import { ConsentPurpose } from '@rongtong/shared';
import { ConsentGranteeKind } from '@rongtong/shared';
import { ConsentStatus } from '@rongtong/shared';
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, ISO 8601 in UTC on the wire, e.g. 2026-11-25T08:00:00.000Z */
  DateTime: { input: string; output: string; }
  /** An amount of money in integer fen (分); a JSON number that is a safe integer */
  Fen: { input: number; output: number; }
};

export type AcceptBiometricConsentInput = {
  /** 所展示授权书全文的 SHA-256 */
  sha256: Scalars['String']['input'];
  /** 所展示授权书的版本 */
  version: Scalars['String']['input'];
};

/** 申请进度时间线上的一步 */
export type ApplicationEvent = {
  __typename?: 'ApplicationEvent';
  action: LoanApplicationAction;
  actorKind: LoanApplicationActor;
  createdAt: Scalars['DateTime']['output'];
  fromState?: Maybe<LoanApplicationState>;
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
  toState: LoanApplicationState;
};

/** 申请材料：上传的文件，或已由政务数据替代的材料 */
export type ApplicationMaterial = {
  __typename?: 'ApplicationMaterial';
  createdAt: Scalars['DateTime']['output'];
  /** 下载地址（仅申请企业和审批机构可下载） */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  fileId?: Maybe<Scalars['ID']['output']>;
  fileName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 材料名称，取自产品的所需材料 */
  materialName: Scalars['String']['output'];
  mimeType?: Maybe<Scalars['String']['output']>;
  /** 替代该材料的政务数据 */
  replacedBySource?: Maybe<DataSource>;
  /** 文件内容的 SHA-256 */
  sha256?: Maybe<Scalars['String']['output']>;
  sizeBytes?: Maybe<Scalars['Int']['output']>;
};

/** 批准条件：须在产品的额度、利率、期限和还款方式范围内 */
export type ApproveLoanApplicationInput = {
  /** 批准金额（分），不超过申请金额 */
  approvedAmountFen: Scalars['Fen']['input'];
  /** 授信方式；不填为单笔贷款 */
  facilityType?: InputMaybe<LoanFacilityType>;
  /** 年利率（基点，435 = 4.35%） */
  rateBp: Scalars['Int']['input'];
  repaymentMethod: RepaymentMethod;
  termMonths: Scalars['Int']['input'];
};

export type AttachApplicationMaterialInput = {
  applicationId: Scalars['ID']['input'];
  /** 通过 POST /api/files?purpose=LOAN_MATERIAL 上传所得的文件编号 */
  fileId: Scalars['ID']['input'];
  /** 材料名称，须为产品所需材料之一 */
  materialName: Scalars['String']['input'];
};

/** 附件（平台上传的文件） */
export type Attachment = {
  __typename?: 'Attachment';
  /** 文件编号 */
  id: Scalars['ID']['output'];
  /** 类型（由文件内容识别） */
  mimeType: Scalars['String']['output'];
  /** 文件名 */
  name: Scalars['String']['output'];
  /** 大小（字节） */
  size: Scalars['Int']['output'];
  /** 下载路径（相对 BFF 地址），/api/files/… */
  url: Scalars['String']['output'];
};

export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  edges: Array<AuditLogEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** 审计日志条目（只增不改，哈希链防篡改） */
export type AuditLogEntry = {
  __typename?: 'AuditLogEntry';
  /** 操作，例如 LOGIN、LOGOUT、ACCESS_DENIED */
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['String']['output']>;
  actorRole?: Maybe<Role>;
  /** 附加信息（JSON），不含个人信息 */
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  /** SUCCESS、FAILURE 或 DENIED */
  result: Scalars['String']['output'];
  /** 序号，从 1 起连续递增 */
  seq: Scalars['Int']['output'];
  targetId?: Maybe<Scalars['String']['output']>;
  targetType?: Maybe<Scalars['String']['output']>;
};

export type AuditLogEntryEdge = {
  __typename?: 'AuditLogEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditLogEntry;
};

/** 登录凭证：访问令牌 15 分钟有效，刷新令牌 7 天有效且每次刷新后更换 */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  me: Me;
  /** 本次登录需告知用户的事项（例如与某企业的授权关系已由统一身份认证平台撤销），只随这次登录结果下发一次；刷新会话时为空 */
  notices: Array<Scalars['String']['output']>;
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
};

/** 首页轮播图 */
export type Banner = {
  __typename?: 'Banner';
  /** 结束展示时间（UTC ISO） */
  endsAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 平台内图片路径：上传的图片 /api/files/…，或内置的 /assets/banners/… */
  imageUrl: Scalars['String']['output'];
  /** 应用内跳转页面路径 */
  linkPath?: Maybe<Scalars['String']['output']>;
  sortOrder: Scalars['Int']['output'];
  /** 开始展示时间（UTC ISO） */
  startsAt?: Maybe<Scalars['String']['output']>;
  status: BannerStatus;
  subtitle?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** 轮播图内容；修改时整体替换 */
export type BannerInput = {
  endsAt?: InputMaybe<Scalars['String']['input']>;
  imageUrl: Scalars['String']['input'];
  linkPath?: InputMaybe<Scalars['String']['input']>;
  /** 省略时排在最后 */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  startsAt?: InputMaybe<Scalars['String']['input']>;
  /** 省略时为启用 */
  status?: InputMaybe<BannerStatus>;
  subtitle?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** 启用 / 停用 */
export enum BannerStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE'
}

/** 人脸信息处理授权书（单独同意） */
export type BiometricConsentAgreement = {
  __typename?: 'BiometricConsentAgreement';
  /** 当前用户同意本版本的时间；未同意为空 */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 全文（UTF-8）的 SHA-256，同意时原样回传 */
  sha256: Scalars['String']['output'];
  /** 全文，须完整展示后再请用户同意 */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** 版本 */
  version: Scalars['String']['output'];
};

/** 数据授权协议（某一用途的当前版本）；授权前须完整展示 */
export type ConsentAgreement = {
  __typename?: 'ConsentAgreement';
  publishedAt: Scalars['DateTime']['output'];
  purpose: ConsentPurpose;
  /** 协议全文（UTF-8）的 SHA-256，64 位小写十六进制 */
  sha256: Scalars['String']['output'];
  /** 协议全文；授权时回传其 SHA-256 */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

export { ConsentGranteeKind };

export { ConsentPurpose };

export { ConsentStatus };

/** 草稿 / 已发布 / 已撤回 */
export enum ContentStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN'
}

/** 金融机构在柜台完成的申请人身份核验（线下核验） */
export type CounterVerification = {
  __typename?: 'CounterVerification';
  applicationId: Scalars['ID']['output'];
  applicationNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  purpose: CounterVerificationPurpose;
  verifiedAt: Scalars['DateTime']['output'];
};

export enum CounterVerificationPurpose {
  /** 签署合同前的身份核验 */
  SIGNING = 'SIGNING',
  /** 提交申请前的身份核验 */
  SUBMISSION = 'SUBMISSION'
}

/** 新建申请草稿：企业信息由登记信息预填 */
export type CreateLoanApplicationInput = {
  /** 申请金额（分），须在产品额度范围内 */
  amountFen?: InputMaybe<Scalars['Fen']['input']>;
  /** 客户端生成的请求编号（16–64 位），重试时保持不变 */
  idempotencyKey: Scalars['String']['input'];
  /** 期望的还款方式，须为产品支持的方式 */
  preferredRepaymentMethod?: InputMaybe<RepaymentMethod>;
  productId: Scalars['ID']['input'];
  /** 借款用途（2–500 字） */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** 申请期限（月），须在产品期限范围内 */
  termMonths?: InputMaybe<Scalars['Int']['input']>;
  /** 身份核验方式：人脸核验，或到机构柜台线下核验 */
  verificationPath?: InputMaybe<IdentityVerificationPath>;
};

export type CreateStaffAccountInput = {
  displayName: Scalars['String']['input'];
  /** 所属金融机构，仅金融机构工作人员 */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** 机构内权限，仅金融机构工作人员：INSTITUTION_ADMIN、REVIEWER、PRODUCT_MANAGER */
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
  role: Role;
  username: Scalars['String']['input'];
};

/** 新建的账号及其初始密码（仅此一次显示，首次登录须修改） */
export type CreatedStaffAccount = {
  __typename?: 'CreatedStaffAccount';
  account: StaffAccount;
  initialPassword: Scalars['String']['output'];
};

/** 数据授权 */
export type DataConsent = {
  __typename?: 'DataConsent';
  /** 授权时展示的协议全文的 SHA-256 */
  agreementSha256: Scalars['String']['output'];
  agreementVersion: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  grantedAt: Scalars['DateTime']['output'];
  /** 授权人（已脱敏） */
  grantedByName: Scalars['String']['output'];
  granteeInstitutionId?: Maybe<Scalars['ID']['output']>;
  granteeKind: ConsentGranteeKind;
  /** 数据接收方：金融机构名称，或“融通平台” */
  granteeName: Scalars['String']['output'];
  /** 授权人与企业的关系 */
  grantorRelation: EnterpriseRelation;
  id: Scalars['ID']['output'];
  productId?: Maybe<Scalars['ID']['output']>;
  /** 贷款申请指定的产品名称 */
  productName?: Maybe<Scalars['String']['output']>;
  purpose: ConsentPurpose;
  /** 授权编号：调取政务数据时出示的授权凭证编号 */
  reference: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  sources: Array<DataSource>;
  /** 按当前时间计算的状态 */
  status: ConsentStatus;
};

export type DataConsentConnection = {
  __typename?: 'DataConsentConnection';
  edges: Array<DataConsentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DataConsentEdge = {
  __typename?: 'DataConsentEdge';
  cursor: Scalars['String']['output'];
  node: DataConsent;
};

export { DataSource };

/** 可授权调取的政务数据项 */
export type DataSourceInfo = {
  __typename?: 'DataSourceInfo';
  /** 包含哪些内容（授权前向用户说明） */
  contents: Scalars['String']['output'];
  label: Scalars['String']['output'];
  source: DataSource;
};

export enum DataUseKind {
  /** 调取数据 */
  FETCH = 'FETCH',
  /** 授权 */
  GRANT = 'GRANT',
  /** 撤销授权 */
  REVOKE = 'REVOKE',
  /** 查看数据 */
  VIEW = 'VIEW'
}

export enum DataUseOutcome {
  /** 失败 */
  FAILED = 'FAILED',
  /** 成功 */
  OK = 'OK',
  /** 已拒绝 */
  REFUSED = 'REFUSED'
}

/** 数据使用记录：谁、何时、为何目的、依据哪项授权使用了哪类数据 */
export type DataUseRecord = {
  __typename?: 'DataUseRecord';
  /** 操作人（已脱敏）；平台定时调取时为空 */
  actorName?: Maybe<Scalars['String']['output']>;
  /** 依据的数据授权 */
  consentId: Scalars['ID']['output'];
  /** 依据的数据授权编号（向政务数据交换平台出示的授权凭证编号） */
  consentReference: Scalars['String']['output'];
  /** 补充说明，如失败原因代码 */
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 接收或查看数据的金融机构；为空表示融通平台 */
  institutionId?: Maybe<Scalars['ID']['output']>;
  kind: DataUseKind;
  occurredAt: Scalars['DateTime']['output'];
  outcome: DataUseOutcome;
  /** 数据的接收或使用方：金融机构名称，或“融通平台” */
  partyName: Scalars['String']['output'];
  purpose: ConsentPurpose;
  /** 涉及的数据来源；授权和撤销授权涉及该授权的全部数据，为空 */
  source?: Maybe<DataSource>;
};

export type DataUseRecordConnection = {
  __typename?: 'DataUseRecordConnection';
  edges: Array<DataUseRecordEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DataUseRecordEdge = {
  __typename?: 'DataUseRecordEdge';
  cursor: Scalars['String']['output'];
  node: DataUseRecord;
};

export enum DrawdownStatus {
  /** 已取消 */
  CANCELLED = 'CANCELLED',
  /** 已放款 */
  DISBURSED = 'DISBURSED',
  /** 已还清 */
  REPAID = 'REPAID',
  /** 待放款 */
  REQUESTED = 'REQUESTED'
}

/** 当前用户可代表办理业务的企业 */
export type EnterpriseBinding = {
  __typename?: 'EnterpriseBinding';
  enterprise: EnterpriseSummary;
  relation: EnterpriseRelation;
};

/** 企业登记信息（经授权从政务数据共享交换平台获取） */
export type EnterpriseRegisterProfile = {
  __typename?: 'EnterpriseRegisterProfile';
  /** 数据截止日期，YYYY-MM-DD */
  asOf: Scalars['String']['output'];
  /** 数据是否完整 */
  complete: Scalars['Boolean']['output'];
  /** 成立日期，YYYY-MM-DD */
  establishedOn?: Maybe<Scalars['String']['output']>;
  /** 获取时间 */
  fetchedAt: Scalars['DateTime']['output'];
  /** 所属行业（国民经济行业分类门类或大类代码） */
  industryCode?: Maybe<Scalars['String']['output']>;
  industryName?: Maybe<Scalars['String']['output']>;
  /** 法定代表人（已脱敏） */
  legalRepresentativeMasked?: Maybe<Scalars['String']['output']>;
  /** 暂缺的登记项（中文名称） */
  missingFields: Array<Scalars['String']['output']>;
  /** 注册地区（行政区划代码） */
  regionCode?: Maybe<Scalars['String']['output']>;
  regionName?: Maybe<Scalars['String']['output']>;
  /** 注册资本（分） */
  registeredCapitalFen?: Maybe<Scalars['Fen']['output']>;
  /** 企业规模（按《中小企业划型标准规定》划分；无法划分时为空） */
  scale?: Maybe<EnterpriseScale>;
  /** 划型所依据的指标 */
  scaleBasis: Array<SmeIndicator>;
  /** 划型说明 */
  scaleNote: Scalars['String']['output'];
  /** 数据来源 */
  source: DataSource;
  status?: Maybe<RegistrationStatus>;
  type?: Maybe<EnterpriseType>;
};

/** 与企业的关系 */
export enum EnterpriseRelation {
  /** 经办人 */
  AGENT = 'AGENT',
  /** 法定代表人 */
  LEGAL_REPRESENTATIVE = 'LEGAL_REPRESENTATIVE'
}

export { EnterpriseScale };

/** 企业（概要） */
export type EnterpriseSummary = {
  __typename?: 'EnterpriseSummary';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 企业登记信息：经授权从政务数据获取；仅本企业的法定代表人或经办人可见，授权撤销或到期后不再显示 */
  registerProfile?: Maybe<EnterpriseRegisterProfile>;
  /** 统一社会信用代码 */
  uscc: Scalars['String']['output'];
};

export { EnterpriseType };

/** 一次人脸核验及其结果（结果以向核验机构查询确认的为准） */
export type FaceVerification = {
  __typename?: 'FaceVerification';
  applicationId: Scalars['ID']['output'];
  certifyId: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  purpose: FaceVerificationPurpose;
  /** 相似度 0–100（一位小数），确认后才有 */
  score?: Maybe<Scalars['Float']['output']>;
  state: FaceVerificationState;
};

/** 人脸核验用途 */
export enum FaceVerificationPurpose {
  /** 提交贷款申请 */
  APPLY = 'APPLY',
  /** 签署借款合同 */
  SIGN = 'SIGN'
}

/** 人脸核验有了确定结果 */
export type FaceVerificationResultEvent = LiveEvent & {
  __typename?: 'FaceVerificationResultEvent';
  /** 事件编号（按时间递增） */
  eventId: Scalars['ID']['output'];
  /** 事件发生时间（UTC） */
  occurredAt: Scalars['DateTime']['output'];
  /** 事件主题，如 message.received */
  topic: Scalars['String']['output'];
  verification: FaceVerification;
};

/** 已向核验机构下单：在皖事通内用 certifyId 调起人脸核验，H5 中打开 verifyUrl */
export type FaceVerificationStart = {
  __typename?: 'FaceVerificationStart';
  certifyId: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** 核验页地址（10 分钟内有效） */
  verifyUrl: Scalars['String']['output'];
};

/** 人脸核验状态 */
export enum FaceVerificationState {
  /** 10 分钟内未完成，已过期 */
  EXPIRED = 'EXPIRED',
  /** 核验未通过 */
  FAILED = 'FAILED',
  /** 已下单，待核验 */
  INIT = 'INIT',
  /** 核验通过（已向核验机构确认） */
  PASSED = 'PASSED',
  /** 核验中 */
  PENDING = 'PENDING'
}

/** 常见问题 */
export type Faq = {
  __typename?: 'Faq';
  answer: Scalars['String']['output'];
  category: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  keywords: Array<Scalars['String']['output']>;
  question: Scalars['String']['output'];
};

/** 一次刷新中某项政务数据的结果 */
export enum GovernmentDataOutcome {
  /** 数据源暂时不可用，已保留上次的数据 */
  CIRCUIT_OPEN = 'CIRCUIT_OPEN',
  /** 获取失败，已保留上次的数据 */
  FAILED = 'FAILED',
  /** 已更新 */
  FETCHED = 'FETCHED',
  /** 未授权平台获取 */
  NOT_CONSENTED = 'NOT_CONSENTED',
  /** 已更新，部分数据暂缺 */
  PARTIAL = 'PARTIAL',
  /** 一分钟内已更新 */
  RECENT = 'RECENT',
  /** 授权已失效，已停止获取并删除已获取的数据 */
  REFUSED = 'REFUSED',
  /** 数据源响应超时，已保留上次的数据 */
  TIMED_OUT = 'TIMED_OUT'
}

/** 刷新政务数据的结果 */
export type GovernmentDataRefresh = {
  __typename?: 'GovernmentDataRefresh';
  enterpriseId: Scalars['ID']['output'];
  /** 刷新后的企业登记信息（未授权市场主体登记信息时为空） */
  registerProfile?: Maybe<EnterpriseRegisterProfile>;
  sources: Array<GovernmentSourceRefresh>;
};

/** 一次刷新中一项政务数据的结果 */
export type GovernmentSourceRefresh = {
  __typename?: 'GovernmentSourceRefresh';
  /** 数据截止日期，YYYY-MM-DD */
  asOf?: Maybe<Scalars['String']['output']>;
  complete: Scalars['Boolean']['output'];
  /** 当前数据的获取时间 */
  fetchedAt?: Maybe<Scalars['DateTime']['output']>;
  label: Scalars['String']['output'];
  /** 暂缺的字段 */
  missingFields: Array<Scalars['String']['output']>;
  outcome: GovernmentDataOutcome;
  /** 结果说明 */
  outcomeLabel: Scalars['String']['output'];
  /** 所需的授权范围 */
  scope: DataSource;
  /** 数据项标识 */
  source: Scalars['String']['output'];
};

/** 数据授权：授权前须向用户完整展示当前版本的授权协议 */
export type GrantDataConsentInput = {
  /** 向用户展示的协议全文（UTF-8）的 SHA-256，64 位小写十六进制 */
  agreementSha256: Scalars['String']['input'];
  /** 向用户展示的授权协议版本 */
  agreementVersion: Scalars['String']['input'];
  /** 授权到期时间（ISO 8601）；不填为一年，且不超过该用途的最长期限 */
  expiresAt?: InputMaybe<Scalars['String']['input']>;
  /** 数据接收方：融通平台，或一家金融机构 */
  granteeKind: ConsentGranteeKind;
  /** 客户端生成的请求编号（16–64 位），重试同一次授权时保持不变 */
  idempotencyKey: Scalars['String']['input'];
  /** 接收方为金融机构时必填 */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** 贷款申请可指定该机构的一款已上架产品 */
  productId?: InputMaybe<Scalars['ID']['input']>;
  purpose: ConsentPurpose;
  /** 授权调取的数据项，至少一项，不可重复 */
  sources: Array<DataSource>;
};

export { GuaranteeMethod };

export type GuaranteeMethodFacet = {
  __typename?: 'GuaranteeMethodFacet';
  count: Scalars['Int']['output'];
  value: GuaranteeMethod;
};

/** 身份证识别结果：与本人实名信息一致且在有效期内 */
export type IdCardRecognition = {
  __typename?: 'IdCardRecognition';
  /** 人像面：姓名（脱敏） */
  nameMasked?: Maybe<Scalars['String']['output']>;
  recognizedAt: Scalars['DateTime']['output'];
  /** 人像面：公民身份号码（脱敏） */
  residentIdMasked?: Maybe<Scalars['String']['output']>;
  side: IdCardSide;
  /** 国徽面：有效期至（YYYY-MM-DD；长期为空） */
  validTo?: Maybe<Scalars['String']['output']>;
};

/** 身份证证件面 */
export enum IdCardSide {
  /** 国徽面 */
  BACK = 'BACK',
  /** 人像面 */
  FRONT = 'FRONT'
}

export enum IdentityVerificationPath {
  /** 线下核验 */
  COUNTER = 'COUNTER',
  /** 人脸核验 */
  FACE = 'FACE'
}

/** 金融机构 */
export type Institution = {
  __typename?: 'Institution';
  address: Scalars['String']['output'];
  contactPhone: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** YYYY-MM-DD */
  establishedOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 已上架的产品数 */
  productCount: Scalars['Int']['output'];
  /** 该机构已上架的产品 */
  products: ProductConnection;
  /** GB/T 2260 administrative division code of the seat, e.g. 341202 */
  regionCode: Scalars['String']['output'];
  /** 营业时间，如“周一至周五 8:30-17:30” */
  serviceHours?: Maybe<Scalars['String']['output']>;
  shortName: Scalars['String']['output'];
  type: InstitutionType;
  website?: Maybe<Scalars['String']['output']>;
};


/** 金融机构 */
export type InstitutionProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ProductSort>;
};

export type InstitutionConnection = {
  __typename?: 'InstitutionConnection';
  edges: Array<InstitutionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InstitutionEdge = {
  __typename?: 'InstitutionEdge';
  cursor: Scalars['String']['output'];
  node: Institution;
};

/** 金融机构名录的分类计数：按除机构类型以外的筛选条件统计，16 类机构全部列出，没有机构时计数为 0 */
export type InstitutionFacets = {
  __typename?: 'InstitutionFacets';
  /** 各类型之和（“全部”） */
  total: Scalars['Int']['output'];
  /** 按规范中的机构类型顺序 */
  types: Array<InstitutionTypeCount>;
};

export type InstitutionFilter = {
  keyword?: InputMaybe<Scalars['String']['input']>;
  /** institutions seated in this region or inside it (341200 includes 341202) */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<InstitutionType>>;
};

/** 机构申请队列的筛选条件 */
export type InstitutionLoanApplicationFilter = {
  maxAmountFen?: InputMaybe<Scalars['Fen']['input']>;
  minAmountFen?: InputMaybe<Scalars['Fen']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  states?: InputMaybe<Array<LoanApplicationState>>;
  /** 提交时间不早于（ISO 8601） */
  submittedFrom?: InputMaybe<Scalars['String']['input']>;
  /** 提交时间早于（ISO 8601） */
  submittedTo?: InputMaybe<Scalars['String']['input']>;
};

export { InstitutionType };

export type InstitutionTypeCount = {
  __typename?: 'InstitutionTypeCount';
  count: Scalars['Int']['output'];
  type: InstitutionType;
};

export type InstitutionTypeFacet = {
  __typename?: 'InstitutionTypeFacet';
  count: Scalars['Int']['output'];
  value: InstitutionType;
};

/** 实时事件：按 eventId 去重；断线重连时以最后收到的 eventId 作为 after 续传 */
export type LiveEvent = {
  /** 事件编号（按时间递增） */
  eventId: Scalars['ID']['output'];
  /** 事件发生时间（UTC） */
  occurredAt: Scalars['DateTime']['output'];
  /** 事件主题，如 message.received */
  topic: Scalars['String']['output'];
};

/** 贷款申请 */
export type LoanApplication = {
  __typename?: 'LoanApplication';
  /** 当前用户现在可以进行的操作 */
  allowedActions: Array<LoanApplicationAction>;
  /** 申请金额（分） */
  amountFen?: Maybe<Scalars['Fen']['output']>;
  /** 申请人姓名（申请企业和审批机构可见） */
  applicantName: Scalars['String']['output'];
  /** 申请人身份证号（已脱敏） */
  applicantResidentIdMasked?: Maybe<Scalars['String']['output']>;
  /** 提交时所依据的数据授权 */
  consentId?: Maybe<Scalars['ID']['output']>;
  contract?: Maybe<LoanContract>;
  createdAt: Scalars['DateTime']['output'];
  /** 审批所依据的信用评分快照 */
  creditScoreSnapshotId?: Maybe<Scalars['ID']['output']>;
  decision?: Maybe<LoanDecision>;
  /** 借款（放款）及各自的还款计划 */
  drawdowns: Array<LoanDrawdown>;
  enterpriseId: Scalars['ID']['output'];
  enterpriseName: Scalars['String']['output'];
  /** 成立日期 YYYY-MM-DD */
  establishedOn?: Maybe<Scalars['String']['output']>;
  /** 已提交或已受理的申请若无人处理，将于此时失效 */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** 行业代码（来自企业登记信息） */
  industryCode?: Maybe<Scalars['String']['output']>;
  /** 审批机构（申请产品所属的金融机构） */
  institutionId: Scalars['ID']['output'];
  institutionName: Scalars['String']['output'];
  /** 最近一次操作的时间 */
  lastActionAt: Scalars['DateTime']['output'];
  /** 申请材料 */
  materials: Array<ApplicationMaterial>;
  /** 申请编号，如 RT20261207000123 */
  number: Scalars['String']['output'];
  /** 期望的还款方式 */
  preferredRepaymentMethod?: Maybe<RepaymentMethod>;
  productId: Scalars['ID']['output'];
  productName: Scalars['String']['output'];
  /** 借款用途 */
  purpose?: Maybe<Scalars['String']['output']>;
  /** 注册地区代码（来自企业登记信息） */
  regionCode?: Maybe<Scalars['String']['output']>;
  /** 企业登记信息的数据日期；为空表示尚无经授权的登记信息 */
  registerAsOf?: Maybe<Scalars['String']['output']>;
  registeredCapitalFen?: Maybe<Scalars['Fen']['output']>;
  /** 还款记录 */
  repayments: Array<LoanRepayment>;
  scale?: Maybe<EnterpriseScale>;
  state: LoanApplicationState;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 申请期限（月） */
  termMonths?: Maybe<Scalars['Int']['output']>;
  /** 申请进度时间线，按发生顺序 */
  timeline: Array<ApplicationEvent>;
  updatedAt: Scalars['DateTime']['output'];
  /** 统一社会信用代码 */
  uscc: Scalars['String']['output'];
  /** 申请人选择的身份核验方式 */
  verificationPath?: Maybe<IdentityVerificationPath>;
  /** 提交时所依据的身份核验完成时间 */
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 每次操作加一；界面据此判断是否已是最新 */
  version: Scalars['Int']['output'];
  /** 当前用户在该申请中的身份 */
  viewerSide: LoanApplicationActor;
};

export enum LoanApplicationAction {
  /** 受理 */
  ACCEPT = 'ACCEPT',
  /** 批准 */
  APPROVE = 'APPROVE',
  /** 放款 */
  DISBURSE = 'DISBURSE',
  /** 超时失效 */
  EXPIRE = 'EXPIRE',
  /** 线下核验 */
  RECORD_COUNTER_VERIFICATION = 'RECORD_COUNTER_VERIFICATION',
  /** 拒绝 */
  REJECT = 'REJECT',
  /** 还款入账 */
  REPAY = 'REPAY',
  /** 申请借款 */
  REQUEST_DRAWDOWN = 'REQUEST_DRAWDOWN',
  /** 申请还款 */
  REQUEST_REPAYMENT = 'REQUEST_REPAYMENT',
  /** 结清 */
  SETTLE = 'SETTLE',
  /** 签署合同 */
  SIGN = 'SIGN',
  /** 提交申请 */
  SUBMIT = 'SUBMIT',
  /** 保存草稿 */
  UPDATE_DRAFT = 'UPDATE_DRAFT',
  /** 撤回申请 */
  WITHDRAW = 'WITHDRAW'
}

export enum LoanApplicationActor {
  /** 申请企业 */
  APPLICANT = 'APPLICANT',
  /** 金融机构 */
  INSTITUTION = 'INSTITUTION',
  /** 系统 */
  SYSTEM = 'SYSTEM'
}

export type LoanApplicationConnection = {
  __typename?: 'LoanApplicationConnection';
  edges: Array<LoanApplicationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LoanApplicationEdge = {
  __typename?: 'LoanApplicationEdge';
  cursor: Scalars['String']['output'];
  node: LoanApplication;
};

/** 贷款申请进度的一步（实时推送）；详情请据 applicationId 查询 loanApplication */
export type LoanApplicationEvent = LiveEvent & {
  __typename?: 'LoanApplicationEvent';
  action: LoanApplicationAction;
  actorKind: LoanApplicationActor;
  applicationId: Scalars['ID']['output'];
  /** 事件编号（按时间递增） */
  eventId: Scalars['ID']['output'];
  fromState?: Maybe<LoanApplicationState>;
  /** 申请编号 */
  number: Scalars['String']['output'];
  /** 事件发生时间（UTC） */
  occurredAt: Scalars['DateTime']['output'];
  toState: LoanApplicationState;
  /** 事件主题，如 message.received */
  topic: Scalars['String']['output'];
  /** 这一步之后申请的版本号 */
  version: Scalars['Int']['output'];
};

/** 申请表单：草稿中可只填部分，提交时须填齐金额、期限和用途 */
export type LoanApplicationFormInput = {
  /** 申请金额（分），须在产品额度范围内 */
  amountFen?: InputMaybe<Scalars['Fen']['input']>;
  /** 期望的还款方式，须为产品支持的方式 */
  preferredRepaymentMethod?: InputMaybe<RepaymentMethod>;
  /** 借款用途（2–500 字） */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** 申请期限（月），须在产品期限范围内 */
  termMonths?: InputMaybe<Scalars['Int']['input']>;
  /** 身份核验方式：人脸核验，或到机构柜台线下核验 */
  verificationPath?: InputMaybe<IdentityVerificationPath>;
};

export enum LoanApplicationState {
  /** 已受理 */
  ACCEPTED = 'ACCEPTED',
  /** 已批准 */
  APPROVED = 'APPROVED',
  /** 已放款 */
  DISBURSED = 'DISBURSED',
  /** 草稿 */
  DRAFT = 'DRAFT',
  /** 已失效 */
  EXPIRED = 'EXPIRED',
  /** 已拒绝 */
  REJECTED = 'REJECTED',
  /** 还款中 */
  REPAYING = 'REPAYING',
  /** 已结清 */
  SETTLED = 'SETTLED',
  /** 已签约 */
  SIGNED = 'SIGNED',
  /** 已提交 */
  SUBMITTED = 'SUBMITTED',
  /** 已撤回 */
  WITHDRAWN = 'WITHDRAWN'
}

/** 按批准条件生成的借款合同 */
export type LoanContract = {
  __typename?: 'LoanContract';
  /** 合同全文（UTF-8）的 SHA-256；签署时须原样提交，证明签署的就是这份文本 */
  sha256: Scalars['String']['output'];
  signedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 签署前的身份核验方式 */
  signingVerificationPath?: Maybe<IdentityVerificationPath>;
  text: Scalars['String']['output'];
};

/** 机构的审批结论：批准的条件，或拒绝的原因 */
export type LoanDecision = {
  __typename?: 'LoanDecision';
  /** 批准金额（分） */
  approvedAmountFen?: Maybe<Scalars['Fen']['output']>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  facilityType?: Maybe<LoanFacilityType>;
  /** 批准年利率（基点，435 = 4.35%） */
  rateBp?: Maybe<Scalars['Int']['output']>;
  rejectReasonCode?: Maybe<LoanRejectReason>;
  /** 拒绝原因（列表中的说法） */
  rejectReasonLabel?: Maybe<Scalars['String']['output']>;
  /** 机构写给申请企业的说明 */
  rejectReasonText?: Maybe<Scalars['String']['output']>;
  repaymentMethod?: Maybe<RepaymentMethod>;
  /** 批准期限（月） */
  termMonths?: Maybe<Scalars['Int']['output']>;
};

/** 一笔借款（单笔贷款的放款，或授信额度内的一次借款） */
export type LoanDrawdown = {
  __typename?: 'LoanDrawdown';
  amountFen: Scalars['Fen']['output'];
  /** 银行流水号 */
  bankReference?: Maybe<Scalars['String']['output']>;
  disbursedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** 剩余未还本金 */
  outstandingPrincipalFen: Scalars['Fen']['output'];
  /** 年利率（基点） */
  rateBp: Scalars['Int']['output'];
  recordedVia?: Maybe<LoanLedgerSource>;
  repaymentMethod: RepaymentMethod;
  requestedAt: Scalars['DateTime']['output'];
  /** 当前有效的还款计划（按期次）；重算前的旧计划不在其中 */
  schedule: Array<LoanInstalment>;
  /** 第几笔 */
  seq: Scalars['Int']['output'];
  status: DrawdownStatus;
  termMonths: Scalars['Int']['output'];
};

export enum LoanFacilityType {
  /** 授信额度（随借随还） */
  CREDIT_LINE = 'CREDIT_LINE',
  /** 单笔贷款 */
  TERM_LOAN = 'TERM_LOAN'
}

/** 还款计划中的一期 */
export type LoanInstalment = {
  __typename?: 'LoanInstalment';
  /** 还款日 YYYY-MM-DD（北京时间） */
  dueOn: Scalars['String']['output'];
  interestFen: Scalars['Fen']['output'];
  paymentFen: Scalars['Fen']['output'];
  period: Scalars['Int']['output'];
  principalFen: Scalars['Fen']['output'];
  status: LoanInstalmentStatus;
};

export enum LoanInstalmentStatus {
  /** 待还 */
  DUE = 'DUE',
  /** 已还 */
  PAID = 'PAID',
  /** 已重算 */
  SUPERSEDED = 'SUPERSEDED',
  /** 免除 */
  WAIVED = 'WAIVED'
}

export enum LoanLedgerSource {
  /** 银行核心系统 */
  BANK_CORE = 'BANK_CORE',
  /** 机构录入 */
  INSTITUTION = 'INSTITUTION'
}

export enum LoanRejectReason {
  /** 信用状况未达到要求 */
  CREDIT_INSUFFICIENT = 'CREDIT_INSUFFICIENT',
  /** 负债水平过高 */
  DEBT_TOO_HIGH = 'DEBT_TOO_HIGH',
  /** 所属行业受信贷政策限制 */
  INDUSTRY_POLICY = 'INDUSTRY_POLICY',
  /** 申请材料不完整或无法核实 */
  MATERIALS_INCOMPLETE = 'MATERIALS_INCOMPLETE',
  /** 不符合产品准入条件 */
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  /** 经营状况存在较大风险 */
  OPERATING_RISK = 'OPERATING_RISK',
  /** 其他原因 */
  OTHER = 'OTHER',
  /** 借款用途不明确或不合规 */
  PURPOSE_UNCLEAR = 'PURPOSE_UNCLEAR'
}

/** 一笔还款 */
export type LoanRepayment = {
  __typename?: 'LoanRepayment';
  amountFen: Scalars['Fen']['output'];
  /** 银行流水号 */
  bankReference?: Maybe<Scalars['String']['output']>;
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  drawdownId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  interestFen: Scalars['Fen']['output'];
  kind: RepaymentKind;
  /** 所还的期次 */
  period: Scalars['Int']['output'];
  principalFen: Scalars['Fen']['output'];
  recordedVia?: Maybe<LoanLedgerSource>;
  requestedAt: Scalars['DateTime']['output'];
  status: RepaymentStatus;
};

/** 还款试算：本次应还金额，以及提前部分还款后重算的还款计划 */
export type LoanRepaymentQuote = {
  __typename?: 'LoanRepaymentQuote';
  amountFen: Scalars['Fen']['output'];
  drawdownId: Scalars['ID']['output'];
  interestFen: Scalars['Fen']['output'];
  kind: RepaymentKind;
  period: Scalars['Int']['output'];
  principalFen: Scalars['Fen']['output'];
  /** 提前部分还款后，之后各期的还款计划 */
  rebuiltSchedule: Array<LoanInstalment>;
  remainingPrincipalFen: Scalars['Fen']['output'];
};

/** 机构管理视角的产品：当前取值及最近一次审核 */
export type ManagedProduct = {
  __typename?: 'ManagedProduct';
  id: Scalars['ID']['output'];
  /** 最近一次提交：待审核时为审核中的版本（首次发布或变更），已驳回时带驳回原因；从未提交过为空 */
  latestReview?: Maybe<ProductReview>;
  /** 产品当前的取值（已发布产品即线上版本） */
  product: Product;
};

export type ManagedProductConnection = {
  __typename?: 'ManagedProductConnection';
  edges: Array<ManagedProductEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ManagedProductEdge = {
  __typename?: 'ManagedProductEdge';
  cursor: Scalars['String']['output'];
  node: ManagedProduct;
};

/** 产品要求的一项材料 */
export type MaterialRequirement = {
  __typename?: 'MaterialRequirement';
  /** 已上传的文件数 */
  fileCount: Scalars['Int']['output'];
  /** 可替代该材料的政务数据 */
  governmentSource?: Maybe<DataSource>;
  materialName: Scalars['String']['output'];
  status: MaterialStatus;
};

export enum MaterialStatus {
  /** 未上传 */
  MISSING = 'MISSING',
  /** 已由政务数据替代 */
  REPLACED_BY_GOVERNMENT_DATA = 'REPLACED_BY_GOVERNMENT_DATA',
  /** 已上传 */
  UPLOADED = 'UPLOADED'
}

/** 当前登录用户 */
export type Me = {
  __typename?: 'Me';
  /** 当前办理业务的企业 */
  activeEnterprise?: Maybe<EnterpriseSummary>;
  displayName: Scalars['String']['output'];
  /** 可代表办理业务的企业 */
  enterprises: Array<EnterpriseBinding>;
  id: Scalars['ID']['output'];
  /** 所属金融机构（机构工作人员） */
  institution?: Maybe<Institution>;
  /** 首次登录须修改初始密码 */
  mustChangePassword: Scalars['Boolean']['output'];
  /** 机构内权限：INSTITUTION_ADMIN、REVIEWER、PRODUCT_MANAGER */
  permissions: Array<Scalars['String']['output']>;
  /** 脱敏手机号，例如 138****8000 */
  phoneMasked?: Maybe<Scalars['String']['output']>;
  role: Role;
  /** 已绑定动态验证码（TOTP） */
  totpEnabled: Scalars['Boolean']['output'];
};

/** 站内消息 */
export type Message = {
  __typename?: 'Message';
  body: Scalars['String']['output'];
  /** UTC ISO */
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: MessageKind;
  /** app route to open */
  link?: Maybe<Scalars['String']['output']>;
  /** UTC ISO; null = unread */
  readAt?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type MessageConnection = {
  __typename?: 'MessageConnection';
  edges: Array<MessageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MessageEdge = {
  __typename?: 'MessageEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

/** POLICY_PUSH 政策推送；LOAN_APPLICATION 贷款申请进度 */
export enum MessageKind {
  LOAN_APPLICATION = 'LOAN_APPLICATION',
  POLICY_PUSH = 'POLICY_PUSH'
}

/** 收到新消息 */
export type MessageReceivedEvent = LiveEvent & {
  __typename?: 'MessageReceivedEvent';
  /** 事件编号（按时间递增） */
  eventId: Scalars['ID']['output'];
  message: Message;
  /** 事件发生时间（UTC） */
  occurredAt: Scalars['DateTime']['output'];
  /** 事件主题，如 message.received */
  topic: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 单独同意处理人脸信息：回传所展示授权书的版本和 SHA-256 */
  acceptBiometricConsent: BiometricConsentAgreement;
  /** 受理申请 */
  acceptLoanApplication: LoanApplication;
  /** 批准申请：金额、利率、期限和还款方式须在产品范围内；同时生成借款合同 */
  approveLoanApplication: LoanApplication;
  /** 审核通过：发布产品或使变更生效 */
  approveProductReview: ProductReview;
  /** 把已上传的文件添加为草稿的申请材料 */
  attachApplicationMaterial: ApplicationMaterial;
  /** 发起统一身份认证（皖事通账号）登录 */
  beginUnifiedLogin: UnifiedLoginStart;
  /** 修改密码；成功后本账号的所有登录（含当前）失效，须重新登录 */
  changePassword: Scalars['Boolean']['output'];
  /** 统一身份认证回调后完成登录（state 与 code 均只能使用一次） */
  completeUnifiedLogin: AuthPayload;
  /** 新建轮播图 */
  createBanner: Banner;
  /** 新建贷款申请草稿（企业信息由登记信息预填）；同一请求编号重试返回首次结果 */
  createLoanApplication: LoanApplication;
  /** 新建资讯（草稿） */
  createNews: News;
  /** 新建政策（草稿） */
  createPolicy: Policy;
  /** 新建产品草稿 */
  createProductDraft: Product;
  /** 新建工作人员账号；初始密码只返回这一次 */
  createStaffAccount: CreatedStaffAccount;
  /** 删除轮播图，返回其编号 */
  deleteBanner: Scalars['ID']['output'];
  /** 授权调取当前企业的政务数据；同一请求编号重试返回首次结果 */
  grantDataConsent: DataConsent;
  /** 皖事通内免登：用宿主 App 返回的授权码登录 */
  hostLogin: AuthPayload;
  /** 退出登录：本次登录的访问令牌和刷新令牌立即失效 */
  logout: Scalars['Boolean']['output'];
  /** 标记为已读，返回本次变为已读的条数 */
  markMessagesRead: Scalars['Int']['output'];
  /** 为已发布产品提交变更，审核通过前线上版本不变 */
  proposeProductChange: ProductReview;
  /** 发布资讯 */
  publishNews: News;
  /** 发布政策，并向匹配的企业推送消息 */
  publishPolicy: PolicyPublication;
  /** 身份证识别：上传的身份证照片经 OCR 识别后与本人实名信息和有效期比对 */
  recognizeIdCard: IdCardRecognition;
  /** 登记线下核验：在柜台查验申请人身份证原件后登记 */
  recordCounterVerification: CounterVerification;
  /** 录入放款：确认企业申请的借款，或直接录入一笔放款 */
  recordLoanDisbursement: LoanDrawdown;
  /** 录入还款：确认企业申请的还款，或直接录入一笔还款 */
  recordLoanRepayment: LoanRepayment;
  /** 刷新当前企业的政务数据：按现有有效授权（授权给平台）从政务数据共享交换平台重新获取，并更新企业登记信息 */
  refreshGovernmentData: GovernmentDataRefresh;
  /** 用刷新令牌换取新的访问令牌和刷新令牌（旧刷新令牌随即失效） */
  refreshSession: AuthPayload;
  /** 拒绝申请：选择原因并向企业说明 */
  rejectLoanApplication: LoanApplication;
  /** 审核驳回，需填写原因 */
  rejectProductReview: ProductReview;
  /** 从草稿中移除一份申请材料 */
  removeApplicationMaterial: Scalars['Boolean']['output'];
  /** 调整轮播图顺序（须列出全部轮播图） */
  reorderBanners: Array<Banner>;
  /** 在授信额度内申请借款；同一请求编号重试返回首次结果 */
  requestLoanDrawdown: LoanDrawdown;
  /** 申请还款（按期、提前部分或提前结清），金额按还款计划计算；同一请求编号重试返回首次结果 */
  requestLoanRepayment: LoanRepayment;
  /** 重置工作人员的动态验证码（身份验证器）：该账号退出所有登录，下次登录须重新绑定（不能操作自己的或自己创建的账号） */
  resetStaffTotp: StaffAccount;
  /** 下架已发布的产品：立即从金融超市和搜索中移除，待审核的变更随之撤销 */
  retireProduct: Product;
  /** 撤销数据授权，立即生效；重复撤销返回当前状态 */
  revokeDataConsent: DataConsent;
  /** 结清授信额度（无未还借款时）；单笔贷款在最后一笔还款入账时自动结清 */
  settleLoanApplication: LoanApplication;
  /** 签署借款合同：须提交合同摘要，并在签署前重新完成身份核验 */
  signLoanContract: LoanApplication;
  /** 首次登录修改初始密码 */
  staffChangeInitialPassword: StaffLoginResult;
  /** 首次绑定身份验证器：输入其显示的动态验证码确认 */
  staffConfirmTotpEnrollment: StaffLoginResult;
  /** 工作人员用户名密码登录；同一地址输错 3 次后每次须等待更久，账号累计输错 20 次锁定 15 分钟（只有完成登录才清零） */
  staffLogin: StaffLoginResult;
  /** 输入身份验证器的动态验证码完成登录 */
  staffVerifyTotp: StaffLoginResult;
  /** 申请人本人发起人脸核验（须已同意授权书；提交申请前须先识别身份证） */
  startFaceVerification: FaceVerificationStart;
  /** 提交申请（须满足全部前提条件）；同一请求编号重试返回首次结果 */
  submitLoanApplication: LoanApplication;
  /** 提交审核（草稿或已驳回 → 待审核） */
  submitProductForReview: Product;
  /** 切换当前办理业务的企业（仅限已绑定的企业） */
  switchEnterprise: Me;
  /** 解锁工作人员账号并清除其登录失败计数（不能操作自己的或自己创建的账号） */
  unlockStaffAccount: StaffAccount;
  /** 设置经办人可以授权的用途（仅企业法定代表人） */
  updateAgentConsentPurposes: Array<ConsentPurpose>;
  /** 修改轮播图 */
  updateBanner: Banner;
  /** 保存草稿：向导每一步填写的内容（未提供的字段不变，null 清空） */
  updateLoanApplicationDraft: LoanApplication;
  /** 编辑资讯 */
  updateNews: News;
  /** 编辑政策 */
  updatePolicy: Policy;
  /** 修改草稿或已驳回的产品 */
  updateProductDraft: Product;
  /** 修改工作人员账号的姓名、权限或启用状态 */
  updateStaffAccount: StaffAccount;
  /** 撤回申请（草稿、已提交或已受理时） */
  withdrawLoanApplication: LoanApplication;
  /** 撤回资讯 */
  withdrawNews: News;
  /** 撤回政策 */
  withdrawPolicy: Policy;
};


export type MutationAcceptBiometricConsentArgs = {
  input: AcceptBiometricConsentInput;
};


export type MutationAcceptLoanApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveLoanApplicationArgs = {
  id: Scalars['ID']['input'];
  input: ApproveLoanApplicationInput;
};


export type MutationApproveProductReviewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAttachApplicationMaterialArgs = {
  input: AttachApplicationMaterialInput;
};


export type MutationBeginUnifiedLoginArgs = {
  redirectUri: Scalars['String']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCompleteUnifiedLoginArgs = {
  code: Scalars['String']['input'];
  state: Scalars['String']['input'];
};


export type MutationCreateBannerArgs = {
  input: BannerInput;
};


export type MutationCreateLoanApplicationArgs = {
  input: CreateLoanApplicationInput;
};


export type MutationCreateNewsArgs = {
  input: NewsInput;
};


export type MutationCreatePolicyArgs = {
  input: PolicyInput;
};


export type MutationCreateProductDraftArgs = {
  input: ProductDraftInput;
};


export type MutationCreateStaffAccountArgs = {
  input: CreateStaffAccountInput;
};


export type MutationDeleteBannerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantDataConsentArgs = {
  input: GrantDataConsentInput;
};


export type MutationHostLoginArgs = {
  authCode: Scalars['String']['input'];
};


export type MutationMarkMessagesReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationProposeProductChangeArgs = {
  id: Scalars['ID']['input'];
  input: ProductDraftInput;
};


export type MutationPublishNewsArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecognizeIdCardArgs = {
  input: RecognizeIdCardInput;
};


export type MutationRecordCounterVerificationArgs = {
  input: RecordCounterVerificationInput;
};


export type MutationRecordLoanDisbursementArgs = {
  input: RecordLoanDisbursementInput;
};


export type MutationRecordLoanRepaymentArgs = {
  input: RecordLoanRepaymentInput;
};


export type MutationRefreshGovernmentDataArgs = {
  enterpriseId: Scalars['ID']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRejectLoanApplicationArgs = {
  id: Scalars['ID']['input'];
  input: RejectLoanApplicationInput;
};


export type MutationRejectProductReviewArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveApplicationMaterialArgs = {
  materialId: Scalars['ID']['input'];
};


export type MutationReorderBannersArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationRequestLoanDrawdownArgs = {
  input: RequestLoanDrawdownInput;
};


export type MutationRequestLoanRepaymentArgs = {
  input: RequestLoanRepaymentInput;
};


export type MutationResetStaffTotpArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetireProductArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeDataConsentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSettleLoanApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignLoanContractArgs = {
  input: SignLoanContractInput;
};


export type MutationStaffChangeInitialPasswordArgs = {
  challengeToken: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationStaffConfirmTotpEnrollmentArgs = {
  challengeToken: Scalars['String']['input'];
  code: Scalars['String']['input'];
};


export type MutationStaffLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationStaffVerifyTotpArgs = {
  challengeToken: Scalars['String']['input'];
  code: Scalars['String']['input'];
};


export type MutationStartFaceVerificationArgs = {
  input: StartFaceVerificationInput;
};


export type MutationSubmitLoanApplicationArgs = {
  input: SubmitLoanApplicationInput;
};


export type MutationSubmitProductForReviewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSwitchEnterpriseArgs = {
  enterpriseId: Scalars['ID']['input'];
};


export type MutationUnlockStaffAccountArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateAgentConsentPurposesArgs = {
  purposes: Array<ConsentPurpose>;
};


export type MutationUpdateBannerArgs = {
  id: Scalars['ID']['input'];
  input: BannerInput;
};


export type MutationUpdateLoanApplicationDraftArgs = {
  id: Scalars['ID']['input'];
  input: LoanApplicationFormInput;
};


export type MutationUpdateNewsArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: NewsInput;
};


export type MutationUpdatePolicyArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: PolicyInput;
};


export type MutationUpdateProductDraftArgs = {
  id: Scalars['ID']['input'];
  input: ProductDraftInput;
};


export type MutationUpdateStaffAccountArgs = {
  id: Scalars['ID']['input'];
  input: UpdateStaffAccountInput;
};


export type MutationWithdrawLoanApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawNewsArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawPolicyArgs = {
  id: Scalars['ID']['input'];
};

/** 资讯 */
export type News = {
  __typename?: 'News';
  /** 附件，按顺序 */
  attachments: Array<Attachment>;
  /** sanitised HTML (allow-list: paragraphs, headings, lists, emphasis, tables, http(s) links) */
  bodyHtml: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  level: PolicyLevel;
  /** YYYY-MM-DD */
  publishedOn: Scalars['String']['output'];
  source: Scalars['String']['output'];
  status: ContentStatus;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** starts at 1, +1 on every edit, publication and withdrawal; an edit passes it back as expectedVersion */
  version: Scalars['Int']['output'];
};

export type NewsConnection = {
  __typename?: 'NewsConnection';
  edges: Array<NewsEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NewsEdge = {
  __typename?: 'NewsEdge';
  cursor: Scalars['String']['output'];
  node: News;
};

export type NewsInput = {
  /** 附件：已上传文件（POST /api/files）的编号，按显示顺序；修改时整体替换 */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 富文本 HTML，保存时按白名单清理 */
  bodyHtml: Scalars['String']['input'];
  level: PolicyLevel;
  /** YYYY-MM-DD */
  publishedOn: Scalars['String']['input'];
  /** 来源 */
  source: Scalars['String']['input'];
  summary: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** 政策 */
export type Policy = {
  __typename?: 'Policy';
  /** 附件，按顺序 */
  attachments: Array<Attachment>;
  /** sanitised HTML (allow-list: paragraphs, headings, lists, emphasis, tables, http(s) links) */
  bodyHtml: Scalars['String']['output'];
  /** 文号, e.g. 皖政办〔2024〕5号 */
  documentNumber: Scalars['String']['output'];
  /** empty = all */
  enterpriseTypes: Array<EnterpriseType>;
  id: Scalars['ID']['output'];
  /** GB/T 4754 codes the policy targets; empty = all */
  industryCodes: Array<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  issuedOn: Scalars['String']['output'];
  issuer: Scalars['String']['output'];
  level: PolicyLevel;
  /** empty = all */
  scales: Array<EnterpriseScale>;
  status: ContentStatus;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** starts at 1, +1 on every edit, publication and withdrawal; an edit passes it back as expectedVersion */
  version: Scalars['Int']['output'];
};

export type PolicyConnection = {
  __typename?: 'PolicyConnection';
  edges: Array<PolicyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PolicyEdge = {
  __typename?: 'PolicyEdge';
  cursor: Scalars['String']['output'];
  node: Policy;
};

export type PolicyInput = {
  /** 附件：已上传文件（POST /api/files）的编号，按显示顺序；修改时整体替换 */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 富文本 HTML，保存时按白名单清理 */
  bodyHtml: Scalars['String']['input'];
  /** 文号 */
  documentNumber: Scalars['String']['input'];
  enterpriseTypes?: InputMaybe<Array<EnterpriseType>>;
  /** GB/T 4754 门类或大类代码；空 = 全部行业 */
  industryCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** YYYY-MM-DD */
  issuedOn: Scalars['String']['input'];
  /** 发文机关 */
  issuer: Scalars['String']['input'];
  level: PolicyLevel;
  scales?: InputMaybe<Array<EnterpriseScale>>;
  summary: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export { PolicyLevel };

/** 发布结果 */
export type PolicyPublication = {
  __typename?: 'PolicyPublication';
  /** 收到推送消息的用户数 */
  notifiedUserCount: Scalars['Int']['output'];
  policy: Policy;
};

/** 政策推送：与当前企业匹配的已发布政策及匹配原因 */
export type PolicyPushItem = {
  __typename?: 'PolicyPushItem';
  policy: Policy;
  /** 原因，以“；”连接 */
  reasonText: Scalars['String']['output'];
  /** 如 匹配行业：制造业 */
  reasons: Array<Scalars['String']['output']>;
};

/** 金融产品 */
export type Product = {
  __typename?: 'Product';
  applyCount: Scalars['Int']['output'];
  category: ProductCategory;
  description: Scalars['String']['output'];
  guaranteeMethods: Array<GuaranteeMethod>;
  id: Scalars['ID']['output'];
  institution: Institution;
  maxAmountFen: Scalars['Fen']['output'];
  /** annual rate in basis points: 435 = 4.35% */
  maxRateBp: Scalars['Int']['output'];
  maxTermMonths: Scalars['Int']['output'];
  minAmountFen: Scalars['Fen']['output'];
  /** lowest accepted credit grade (AAA … C) */
  minCreditGrade?: Maybe<Scalars['String']['output']>;
  /** annual rate in basis points: 435 = 4.35% */
  minRateBp: Scalars['Int']['output'];
  minTermMonths: Scalars['Int']['output'];
  minYearsInBusiness: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  onlineApply: Scalars['Boolean']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  repaymentMethods: Array<RepaymentMethod>;
  requiredMaterials: Array<Scalars['String']['output']>;
  status: ProductStatus;
  summary: Scalars['String']['output'];
  /** GB/T 4754 section letters or division codes; empty = every industry */
  targetIndustryCodes: Array<Scalars['String']['output']>;
  /** GB/T 2260 codes; empty = every region */
  targetRegionCodes: Array<Scalars['String']['output']>;
  /** empty = every scale */
  targetScales: Array<EnterpriseScale>;
};

export { ProductCategory };

export type ProductCategoryFacet = {
  __typename?: 'ProductCategoryFacet';
  count: Scalars['Int']['output'];
  value: ProductCategory;
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductDraftInput = {
  category: ProductCategory;
  description: Scalars['String']['input'];
  guaranteeMethods: Array<GuaranteeMethod>;
  maxAmountFen: Scalars['Fen']['input'];
  /** annual rate in basis points, 0–2400 */
  maxRateBp: Scalars['Int']['input'];
  maxTermMonths: Scalars['Int']['input'];
  minAmountFen: Scalars['Fen']['input'];
  /** lowest accepted credit grade (AAA … C) */
  minCreditGrade?: InputMaybe<Scalars['String']['input']>;
  /** annual rate in basis points, 0–2400 */
  minRateBp: Scalars['Int']['input'];
  minTermMonths: Scalars['Int']['input'];
  minYearsInBusiness: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  onlineApply: Scalars['Boolean']['input'];
  repaymentMethods: Array<RepaymentMethod>;
  requiredMaterials: Array<Scalars['String']['input']>;
  summary: Scalars['String']['input'];
  /** GB/T 4754 section letters or division codes; empty = every industry */
  targetIndustryCodes: Array<Scalars['String']['input']>;
  /** GB/T 2260 codes; empty = every region */
  targetRegionCodes: Array<Scalars['String']['input']>;
  /** empty = every scale */
  targetScales: Array<EnterpriseScale>;
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

/** 筛选面板的计数：每一组的计数应用除该组以外的全部筛选条件；每个取值都列出，没有产品时计数为 0 */
export type ProductFacets = {
  __typename?: 'ProductFacets';
  categories: Array<ProductCategoryFacet>;
  /** 一个产品可有多种担保方式，各项之和可能大于产品数 */
  guaranteeMethods: Array<GuaranteeMethodFacet>;
  institutionTypes: Array<InstitutionTypeFacet>;
  /** 可在线申请的产品数（不应用“仅看可在线申请”本身） */
  onlineApply: Scalars['Int']['output'];
  /** 一个产品可有多种还款方式，各项之和可能大于产品数 */
  repaymentMethods: Array<RepaymentMethodFacet>;
};

/** 提交审核的产品字段取值 */
export type ProductFieldValues = {
  __typename?: 'ProductFieldValues';
  category: ProductCategory;
  description: Scalars['String']['output'];
  guaranteeMethods: Array<GuaranteeMethod>;
  maxAmountFen: Scalars['Fen']['output'];
  maxRateBp: Scalars['Int']['output'];
  maxTermMonths: Scalars['Int']['output'];
  minAmountFen: Scalars['Fen']['output'];
  minCreditGrade?: Maybe<Scalars['String']['output']>;
  minRateBp: Scalars['Int']['output'];
  minTermMonths: Scalars['Int']['output'];
  minYearsInBusiness: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  onlineApply: Scalars['Boolean']['output'];
  repaymentMethods: Array<RepaymentMethod>;
  requiredMaterials: Array<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
  targetIndustryCodes: Array<Scalars['String']['output']>;
  targetRegionCodes: Array<Scalars['String']['output']>;
  targetScales: Array<EnterpriseScale>;
};

export type ProductFilter = {
  /** products whose amount range covers this amount */
  amountFen?: InputMaybe<Scalars['Fen']['input']>;
  categories?: InputMaybe<Array<ProductCategory>>;
  guaranteeMethods?: InputMaybe<Array<GuaranteeMethod>>;
  /** GB/T 4754 section letter or division code; products open to it (empty target list = open to all) */
  industryCode?: InputMaybe<Scalars['String']['input']>;
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  institutionTypes?: InputMaybe<Array<InstitutionType>>;
  keyword?: InputMaybe<Scalars['String']['input']>;
  /** products whose lowest rate is at most this */
  maxRateBp?: InputMaybe<Scalars['Int']['input']>;
  onlineApplyOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** products open to this region (empty target list = open to all); a product for 341200 is open to 341202 */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  repaymentMethods?: InputMaybe<Array<RepaymentMethod>>;
  /** products whose term range covers this term */
  termMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** 一次产品审核提交及其结论 */
export type ProductReview = {
  __typename?: 'ProductReview';
  id: Scalars['ID']['output'];
  kind: ProductVersionKind;
  /** 产品当前的取值（已发布产品的变更审核时即线上版本） */
  product: Product;
  /** 提交审核的字段取值 */
  proposed: ProductFieldValues;
  /** 驳回原因，或撤销变更的说明 */
  reason?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  reviewedBy?: Maybe<Scalars['ID']['output']>;
  /** 审核人姓名 */
  reviewedByName?: Maybe<Scalars['String']['output']>;
  status: ProductVersionStatus;
  submittedAt: Scalars['DateTime']['output'];
  submittedBy: Scalars['ID']['output'];
  /** 提交人姓名 */
  submittedByName?: Maybe<Scalars['String']['output']>;
};

export type ProductReviewConnection = {
  __typename?: 'ProductReviewConnection';
  edges: Array<ProductReviewEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductReviewEdge = {
  __typename?: 'ProductReviewEdge';
  cursor: Scalars['String']['output'];
  node: ProductReview;
};

export enum ProductSort {
  /** 额度从高到低 */
  AMOUNT_DESC = 'AMOUNT_DESC',
  /** 最新发布 */
  NEWEST = 'NEWEST',
  /** 申请人数最多 */
  POPULARITY = 'POPULARITY',
  /** 利率从低到高 */
  RATE_ASC = 'RATE_ASC',
  /** 与关键词最相关（产品名称命中的词越多越靠前） */
  RELEVANCE = 'RELEVANCE'
}

export { ProductStatus };

/** INITIAL 首次发布 / CHANGE 已发布产品的变更 */
export enum ProductVersionKind {
  CHANGE = 'CHANGE',
  INITIAL = 'INITIAL'
}

/** 待审核 / 已通过 / 已驳回 / 已撤销（产品下架时未审的变更） */
export enum ProductVersionStatus {
  APPROVED = 'APPROVED',
  CANCELLED = 'CANCELLED',
  PENDING = 'PENDING',
  REJECTED = 'REJECTED'
}

export type Query = {
  __typename?: 'Query';
  /** 经办人可以为当前企业授权的用途 */
  agentConsentPurposes: Array<ConsentPurpose>;
  /** 审计日志，最新在前（仅审计管理员） */
  auditLogs: AuditLogConnection;
  /** 全部轮播图（运营人员管理用），按排序 */
  banners: Array<Banner>;
  /** 人脸信息处理授权书全文及当前用户是否已同意（首次人脸核验前展示） */
  biometricConsentAgreement: BiometricConsentAgreement;
  /** 某一用途当前版本的数据授权协议全文 */
  consentAgreement: ConsentAgreement;
  /** 可授权调取的政务数据项及其内容 */
  dataSources: Array<DataSourceInfo>;
  /** 当前企业的数据使用记录，最新在前 */
  dataUseRecords: DataUseRecordConnection;
  /** 本人发起的一次人脸核验及其结果 */
  faceVerification: FaceVerification;
  /** 常见问题，按分类和顺序 */
  faqs: Array<Faq>;
  /** 首页轮播图：启用且在展示时间内，按排序 */
  homeBanners: Array<Banner>;
  /** 金融机构详情（名录中的机构） */
  institution: Institution;
  /** 金融机构名录的机构类型计数 */
  institutionFacets: InstitutionFacets;
  /** 本机构收到的贷款申请（不含草稿），按提交时间倒序，可按状态、产品、日期、金额筛选 */
  institutionLoanApplications: LoanApplicationConnection;
  /** 金融机构名录 */
  institutions: InstitutionConnection;
  /** 一份贷款申请：申请企业和审批机构（审批人员）可见 */
  loanApplication: LoanApplication;
  /** 还款试算：按还款计划计算本次应还本金和利息；提前部分还款时给出重算后的还款计划 */
  loanRepaymentQuote: LoanRepaymentQuote;
  /** 资讯管理：任意状态的资讯 */
  managedNews: News;
  /** 资讯管理列表（含草稿、已撤回） */
  managedNewsList: NewsConnection;
  /** 政策管理列表（含草稿、已撤回） */
  managedPolicies: PolicyConnection;
  /** 政策管理：任意状态的政策 */
  managedPolicy: Policy;
  /** 当前登录用户 */
  me: Me;
  /** 当前企业的数据授权，最新授权在前 */
  myDataConsents: DataConsentConnection;
  /** 本机构的产品（任意状态）及各自最近一次审核，最近修改在前 */
  myInstitutionProducts: ManagedProductConnection;
  /** 当前企业的贷款申请，最新在前 */
  myLoanApplications: LoanApplicationConnection;
  /** 我的消息，最新在前 */
  myMessages: MessageConnection;
  /** 政策推送：与当前企业画像匹配的已发布政策及匹配原因 */
  myPolicyPush: Array<PolicyPushItem>;
  /** 资讯详情 */
  news: News;
  /** 资讯，最新发布在前 */
  newsList: NewsConnection;
  /** 政策，最新发布在前；可按级别和适用的行业、规模、企业类型筛选 */
  policies: PolicyConnection;
  /** 政策详情 */
  policy: Policy;
  /** 金融产品详情 */
  product: Product;
  /** 本机构的一个产品（任意状态） */
  productDraft: Product;
  /** 金融超市筛选面板的计数 */
  productFacets: ProductFacets;
  /** 产品的审核历史，最新在前 */
  productHistory: Array<ProductReview>;
  /** 待审核的产品提交，最早提交在前 */
  productReviewQueue: ProductReviewConnection;
  /** 金融超市：已上架的金融产品 */
  products: ProductConnection;
  /** 产品推荐：按金额、期限、偏好和企业画像为产品打分排序 */
  recommendProducts: RecommendationResult;
  /** 工作人员账号列表（机构管理员仅见本机构；安全管理员查看锁定和动态验证码状态） */
  staffAccounts: Array<StaffAccount>;
  /** 草稿能否提交：逐项列出数据授权、身份核验、申请材料等前提条件 */
  submissionReadiness: SubmissionReadiness;
  /** 未读消息数 */
  unreadMessageCount: Scalars['Int']['output'];
};


export type QueryAuditLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConsentAgreementArgs = {
  purpose: ConsentPurpose;
};


export type QueryDataUseRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFaceVerificationArgs = {
  certifyId: Scalars['String']['input'];
};


export type QueryFaqsArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInstitutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInstitutionFacetsArgs = {
  filter?: InputMaybe<InstitutionFilter>;
};


export type QueryInstitutionLoanApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstitutionLoanApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLoanApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLoanRepaymentQuoteArgs = {
  applicationId: Scalars['ID']['input'];
  drawdownId: Scalars['ID']['input'];
  kind: RepaymentKind;
  principalFen?: InputMaybe<Scalars['Fen']['input']>;
};


export type QueryManagedNewsArgs = {
  id: Scalars['ID']['input'];
};


export type QueryManagedNewsListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<PolicyLevel>;
  status?: InputMaybe<ContentStatus>;
};


export type QueryManagedPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<PolicyLevel>;
  status?: InputMaybe<ContentStatus>;
};


export type QueryManagedPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyDataConsentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ConsentStatus>;
};


export type QueryMyInstitutionProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ProductStatus>;
};


export type QueryMyLoanApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  states?: InputMaybe<Array<LoanApplicationState>>;
};


export type QueryMyMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNewsArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNewsListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<PolicyLevel>;
};


export type QueryPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  enterpriseType?: InputMaybe<EnterpriseType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  industryCode?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<PolicyLevel>;
  scale?: InputMaybe<EnterpriseScale>;
};


export type QueryPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductDraftArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductFacetsArgs = {
  filter?: InputMaybe<ProductFilter>;
};


export type QueryProductHistoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ProductSort>;
};


export type QueryRecommendProductsArgs = {
  input: RecommendationInput;
};


export type QueryStaffAccountsArgs = {
  institutionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySubmissionReadinessArgs = {
  id: Scalars['ID']['input'];
};

export type RecognizeIdCardInput = {
  /** 贷款申请 */
  applicationId: Scalars['ID']['input'];
  /** 通过 /api/files?purpose=LOAN_MATERIAL 上传的身份证照片 */
  fileId: Scalars['ID']['input'];
  side: IdCardSide;
};

/** 产品推荐的条件；企业画像字段留空时，登录企业用户取其当前企业的信息 */
export type RecommendationInput = {
  /** 申请金额（分） */
  amountFen: Scalars['Fen']['input'];
  /** 期望年利率（基点，435 = 4.35%） */
  expectedRateBp?: InputMaybe<Scalars['Int']['input']>;
  /** GB/T 4754 门类字母或两位大类代码 */
  industryCode?: InputMaybe<Scalars['String']['input']>;
  preferences?: InputMaybe<Array<RecommendationPreference>>;
  /** GB/T 2260 地区代码 */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  scale?: InputMaybe<EnterpriseScale>;
  /** 申请期限（月） */
  termMonths: Scalars['Int']['input'];
  /** 成立年限（整年） */
  yearsInBusiness?: InputMaybe<Scalars['Int']['input']>;
};

/** 产品推荐的偏好 */
export enum RecommendationPreference {
  /** 放款快 */
  FAST = 'FAST',
  /** 高额度 */
  HIGH_AMOUNT = 'HIGH_AMOUNT',
  /** 低利率 */
  LOW_RATE = 'LOW_RATE',
  /** 免抵押 */
  NO_COLLATERAL = 'NO_COLLATERAL',
  /** 纯线上 */
  ONLINE = 'ONLINE'
}

/** 参与推荐的企业画像（明确输入优先，其余取自当前企业） */
export type RecommendationProfile = {
  __typename?: 'RecommendationProfile';
  /** 画像取自的企业名称；未登录或未选择企业时为空 */
  enterpriseName?: Maybe<Scalars['String']['output']>;
  industryCode?: Maybe<Scalars['String']['output']>;
  industryName?: Maybe<Scalars['String']['output']>;
  regionCode?: Maybe<Scalars['String']['output']>;
  regionName?: Maybe<Scalars['String']['output']>;
  scale?: Maybe<EnterpriseScale>;
  yearsInBusiness?: Maybe<Scalars['Int']['output']>;
};

export type RecommendationResult = {
  __typename?: 'RecommendationResult';
  /** 暂不符合（仅差一到两项条件）的产品 */
  nearMisses: Array<RecommendedProduct>;
  profile: RecommendationProfile;
  /** 可申请的产品，按得分从高到低 */
  recommended: Array<RecommendedProduct>;
};

/** 推荐的产品：得分、符合的条件，以及暂不符合的原因 */
export type RecommendedProduct = {
  __typename?: 'RecommendedProduct';
  /** 符合的条件，如“额度覆盖100万元” */
  matchedConditions: Array<Scalars['String']['output']>;
  matchedPreferences: Array<RecommendationPreference>;
  product: Product;
  /** 暂不符合的原因（可申请的产品为空），如“成立年限不足2年” */
  reasons: Array<Scalars['String']['output']>;
  /** 0–100 的推荐得分，见 bff/README 的公式 */
  score: Scalars['Float']['output'];
};

/** 线下核验：机构工作人员在柜台查验申请人身份证原件后登记 */
export type RecordCounterVerificationInput = {
  /** 申请人出示的申请编号 */
  applicationNumber: Scalars['String']['input'];
  /** 备注（最多 200 字） */
  note?: InputMaybe<Scalars['String']['input']>;
  purpose: CounterVerificationPurpose;
  /** 身份证原件上的公民身份号码，须与申请人实名信息一致 */
  residentId: Scalars['String']['input'];
};

/** 机构录入放款：确认企业申请的一笔借款，或直接录入（单笔贷款为批准的全部金额） */
export type RecordLoanDisbursementInput = {
  /** 直接录入授信额度内的一笔借款时的金额（分） */
  amountFen?: InputMaybe<Scalars['Fen']['input']>;
  applicationId: Scalars['ID']['input'];
  /** 银行放款流水号 */
  bankReference: Scalars['String']['input'];
  /** 确认企业申请的那笔借款；不填则直接录入一笔 */
  drawdownId?: InputMaybe<Scalars['ID']['input']>;
  /** 直接录入授信额度内的一笔借款时的期限（月） */
  termMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** 机构录入还款：确认企业申请的一笔还款，或直接录入 */
export type RecordLoanRepaymentInput = {
  applicationId: Scalars['ID']['input'];
  /** 银行还款流水号 */
  bankReference: Scalars['String']['input'];
  drawdownId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<RepaymentKind>;
  principalFen?: InputMaybe<Scalars['Fen']['input']>;
  /** 确认企业申请的那笔还款；不填则按下列字段直接录入 */
  repaymentId?: InputMaybe<Scalars['ID']['input']>;
};

/** 经营状态 */
export enum RegistrationStatus {
  /** 注销 */
  DEREGISTERED = 'DEREGISTERED',
  /** 存续（在营） */
  IN_OPERATION = 'IN_OPERATION',
  /** 吊销 */
  REVOKED = 'REVOKED',
  /** 停业 */
  SUSPENDED = 'SUSPENDED'
}

export type RejectLoanApplicationInput = {
  reasonCode: LoanRejectReason;
  /** 写给申请企业的说明（2–500 字） */
  reasonText: Scalars['String']['input'];
};

export enum RepaymentKind {
  /** 提前结清 */
  EARLY_FULL = 'EARLY_FULL',
  /** 提前部分还款 */
  EARLY_PARTIAL = 'EARLY_PARTIAL',
  /** 按期还款 */
  INSTALMENT = 'INSTALMENT'
}

export { RepaymentMethod };

export type RepaymentMethodFacet = {
  __typename?: 'RepaymentMethodFacet';
  count: Scalars['Int']['output'];
  value: RepaymentMethod;
};

export enum RepaymentStatus {
  /** 已取消 */
  CANCELLED = 'CANCELLED',
  /** 已入账 */
  CONFIRMED = 'CONFIRMED',
  /** 待入账 */
  REQUESTED = 'REQUESTED'
}

/** 授信额度内申请一笔借款 */
export type RequestLoanDrawdownInput = {
  amountFen: Scalars['Fen']['input'];
  applicationId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  termMonths: Scalars['Int']['input'];
};

/** 企业申请还款：按期或提前，金额由平台按还款计划计算 */
export type RequestLoanRepaymentInput = {
  applicationId: Scalars['ID']['input'];
  drawdownId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  kind: RepaymentKind;
  /** 提前部分还款时归还的本金（分） */
  principalFen?: InputMaybe<Scalars['Fen']['input']>;
};

export { Role };

export type SignLoanContractInput = {
  applicationId: Scalars['ID']['input'];
  /** 向申请人展示的合同全文的 SHA-256（64 位小写十六进制） */
  contractSha256: Scalars['String']['input'];
  /** 签署前的身份核验方式 */
  verificationPath: IdentityVerificationPath;
};

/** 中小企业划型指标 */
export enum SmeIndicator {
  /** 从业人员 */
  HEADCOUNT = 'HEADCOUNT',
  /** 营业收入 */
  REVENUE = 'REVENUE',
  /** 资产总额 */
  TOTAL_ASSETS = 'TOTAL_ASSETS'
}

/** 工作人员账号 */
export type StaffAccount = {
  __typename?: 'StaffAccount';
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  /** 密码和动态验证码累计输错次数（完成登录或安全管理员解锁后清零） */
  failedLoginCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  institution?: Maybe<Institution>;
  /** 锁定至（连续输错后临时锁定） */
  lockedUntil?: Maybe<Scalars['DateTime']['output']>;
  mustChangePassword: Scalars['Boolean']['output'];
  /** 机构内权限：INSTITUTION_ADMIN、REVIEWER、PRODUCT_MANAGER */
  permissions: Array<Scalars['String']['output']>;
  role: Role;
  totpEnabled: Scalars['Boolean']['output'];
  username: Scalars['String']['output'];
};

/** 工作人员登录的结果：完成（auth）或下一步及其一次性凭证（5 分钟内有效） */
export type StaffLoginResult = {
  __typename?: 'StaffLoginResult';
  auth?: Maybe<AuthPayload>;
  challengeToken?: Maybe<Scalars['String']['output']>;
  step: StaffLoginStep;
  totpEnrollment?: Maybe<TotpEnrollment>;
};

/** 工作人员登录的下一步 */
export enum StaffLoginStep {
  /** 登录完成 */
  DONE = 'DONE',
  /** 需修改初始密码 */
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
  /** 需绑定动态验证码（身份验证器） */
  TOTP_ENROLLMENT_REQUIRED = 'TOTP_ENROLLMENT_REQUIRED',
  /** 需输入动态验证码 */
  TOTP_REQUIRED = 'TOTP_REQUIRED'
}

export type StartFaceVerificationInput = {
  /** 贷款申请 */
  applicationId: Scalars['ID']['input'];
  purpose: FaceVerificationPurpose;
};

export enum SubmissionPrecondition {
  /** 数据授权 */
  CONSENT = 'CONSENT',
  /** 申请信息 */
  FORM_COMPLETE = 'FORM_COMPLETE',
  /** 身份核验 */
  IDENTITY_VERIFICATION = 'IDENTITY_VERIFICATION',
  /** 申请材料 */
  MATERIALS = 'MATERIALS',
  /** 产品可申请 */
  PRODUCT_AVAILABLE = 'PRODUCT_AVAILABLE'
}

/** 提交前的一项条件及其是否满足 */
export type SubmissionPreconditionCheck = {
  __typename?: 'SubmissionPreconditionCheck';
  /** 满足时说明依据，不满足时说明缺什么、怎么办 */
  message: Scalars['String']['output'];
  met: Scalars['Boolean']['output'];
  precondition: SubmissionPrecondition;
};

/** 申请能否提交：逐项列出前提条件 */
export type SubmissionReadiness = {
  __typename?: 'SubmissionReadiness';
  applicationId: Scalars['ID']['output'];
  /** 本平台是否提供人脸核验；不提供时请选择线下核验 */
  faceVerificationAvailable: Scalars['Boolean']['output'];
  materials: Array<MaterialRequirement>;
  preconditions: Array<SubmissionPreconditionCheck>;
  /** 全部条件满足，可以提交 */
  ready: Scalars['Boolean']['output'];
};

export type SubmitLoanApplicationInput = {
  applicationId: Scalars['ID']['input'];
  /** 客户端生成的请求编号（16–64 位）；重试同一次提交时保持不变，重试返回首次结果 */
  idempotencyKey: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** 实时推送：本人这次人脸核验的确定结果（通过、未通过或过期） */
  faceVerificationResult: FaceVerificationResultEvent;
  /** 实时推送：贷款申请进度的每一步（申请企业的用户收到本企业的申请，审批人员收到本机构已提交的申请） */
  loanApplicationEvents: LoanApplicationEvent;
  /** 实时推送：我收到的新消息 */
  messageReceived: MessageReceivedEvent;
  /** 实时推送：未读消息数（订阅时先推送当前值） */
  unreadMessageCount: Scalars['Int']['output'];
};


export type SubscriptionFaceVerificationResultArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  certifyId: Scalars['String']['input'];
};


export type SubscriptionLoanApplicationEventsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  applicationId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionMessageReceivedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};

/** 绑定身份验证器：扫描二维码或手动输入密钥 */
export type TotpEnrollment = {
  __typename?: 'TotpEnrollment';
  /** otpauth://totp/融通:<用户名>?secret=…&issuer=融通 */
  otpauthUrl: Scalars['String']['output'];
  /** 二维码（SVG 文本） */
  qrSvg: Scalars['String']['output'];
  /** Base32 密钥 */
  secret: Scalars['String']['output'];
};

/** 统一身份认证登录的起点：前往 authorizeUrl，回调时带回 state 与 code */
export type UnifiedLoginStart = {
  __typename?: 'UnifiedLoginStart';
  authorizeUrl: Scalars['String']['output'];
  /** 本次登录的一次性随机值，10 分钟内有效 */
  state: Scalars['String']['output'];
};

export type UpdateStaffAccountInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** false 停用账号（立即退出登录） */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type PolicyListQueryVariables = Exact<{
  level?: InputMaybe<PolicyLevel>;
  industryCode?: InputMaybe<Scalars['String']['input']>;
  scale?: InputMaybe<EnterpriseScale>;
  enterpriseType?: InputMaybe<EnterpriseType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PolicyListQuery = { __typename?: 'Query', policies: { __typename?: 'PolicyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PolicyEdge', node: { __typename?: 'Policy', id: string, title: string, level: PolicyLevel, issuer: string, documentNumber: string, issuedOn: string, summary: string, industryCodes: Array<string>, scales: Array<EnterpriseScale>, enterpriseTypes: Array<EnterpriseType> } }> } };

export type PolicyDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PolicyDetailQuery = { __typename?: 'Query', policy: { __typename?: 'Policy', id: string, title: string, level: PolicyLevel, issuer: string, documentNumber: string, issuedOn: string, summary: string, bodyHtml: string, industryCodes: Array<string>, scales: Array<EnterpriseScale>, enterpriseTypes: Array<EnterpriseType>, attachments: Array<{ __typename?: 'Attachment', id: string, name: string, mimeType: string, size: number, url: string }> } };

export type NewsListQueryVariables = Exact<{
  level?: InputMaybe<PolicyLevel>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NewsListQuery = { __typename?: 'Query', newsList: { __typename?: 'NewsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'NewsEdge', node: { __typename?: 'News', id: string, title: string, level: PolicyLevel, source: string, publishedOn: string, summary: string } }> } };

export type NewsDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NewsDetailQuery = { __typename?: 'Query', news: { __typename?: 'News', id: string, title: string, level: PolicyLevel, source: string, publishedOn: string, summary: string, bodyHtml: string, attachments: Array<{ __typename?: 'Attachment', id: string, name: string, mimeType: string, size: number, url: string }> } };

export type MyPolicyPushQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPolicyPushQuery = { __typename?: 'Query', myPolicyPush: Array<{ __typename?: 'PolicyPushItem', reasons: Array<string>, reasonText: string, policy: { __typename?: 'Policy', id: string, title: string, level: PolicyLevel, issuer: string, issuedOn: string, summary: string } }> };

export type MyMessagesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyMessagesQuery = { __typename?: 'Query', unreadMessageCount: number, myMessages: { __typename?: 'MessageConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MessageEdge', node: { __typename?: 'Message', id: string, kind: MessageKind, title: string, body: string, link?: string | null, readAt?: string | null, createdAt: string } }> } };

export type MarkMessagesReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkMessagesReadMutation = { __typename?: 'Mutation', markMessagesRead: number };

export type CreatePolicyMutationVariables = Exact<{
  input: PolicyInput;
}>;


export type CreatePolicyMutation = { __typename?: 'Mutation', createPolicy: { __typename?: 'Policy', id: string, status: ContentStatus } };

export type UpdatePolicyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: PolicyInput;
}>;


export type UpdatePolicyMutation = { __typename?: 'Mutation', updatePolicy: { __typename?: 'Policy', id: string, status: ContentStatus, version: number } };

export type PublishPolicyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishPolicyMutation = { __typename?: 'Mutation', publishPolicy: { __typename?: 'PolicyPublication', notifiedUserCount: number, policy: { __typename?: 'Policy', id: string, status: ContentStatus, version: number } } };

export type WithdrawPolicyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawPolicyMutation = { __typename?: 'Mutation', withdrawPolicy: { __typename?: 'Policy', id: string, status: ContentStatus, version: number } };

export type HomeBannersQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeBannersQuery = { __typename?: 'Query', homeBanners: Array<{ __typename?: 'Banner', id: string, title: string, subtitle?: string | null, imageUrl: string, linkPath?: string | null }> };

export type HomeLatestContentQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeLatestContentQuery = { __typename?: 'Query', policies: { __typename?: 'PolicyConnection', edges: Array<{ __typename?: 'PolicyEdge', node: { __typename?: 'Policy', id: string, title: string, level: PolicyLevel, issuer: string, issuedOn: string } }> }, newsList: { __typename?: 'NewsConnection', edges: Array<{ __typename?: 'NewsEdge', node: { __typename?: 'News', id: string, title: string, level: PolicyLevel, source: string, publishedOn: string } }> } };

export type UnreadMessageCountLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type UnreadMessageCountLiveSubscription = { __typename?: 'Subscription', unreadMessageCount: number };

export type MessageReceivedLiveSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MessageReceivedLiveSubscription = { __typename?: 'Subscription', messageReceived: { __typename?: 'MessageReceivedEvent', eventId: string, message: { __typename?: 'Message', id: string, kind: MessageKind, title: string, body: string, link?: string | null, readAt?: string | null, createdAt: string } } };

export type UnreadMessageCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadMessageCountQuery = { __typename?: 'Query', unreadMessageCount: number };

export type PageInfoFieldsFragment = { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null };

export type ProductTermsFieldsFragment = { __typename?: 'Product', category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean };

export type ProductEligibilityFieldsFragment = { __typename?: 'Product', repaymentMethods: Array<RepaymentMethod>, targetRegionCodes: Array<string>, targetIndustryCodes: Array<string>, targetScales: Array<EnterpriseScale>, minYearsInBusiness: number, minCreditGrade?: string | null, requiredMaterials: Array<string> };

export type ProductCardFieldsFragment = { __typename?: 'Product', id: string, name: string, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean, institution: { __typename?: 'Institution', id: string, name: string, shortName: string, type: InstitutionType } };

export type ProductCardConnectionFieldsFragment = { __typename?: 'ProductConnection', totalCount: number, edges: Array<{ __typename?: 'ProductEdge', cursor: string, node: { __typename?: 'Product', id: string, name: string, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean, institution: { __typename?: 'Institution', id: string, name: string, shortName: string, type: InstitutionType } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } };

export type HomeOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeOverviewQuery = { __typename?: 'Query', products: { __typename?: 'ProductConnection', totalCount: number, edges: Array<{ __typename?: 'ProductEdge', node: { __typename?: 'Product', id: string, name: string, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean, institution: { __typename?: 'Institution', id: string, name: string, shortName: string, type: InstitutionType } } }> }, institutions: { __typename?: 'InstitutionConnection', totalCount: number } };

export type MarketProductsQueryVariables = Exact<{
  filter?: InputMaybe<ProductFilter>;
  sort?: InputMaybe<ProductSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MarketProductsQuery = { __typename?: 'Query', products: { __typename?: 'ProductConnection', totalCount: number, edges: Array<{ __typename?: 'ProductEdge', cursor: string, node: { __typename?: 'Product', id: string, name: string, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean, institution: { __typename?: 'Institution', id: string, name: string, shortName: string, type: InstitutionType } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MarketFacetsQueryVariables = Exact<{
  filter?: InputMaybe<ProductFilter>;
}>;


export type MarketFacetsQuery = { __typename?: 'Query', productFacets: { __typename?: 'ProductFacets', categories: Array<{ __typename?: 'ProductCategoryFacet', value: ProductCategory, count: number }> } };

export type ProductDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProductDetailQuery = { __typename?: 'Query', product: { __typename?: 'Product', description: string, applyCount: number, publishedAt?: string | null, id: string, name: string, repaymentMethods: Array<RepaymentMethod>, targetRegionCodes: Array<string>, targetIndustryCodes: Array<string>, targetScales: Array<EnterpriseScale>, minYearsInBusiness: number, minCreditGrade?: string | null, requiredMaterials: Array<string>, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean, institution: { __typename?: 'Institution', id: string, name: string, shortName: string, type: InstitutionType, contactPhone: string, address: string, website?: string | null } } };

export type RecommendProductsQueryVariables = Exact<{
  input: RecommendationInput;
}>;


export type RecommendProductsQuery = { __typename?: 'Query', recommendProducts: { __typename?: 'RecommendationResult', profile: { __typename?: 'RecommendationProfile', regionName?: string | null, industryName?: string | null, scale?: EnterpriseScale | null, yearsInBusiness?: number | null, enterpriseName?: string | null }, recommended: Array<{ __typename?: 'RecommendedProduct', score: number, matchedConditions: Array<string>, product: { __typename?: 'Product', id: string, name: string, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean, institution: { __typename?: 'Institution', id: string, name: string, shortName: string, type: InstitutionType } } }>, nearMisses: Array<{ __typename?: 'RecommendedProduct', score: number, reasons: Array<string>, matchedConditions: Array<string>, product: { __typename?: 'Product', id: string, name: string, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean, institution: { __typename?: 'Institution', id: string, name: string, shortName: string, type: InstitutionType } } }> } };

export type SessionUserFieldsFragment = { __typename?: 'Me', id: string, displayName: string, role: Role, permissions: Array<string>, phoneMasked?: string | null, mustChangePassword: boolean, totpEnabled: boolean, institution?: { __typename?: 'Institution', id: string, name: string, shortName: string } | null, enterprises: Array<{ __typename?: 'EnterpriseBinding', relation: EnterpriseRelation, enterprise: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } }>, activeEnterprise?: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } | null };

export type AuthPayloadFieldsFragment = { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, notices: Array<string>, me: { __typename?: 'Me', id: string, displayName: string, role: Role, permissions: Array<string>, phoneMasked?: string | null, mustChangePassword: boolean, totpEnabled: boolean, institution?: { __typename?: 'Institution', id: string, name: string, shortName: string } | null, enterprises: Array<{ __typename?: 'EnterpriseBinding', relation: EnterpriseRelation, enterprise: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } }>, activeEnterprise?: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, displayName: string, role: Role, permissions: Array<string>, phoneMasked?: string | null, mustChangePassword: boolean, totpEnabled: boolean, institution?: { __typename?: 'Institution', id: string, name: string, shortName: string } | null, enterprises: Array<{ __typename?: 'EnterpriseBinding', relation: EnterpriseRelation, enterprise: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } }>, activeEnterprise?: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } | null } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, notices: Array<string>, me: { __typename?: 'Me', id: string, displayName: string, role: Role, permissions: Array<string>, phoneMasked?: string | null, mustChangePassword: boolean, totpEnabled: boolean, institution?: { __typename?: 'Institution', id: string, name: string, shortName: string } | null, enterprises: Array<{ __typename?: 'EnterpriseBinding', relation: EnterpriseRelation, enterprise: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } }>, activeEnterprise?: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type SwitchEnterpriseMutationVariables = Exact<{
  enterpriseId: Scalars['ID']['input'];
}>;


export type SwitchEnterpriseMutation = { __typename?: 'Mutation', switchEnterprise: { __typename?: 'Me', id: string, displayName: string, role: Role, permissions: Array<string>, phoneMasked?: string | null, mustChangePassword: boolean, totpEnabled: boolean, institution?: { __typename?: 'Institution', id: string, name: string, shortName: string } | null, enterprises: Array<{ __typename?: 'EnterpriseBinding', relation: EnterpriseRelation, enterprise: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } }>, activeEnterprise?: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } | null } };

export type StaffLoginResultFieldsFragment = { __typename?: 'StaffLoginResult', step: StaffLoginStep, challengeToken?: string | null, totpEnrollment?: { __typename?: 'TotpEnrollment', secret: string, otpauthUrl: string, qrSvg: string } | null, auth?: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, notices: Array<string>, me: { __typename?: 'Me', id: string, displayName: string, role: Role, permissions: Array<string>, phoneMasked?: string | null, mustChangePassword: boolean, totpEnabled: boolean, institution?: { __typename?: 'Institution', id: string, name: string, shortName: string } | null, enterprises: Array<{ __typename?: 'EnterpriseBinding', relation: EnterpriseRelation, enterprise: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } }>, activeEnterprise?: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } | null } } | null };

export type StaffLoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type StaffLoginMutation = { __typename?: 'Mutation', staffLogin: { __typename?: 'StaffLoginResult', step: StaffLoginStep, challengeToken?: string | null, totpEnrollment?: { __typename?: 'TotpEnrollment', secret: string, otpauthUrl: string, qrSvg: string } | null, auth?: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, notices: Array<string>, me: { __typename?: 'Me', id: string, displayName: string, role: Role, permissions: Array<string>, phoneMasked?: string | null, mustChangePassword: boolean, totpEnabled: boolean, institution?: { __typename?: 'Institution', id: string, name: string, shortName: string } | null, enterprises: Array<{ __typename?: 'EnterpriseBinding', relation: EnterpriseRelation, enterprise: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } }>, activeEnterprise?: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } | null } } | null } };

export type StaffVerifyTotpMutationVariables = Exact<{
  challengeToken: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type StaffVerifyTotpMutation = { __typename?: 'Mutation', staffVerifyTotp: { __typename?: 'StaffLoginResult', step: StaffLoginStep, challengeToken?: string | null, totpEnrollment?: { __typename?: 'TotpEnrollment', secret: string, otpauthUrl: string, qrSvg: string } | null, auth?: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, notices: Array<string>, me: { __typename?: 'Me', id: string, displayName: string, role: Role, permissions: Array<string>, phoneMasked?: string | null, mustChangePassword: boolean, totpEnabled: boolean, institution?: { __typename?: 'Institution', id: string, name: string, shortName: string } | null, enterprises: Array<{ __typename?: 'EnterpriseBinding', relation: EnterpriseRelation, enterprise: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } }>, activeEnterprise?: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } | null } } | null } };

export type StaffConfirmTotpEnrollmentMutationVariables = Exact<{
  challengeToken: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type StaffConfirmTotpEnrollmentMutation = { __typename?: 'Mutation', staffConfirmTotpEnrollment: { __typename?: 'StaffLoginResult', step: StaffLoginStep, challengeToken?: string | null, totpEnrollment?: { __typename?: 'TotpEnrollment', secret: string, otpauthUrl: string, qrSvg: string } | null, auth?: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, notices: Array<string>, me: { __typename?: 'Me', id: string, displayName: string, role: Role, permissions: Array<string>, phoneMasked?: string | null, mustChangePassword: boolean, totpEnabled: boolean, institution?: { __typename?: 'Institution', id: string, name: string, shortName: string } | null, enterprises: Array<{ __typename?: 'EnterpriseBinding', relation: EnterpriseRelation, enterprise: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } }>, activeEnterprise?: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } | null } } | null } };

export type StaffChangeInitialPasswordMutationVariables = Exact<{
  challengeToken: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type StaffChangeInitialPasswordMutation = { __typename?: 'Mutation', staffChangeInitialPassword: { __typename?: 'StaffLoginResult', step: StaffLoginStep, challengeToken?: string | null, totpEnrollment?: { __typename?: 'TotpEnrollment', secret: string, otpauthUrl: string, qrSvg: string } | null, auth?: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, notices: Array<string>, me: { __typename?: 'Me', id: string, displayName: string, role: Role, permissions: Array<string>, phoneMasked?: string | null, mustChangePassword: boolean, totpEnabled: boolean, institution?: { __typename?: 'Institution', id: string, name: string, shortName: string } | null, enterprises: Array<{ __typename?: 'EnterpriseBinding', relation: EnterpriseRelation, enterprise: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } }>, activeEnterprise?: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } | null } } | null } };

export type BeginUnifiedLoginMutationVariables = Exact<{
  redirectUri: Scalars['String']['input'];
}>;


export type BeginUnifiedLoginMutation = { __typename?: 'Mutation', beginUnifiedLogin: { __typename?: 'UnifiedLoginStart', authorizeUrl: string, state: string } };

export type CompleteUnifiedLoginMutationVariables = Exact<{
  state: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type CompleteUnifiedLoginMutation = { __typename?: 'Mutation', completeUnifiedLogin: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, notices: Array<string>, me: { __typename?: 'Me', id: string, displayName: string, role: Role, permissions: Array<string>, phoneMasked?: string | null, mustChangePassword: boolean, totpEnabled: boolean, institution?: { __typename?: 'Institution', id: string, name: string, shortName: string } | null, enterprises: Array<{ __typename?: 'EnterpriseBinding', relation: EnterpriseRelation, enterprise: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } }>, activeEnterprise?: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } | null } } };

export type HostLoginMutationVariables = Exact<{
  authCode: Scalars['String']['input'];
}>;


export type HostLoginMutation = { __typename?: 'Mutation', hostLogin: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, notices: Array<string>, me: { __typename?: 'Me', id: string, displayName: string, role: Role, permissions: Array<string>, phoneMasked?: string | null, mustChangePassword: boolean, totpEnabled: boolean, institution?: { __typename?: 'Institution', id: string, name: string, shortName: string } | null, enterprises: Array<{ __typename?: 'EnterpriseBinding', relation: EnterpriseRelation, enterprise: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } }>, activeEnterprise?: { __typename?: 'EnterpriseSummary', id: string, uscc: string, name: string } | null } } };

export type ManagedBannersQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagedBannersQuery = { __typename?: 'Query', banners: Array<{ __typename?: 'Banner', id: string, title: string, subtitle?: string | null, imageUrl: string, linkPath?: string | null, sortOrder: number, startsAt?: string | null, endsAt?: string | null, status: BannerStatus }> };

export type CreateBannerMutationVariables = Exact<{
  input: BannerInput;
}>;


export type CreateBannerMutation = { __typename?: 'Mutation', createBanner: { __typename?: 'Banner', id: string } };

export type UpdateBannerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: BannerInput;
}>;


export type UpdateBannerMutation = { __typename?: 'Mutation', updateBanner: { __typename?: 'Banner', id: string, status: BannerStatus } };

export type DeleteBannerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteBannerMutation = { __typename?: 'Mutation', deleteBanner: string };

export type ReorderBannersMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ReorderBannersMutation = { __typename?: 'Mutation', reorderBanners: Array<{ __typename?: 'Banner', id: string, sortOrder: number }> };

export type ManagedPolicyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ManagedPolicyQuery = { __typename?: 'Query', managedPolicy: { __typename?: 'Policy', id: string, version: number, title: string, level: PolicyLevel, issuer: string, documentNumber: string, issuedOn: string, summary: string, bodyHtml: string, industryCodes: Array<string>, scales: Array<EnterpriseScale>, enterpriseTypes: Array<EnterpriseType>, status: ContentStatus, attachments: Array<{ __typename?: 'Attachment', id: string, name: string, size: number }> } };

export type ManagedPolicyListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ManagedPolicyListQuery = { __typename?: 'Query', managedPolicies: { __typename?: 'PolicyConnection', edges: Array<{ __typename?: 'PolicyEdge', node: { __typename?: 'Policy', id: string, title: string, level: PolicyLevel, status: ContentStatus, issuedOn: string, attachments: Array<{ __typename?: 'Attachment', id: string }> } }> } };

export type ManagedNewsListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ManagedNewsListQuery = { __typename?: 'Query', managedNewsList: { __typename?: 'NewsConnection', edges: Array<{ __typename?: 'NewsEdge', node: { __typename?: 'News', id: string, title: string, level: PolicyLevel, source: string, status: ContentStatus, publishedOn: string, attachments: Array<{ __typename?: 'Attachment', id: string }> } }> } };

export type ManagedNewsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ManagedNewsQuery = { __typename?: 'Query', managedNews: { __typename?: 'News', id: string, version: number, title: string, level: PolicyLevel, source: string, publishedOn: string, summary: string, bodyHtml: string, status: ContentStatus, attachments: Array<{ __typename?: 'Attachment', id: string, name: string, size: number }> } };

export type CreateNewsMutationVariables = Exact<{
  input: NewsInput;
}>;


export type CreateNewsMutation = { __typename?: 'Mutation', createNews: { __typename?: 'News', id: string, status: ContentStatus } };

export type UpdateNewsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: NewsInput;
}>;


export type UpdateNewsMutation = { __typename?: 'Mutation', updateNews: { __typename?: 'News', id: string, status: ContentStatus, version: number } };

export type PublishNewsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishNewsMutation = { __typename?: 'Mutation', publishNews: { __typename?: 'News', id: string, status: ContentStatus, version: number } };

export type WithdrawNewsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawNewsMutation = { __typename?: 'Mutation', withdrawNews: { __typename?: 'News', id: string, status: ContentStatus, version: number } };

export type DataConsentFieldsFragment = { __typename?: 'DataConsent', id: string, reference: string, status: ConsentStatus, sources: Array<DataSource>, purpose: ConsentPurpose, granteeKind: ConsentGranteeKind, granteeInstitutionId?: string | null, granteeName: string, productName?: string | null, grantorRelation: EnterpriseRelation, grantedByName: string, agreementVersion: string, grantedAt: string, expiresAt: string, revokedAt?: string | null };

export type MyDataConsentsQueryVariables = Exact<{
  status?: InputMaybe<ConsentStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyDataConsentsQuery = { __typename?: 'Query', myDataConsents: { __typename?: 'DataConsentConnection', totalCount: number, edges: Array<{ __typename?: 'DataConsentEdge', node: { __typename?: 'DataConsent', id: string, reference: string, status: ConsentStatus, sources: Array<DataSource>, purpose: ConsentPurpose, granteeKind: ConsentGranteeKind, granteeInstitutionId?: string | null, granteeName: string, productName?: string | null, grantorRelation: EnterpriseRelation, grantedByName: string, agreementVersion: string, grantedAt: string, expiresAt: string, revokedAt?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type AgentConsentPurposesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentConsentPurposesQuery = { __typename?: 'Query', agentConsentPurposes: Array<ConsentPurpose> };

export type ConsentAgreementQueryVariables = Exact<{
  purpose: ConsentPurpose;
}>;


export type ConsentAgreementQuery = { __typename?: 'Query', consentAgreement: { __typename?: 'ConsentAgreement', purpose: ConsentPurpose, version: string, title: string, text: string, publishedAt: string } };

export type GrantInstitutionsQueryVariables = Exact<{
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type GrantInstitutionsQuery = { __typename?: 'Query', institutions: { __typename?: 'InstitutionConnection', totalCount: number, edges: Array<{ __typename?: 'InstitutionEdge', node: { __typename?: 'Institution', id: string, name: string, type: InstitutionType } }> } };

export type GrantDataConsentMutationVariables = Exact<{
  input: GrantDataConsentInput;
}>;


export type GrantDataConsentMutation = { __typename?: 'Mutation', grantDataConsent: { __typename?: 'DataConsent', id: string, reference: string, status: ConsentStatus, sources: Array<DataSource>, purpose: ConsentPurpose, granteeKind: ConsentGranteeKind, granteeInstitutionId?: string | null, granteeName: string, productName?: string | null, grantorRelation: EnterpriseRelation, grantedByName: string, agreementVersion: string, grantedAt: string, expiresAt: string, revokedAt?: string | null } };

export type RevokeDataConsentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeDataConsentMutation = { __typename?: 'Mutation', revokeDataConsent: { __typename?: 'DataConsent', id: string, reference: string, status: ConsentStatus, sources: Array<DataSource>, purpose: ConsentPurpose, granteeKind: ConsentGranteeKind, granteeInstitutionId?: string | null, granteeName: string, productName?: string | null, grantorRelation: EnterpriseRelation, grantedByName: string, agreementVersion: string, grantedAt: string, expiresAt: string, revokedAt?: string | null } };

export type UpdateAgentConsentPurposesMutationVariables = Exact<{
  purposes: Array<ConsentPurpose> | ConsentPurpose;
}>;


export type UpdateAgentConsentPurposesMutation = { __typename?: 'Mutation', updateAgentConsentPurposes: Array<ConsentPurpose> };

export type DataUseRecordsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DataUseRecordsQuery = { __typename?: 'Query', dataUseRecords: { __typename?: 'DataUseRecordConnection', totalCount: number, edges: Array<{ __typename?: 'DataUseRecordEdge', node: { __typename?: 'DataUseRecord', id: string, kind: DataUseKind, source?: DataSource | null, purpose: ConsentPurpose, consentReference: string, partyName: string, actorName?: string | null, outcome: DataUseOutcome, detail?: string | null, occurredAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type EnterpriseProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseProfileQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, activeEnterprise?: { __typename?: 'EnterpriseSummary', id: string, name: string, uscc: string, registerProfile?: { __typename?: 'EnterpriseRegisterProfile', regionCode?: string | null, regionName?: string | null, industryCode?: string | null, industryName?: string | null, type?: EnterpriseType | null, establishedOn?: string | null, registeredCapitalFen?: number | null, legalRepresentativeMasked?: string | null, status?: RegistrationStatus | null, scale?: EnterpriseScale | null, scaleNote: string, source: DataSource, fetchedAt: string, asOf: string, complete: boolean, missingFields: Array<string> } | null } | null } };

export type RegisterProfileFieldsFragment = { __typename?: 'EnterpriseRegisterProfile', regionCode?: string | null, regionName?: string | null, industryCode?: string | null, industryName?: string | null, type?: EnterpriseType | null, establishedOn?: string | null, registeredCapitalFen?: number | null, legalRepresentativeMasked?: string | null, status?: RegistrationStatus | null, scale?: EnterpriseScale | null, scaleNote: string, source: DataSource, fetchedAt: string, asOf: string, complete: boolean, missingFields: Array<string> };

export type RefreshGovernmentDataMutationVariables = Exact<{
  enterpriseId: Scalars['ID']['input'];
}>;


export type RefreshGovernmentDataMutation = { __typename?: 'Mutation', refreshGovernmentData: { __typename?: 'GovernmentDataRefresh', enterpriseId: string, sources: Array<{ __typename?: 'GovernmentSourceRefresh', source: string, scope: DataSource, label: string, outcome: GovernmentDataOutcome, outcomeLabel: string, fetchedAt?: string | null, complete: boolean, missingFields: Array<string> }>, registerProfile?: { __typename?: 'EnterpriseRegisterProfile', regionCode?: string | null, regionName?: string | null, industryCode?: string | null, industryName?: string | null, type?: EnterpriseType | null, establishedOn?: string | null, registeredCapitalFen?: number | null, legalRepresentativeMasked?: string | null, status?: RegistrationStatus | null, scale?: EnterpriseScale | null, scaleNote: string, source: DataSource, fetchedAt: string, asOf: string, complete: boolean, missingFields: Array<string> } | null } };

export type InstitutionDirectoryQueryVariables = Exact<{
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InstitutionDirectoryQuery = { __typename?: 'Query', institutions: { __typename?: 'InstitutionConnection', totalCount: number, edges: Array<{ __typename?: 'InstitutionEdge', cursor: string, node: { __typename?: 'Institution', id: string, name: string, shortName: string, type: InstitutionType, regionCode: string, description: string, productCount: number } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type InstitutionTypeCountsQueryVariables = Exact<{
  filter?: InputMaybe<InstitutionFilter>;
}>;


export type InstitutionTypeCountsQuery = { __typename?: 'Query', institutionFacets: { __typename?: 'InstitutionFacets', total: number, types: Array<{ __typename?: 'InstitutionTypeCount', type: InstitutionType, count: number }> } };

export type InstitutionDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InstitutionDetailQuery = { __typename?: 'Query', institution: { __typename?: 'Institution', id: string, name: string, shortName: string, type: InstitutionType, regionCode: string, description: string, contactPhone: string, address: string, website?: string | null, serviceHours?: string | null, establishedOn: string, products: { __typename?: 'ProductConnection', totalCount: number, edges: Array<{ __typename?: 'ProductEdge', cursor: string, node: { __typename?: 'Product', id: string, name: string, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean, institution: { __typename?: 'Institution', id: string, name: string, shortName: string, type: InstitutionType } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type ProductFieldValuesFieldsFragment = { __typename?: 'ProductFieldValues', name: string, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minTermMonths: number, maxTermMonths: number, minRateBp: number, maxRateBp: number, repaymentMethods: Array<RepaymentMethod>, targetRegionCodes: Array<string>, targetIndustryCodes: Array<string>, targetScales: Array<EnterpriseScale>, minYearsInBusiness: number, minCreditGrade?: string | null, requiredMaterials: Array<string>, onlineApply: boolean, summary: string, description: string };

export type ManagedProductFieldsFragment = { __typename?: 'Product', id: string, name: string, status: ProductStatus, description: string, publishedAt?: string | null, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean, repaymentMethods: Array<RepaymentMethod>, targetRegionCodes: Array<string>, targetIndustryCodes: Array<string>, targetScales: Array<EnterpriseScale>, minYearsInBusiness: number, minCreditGrade?: string | null, requiredMaterials: Array<string>, institution: { __typename?: 'Institution', id: string, name: string } };

export type ReviewSummaryFieldsFragment = { __typename?: 'ProductReview', id: string, kind: ProductVersionKind, status: ProductVersionStatus, reason?: string | null, submittedByName?: string | null, submittedAt: string, reviewedByName?: string | null, reviewedAt?: string | null };

export type MyInstitutionProductsQueryVariables = Exact<{
  status?: InputMaybe<ProductStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyInstitutionProductsQuery = { __typename?: 'Query', myInstitutionProducts: { __typename?: 'ManagedProductConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ManagedProductEdge', cursor: string, node: { __typename?: 'ManagedProduct', id: string, product: { __typename?: 'Product', id: string, name: string, status: ProductStatus, description: string, publishedAt?: string | null, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean, repaymentMethods: Array<RepaymentMethod>, targetRegionCodes: Array<string>, targetIndustryCodes: Array<string>, targetScales: Array<EnterpriseScale>, minYearsInBusiness: number, minCreditGrade?: string | null, requiredMaterials: Array<string>, institution: { __typename?: 'Institution', id: string, name: string } }, latestReview?: { __typename?: 'ProductReview', id: string, kind: ProductVersionKind, status: ProductVersionStatus, reason?: string | null, submittedByName?: string | null, submittedAt: string, reviewedByName?: string | null, reviewedAt?: string | null } | null } }> } };

export type ProductEditorQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProductEditorQuery = { __typename?: 'Query', productDraft: { __typename?: 'Product', id: string, name: string, status: ProductStatus, description: string, publishedAt?: string | null, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean, repaymentMethods: Array<RepaymentMethod>, targetRegionCodes: Array<string>, targetIndustryCodes: Array<string>, targetScales: Array<EnterpriseScale>, minYearsInBusiness: number, minCreditGrade?: string | null, requiredMaterials: Array<string>, institution: { __typename?: 'Institution', id: string, name: string } }, productHistory: Array<{ __typename?: 'ProductReview', id: string, kind: ProductVersionKind, status: ProductVersionStatus, reason?: string | null, submittedByName?: string | null, submittedAt: string, reviewedByName?: string | null, reviewedAt?: string | null }> };

export type CreateProductDraftMutationVariables = Exact<{
  input: ProductDraftInput;
}>;


export type CreateProductDraftMutation = { __typename?: 'Mutation', createProductDraft: { __typename?: 'Product', id: string, status: ProductStatus } };

export type UpdateProductDraftMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProductDraftInput;
}>;


export type UpdateProductDraftMutation = { __typename?: 'Mutation', updateProductDraft: { __typename?: 'Product', id: string, status: ProductStatus } };

export type SubmitProductForReviewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitProductForReviewMutation = { __typename?: 'Mutation', submitProductForReview: { __typename?: 'Product', id: string, status: ProductStatus } };

export type ProposeProductChangeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProductDraftInput;
}>;


export type ProposeProductChangeMutation = { __typename?: 'Mutation', proposeProductChange: { __typename?: 'ProductReview', id: string, status: ProductVersionStatus } };

export type RetireProductMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetireProductMutation = { __typename?: 'Mutation', retireProduct: { __typename?: 'Product', id: string, status: ProductStatus } };

export type ProductReviewQueueQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProductReviewQueueQuery = { __typename?: 'Query', productReviewQueue: { __typename?: 'ProductReviewConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ProductReviewEdge', cursor: string, node: { __typename?: 'ProductReview', id: string, kind: ProductVersionKind, status: ProductVersionStatus, reason?: string | null, submittedByName?: string | null, submittedAt: string, reviewedByName?: string | null, reviewedAt?: string | null, proposed: { __typename?: 'ProductFieldValues', name: string, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minTermMonths: number, maxTermMonths: number, minRateBp: number, maxRateBp: number, repaymentMethods: Array<RepaymentMethod>, targetRegionCodes: Array<string>, targetIndustryCodes: Array<string>, targetScales: Array<EnterpriseScale>, minYearsInBusiness: number, minCreditGrade?: string | null, requiredMaterials: Array<string>, onlineApply: boolean, summary: string, description: string }, product: { __typename?: 'Product', id: string, name: string, status: ProductStatus, description: string, publishedAt?: string | null, category: ProductCategory, guaranteeMethods: Array<GuaranteeMethod>, minAmountFen: number, maxAmountFen: number, minRateBp: number, maxRateBp: number, minTermMonths: number, maxTermMonths: number, summary: string, onlineApply: boolean, repaymentMethods: Array<RepaymentMethod>, targetRegionCodes: Array<string>, targetIndustryCodes: Array<string>, targetScales: Array<EnterpriseScale>, minYearsInBusiness: number, minCreditGrade?: string | null, requiredMaterials: Array<string>, institution: { __typename?: 'Institution', id: string, name: string } } } }> } };

export type ApproveProductReviewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveProductReviewMutation = { __typename?: 'Mutation', approveProductReview: { __typename?: 'ProductReview', id: string, status: ProductVersionStatus } };

export type RejectProductReviewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectProductReviewMutation = { __typename?: 'Mutation', rejectProductReview: { __typename?: 'ProductReview', id: string, status: ProductVersionStatus, reason?: string | null } };

export type SecurityStaffAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityStaffAccountsQuery = { __typename?: 'Query', staffAccounts: Array<{ __typename?: 'StaffAccount', id: string, username: string, displayName: string, role: Role, enabled: boolean, lockedUntil?: string | null, failedLoginCount: number, totpEnabled: boolean, institution?: { __typename?: 'Institution', id: string, name: string } | null }> };

export type UnlockStaffAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnlockStaffAccountMutation = { __typename?: 'Mutation', unlockStaffAccount: { __typename?: 'StaffAccount', id: string, lockedUntil?: string | null, failedLoginCount: number } };

export type ResetStaffTotpMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResetStaffTotpMutation = { __typename?: 'Mutation', resetStaffTotp: { __typename?: 'StaffAccount', id: string, totpEnabled: boolean } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ProductTermsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductTermsFields on Product {
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minRateBp
  maxRateBp
  minTermMonths
  maxTermMonths
  summary
  onlineApply
}
    `, {"fragmentName":"ProductTermsFields"}) as unknown as TypedDocumentString<ProductTermsFieldsFragment, unknown>;
export const ProductCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductCardFields on Product {
  id
  name
  ...ProductTermsFields
  institution {
    id
    name
    shortName
    type
  }
}
    fragment ProductTermsFields on Product {
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minRateBp
  maxRateBp
  minTermMonths
  maxTermMonths
  summary
  onlineApply
}`, {"fragmentName":"ProductCardFields"}) as unknown as TypedDocumentString<ProductCardFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const ProductCardConnectionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductCardConnectionFields on ProductConnection {
  edges {
    cursor
    node {
      ...ProductCardFields
    }
  }
  pageInfo {
    ...PageInfoFields
  }
  totalCount
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment ProductTermsFields on Product {
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minRateBp
  maxRateBp
  minTermMonths
  maxTermMonths
  summary
  onlineApply
}
fragment ProductCardFields on Product {
  id
  name
  ...ProductTermsFields
  institution {
    id
    name
    shortName
    type
  }
}`, {"fragmentName":"ProductCardConnectionFields"}) as unknown as TypedDocumentString<ProductCardConnectionFieldsFragment, unknown>;
export const SessionUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionUserFields on Me {
  id
  displayName
  role
  permissions
  phoneMasked
  mustChangePassword
  totpEnabled
  institution {
    id
    name
    shortName
  }
  enterprises {
    relation
    enterprise {
      id
      uscc
      name
    }
  }
  activeEnterprise {
    id
    uscc
    name
  }
}
    `, {"fragmentName":"SessionUserFields"}) as unknown as TypedDocumentString<SessionUserFieldsFragment, unknown>;
export const AuthPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  me {
    ...SessionUserFields
  }
  notices
}
    fragment SessionUserFields on Me {
  id
  displayName
  role
  permissions
  phoneMasked
  mustChangePassword
  totpEnabled
  institution {
    id
    name
    shortName
  }
  enterprises {
    relation
    enterprise {
      id
      uscc
      name
    }
  }
  activeEnterprise {
    id
    uscc
    name
  }
}`, {"fragmentName":"AuthPayloadFields"}) as unknown as TypedDocumentString<AuthPayloadFieldsFragment, unknown>;
export const StaffLoginResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffLoginResultFields on StaffLoginResult {
  step
  challengeToken
  totpEnrollment {
    secret
    otpauthUrl
    qrSvg
  }
  auth {
    ...AuthPayloadFields
  }
}
    fragment SessionUserFields on Me {
  id
  displayName
  role
  permissions
  phoneMasked
  mustChangePassword
  totpEnabled
  institution {
    id
    name
    shortName
  }
  enterprises {
    relation
    enterprise {
      id
      uscc
      name
    }
  }
  activeEnterprise {
    id
    uscc
    name
  }
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  me {
    ...SessionUserFields
  }
  notices
}`, {"fragmentName":"StaffLoginResultFields"}) as unknown as TypedDocumentString<StaffLoginResultFieldsFragment, unknown>;
export const DataConsentFieldsFragmentDoc = new TypedDocumentString(`
    fragment DataConsentFields on DataConsent {
  id
  reference
  status
  sources
  purpose
  granteeKind
  granteeInstitutionId
  granteeName
  productName
  grantorRelation
  grantedByName
  agreementVersion
  grantedAt
  expiresAt
  revokedAt
}
    `, {"fragmentName":"DataConsentFields"}) as unknown as TypedDocumentString<DataConsentFieldsFragment, unknown>;
export const RegisterProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment RegisterProfileFields on EnterpriseRegisterProfile {
  regionCode
  regionName
  industryCode
  industryName
  type
  establishedOn
  registeredCapitalFen
  legalRepresentativeMasked
  status
  scale
  scaleNote
  source
  fetchedAt
  asOf
  complete
  missingFields
}
    `, {"fragmentName":"RegisterProfileFields"}) as unknown as TypedDocumentString<RegisterProfileFieldsFragment, unknown>;
export const ProductFieldValuesFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductFieldValuesFields on ProductFieldValues {
  name
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minTermMonths
  maxTermMonths
  minRateBp
  maxRateBp
  repaymentMethods
  targetRegionCodes
  targetIndustryCodes
  targetScales
  minYearsInBusiness
  minCreditGrade
  requiredMaterials
  onlineApply
  summary
  description
}
    `, {"fragmentName":"ProductFieldValuesFields"}) as unknown as TypedDocumentString<ProductFieldValuesFieldsFragment, unknown>;
export const ProductEligibilityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductEligibilityFields on Product {
  repaymentMethods
  targetRegionCodes
  targetIndustryCodes
  targetScales
  minYearsInBusiness
  minCreditGrade
  requiredMaterials
}
    `, {"fragmentName":"ProductEligibilityFields"}) as unknown as TypedDocumentString<ProductEligibilityFieldsFragment, unknown>;
export const ManagedProductFieldsFragmentDoc = new TypedDocumentString(`
    fragment ManagedProductFields on Product {
  id
  name
  status
  ...ProductTermsFields
  ...ProductEligibilityFields
  description
  publishedAt
  institution {
    id
    name
  }
}
    fragment ProductTermsFields on Product {
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minRateBp
  maxRateBp
  minTermMonths
  maxTermMonths
  summary
  onlineApply
}
fragment ProductEligibilityFields on Product {
  repaymentMethods
  targetRegionCodes
  targetIndustryCodes
  targetScales
  minYearsInBusiness
  minCreditGrade
  requiredMaterials
}`, {"fragmentName":"ManagedProductFields"}) as unknown as TypedDocumentString<ManagedProductFieldsFragment, unknown>;
export const ReviewSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewSummaryFields on ProductReview {
  id
  kind
  status
  reason
  submittedByName
  submittedAt
  reviewedByName
  reviewedAt
}
    `, {"fragmentName":"ReviewSummaryFields"}) as unknown as TypedDocumentString<ReviewSummaryFieldsFragment, unknown>;
export const PolicyListDocument = new TypedDocumentString(`
    query PolicyList($level: PolicyLevel, $industryCode: String, $scale: EnterpriseScale, $enterpriseType: EnterpriseType, $first: Int, $after: String) {
  policies(
    level: $level
    industryCode: $industryCode
    scale: $scale
    enterpriseType: $enterpriseType
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        level
        issuer
        documentNumber
        issuedOn
        summary
        industryCodes
        scales
        enterpriseTypes
      }
    }
  }
}
    `, {"operationName":"PolicyList","hash":"0a41f796636c8eda5422f4656cd1ca4959fa5106602a4a81ad51db220d30f74c"}) as unknown as TypedDocumentString<PolicyListQuery, PolicyListQueryVariables>;
export const PolicyDetailDocument = new TypedDocumentString(`
    query PolicyDetail($id: ID!) {
  policy(id: $id) {
    id
    title
    level
    issuer
    documentNumber
    issuedOn
    summary
    bodyHtml
    industryCodes
    scales
    enterpriseTypes
    attachments {
      id
      name
      mimeType
      size
      url
    }
  }
}
    `, {"operationName":"PolicyDetail","hash":"39f87cde631b770dc66616fd46a95f34f5bd074b864ce5b410fa1cff7218d21a"}) as unknown as TypedDocumentString<PolicyDetailQuery, PolicyDetailQueryVariables>;
export const NewsListDocument = new TypedDocumentString(`
    query NewsList($level: PolicyLevel, $first: Int, $after: String) {
  newsList(level: $level, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        level
        source
        publishedOn
        summary
      }
    }
  }
}
    `, {"operationName":"NewsList","hash":"9bfdba3ec4a85be316e612026b5afaf3699752ae2459c07deb94bd9e8839b1a6"}) as unknown as TypedDocumentString<NewsListQuery, NewsListQueryVariables>;
export const NewsDetailDocument = new TypedDocumentString(`
    query NewsDetail($id: ID!) {
  news(id: $id) {
    id
    title
    level
    source
    publishedOn
    summary
    bodyHtml
    attachments {
      id
      name
      mimeType
      size
      url
    }
  }
}
    `, {"operationName":"NewsDetail","hash":"7ef82bdd5d4767dfd512057e6bac7c82c127868b1ab1c8076a336611c0d0820c"}) as unknown as TypedDocumentString<NewsDetailQuery, NewsDetailQueryVariables>;
export const MyPolicyPushDocument = new TypedDocumentString(`
    query MyPolicyPush {
  myPolicyPush {
    reasons
    reasonText
    policy {
      id
      title
      level
      issuer
      issuedOn
      summary
    }
  }
}
    `, {"operationName":"MyPolicyPush","hash":"5fca0f40ed5153ac372cb5f2e7dee33883b8ca91c0f0a53822480c340c71b978"}) as unknown as TypedDocumentString<MyPolicyPushQuery, MyPolicyPushQueryVariables>;
export const MyMessagesDocument = new TypedDocumentString(`
    query MyMessages($first: Int, $after: String) {
  unreadMessageCount
  myMessages(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        title
        body
        link
        readAt
        createdAt
      }
    }
  }
}
    `, {"operationName":"MyMessages","hash":"e3dba603bd5a3d72899b6fe1f0133369a98180a1eb29e1ceb131320541fc4e5e"}) as unknown as TypedDocumentString<MyMessagesQuery, MyMessagesQueryVariables>;
export const MarkMessagesReadDocument = new TypedDocumentString(`
    mutation MarkMessagesRead($ids: [ID!]!) {
  markMessagesRead(ids: $ids)
}
    `, {"operationName":"MarkMessagesRead","hash":"d3f3c3e29c89b0a764afcd81d2f9a7d8d75a646be2c3f64c3ca41454922896c9"}) as unknown as TypedDocumentString<MarkMessagesReadMutation, MarkMessagesReadMutationVariables>;
export const CreatePolicyDocument = new TypedDocumentString(`
    mutation CreatePolicy($input: PolicyInput!) {
  createPolicy(input: $input) {
    id
    status
  }
}
    `, {"operationName":"CreatePolicy","hash":"782916f9ad78de9e6aeaf85db64df36ba2308c484d2cd31739c96324b5e5b3e8"}) as unknown as TypedDocumentString<CreatePolicyMutation, CreatePolicyMutationVariables>;
export const UpdatePolicyDocument = new TypedDocumentString(`
    mutation UpdatePolicy($id: ID!, $expectedVersion: Int!, $input: PolicyInput!) {
  updatePolicy(id: $id, expectedVersion: $expectedVersion, input: $input) {
    id
    status
    version
  }
}
    `, {"operationName":"UpdatePolicy","hash":"b4d7c2b9ea742f6847c5e4cf3f00f7cfda0fbf8f68a8c30c06c946b26a3c86c3"}) as unknown as TypedDocumentString<UpdatePolicyMutation, UpdatePolicyMutationVariables>;
export const PublishPolicyDocument = new TypedDocumentString(`
    mutation PublishPolicy($id: ID!) {
  publishPolicy(id: $id) {
    notifiedUserCount
    policy {
      id
      status
      version
    }
  }
}
    `, {"operationName":"PublishPolicy","hash":"bc7cd2f7c9940b3676833612221f7db1a8dfc26176c99ea7ad553a291ad7441a"}) as unknown as TypedDocumentString<PublishPolicyMutation, PublishPolicyMutationVariables>;
export const WithdrawPolicyDocument = new TypedDocumentString(`
    mutation WithdrawPolicy($id: ID!) {
  withdrawPolicy(id: $id) {
    id
    status
    version
  }
}
    `, {"operationName":"WithdrawPolicy","hash":"e13c89f9508312e589fb900a75cb24a0834b55e3d4eae3c01e1dba28d48dfd8f"}) as unknown as TypedDocumentString<WithdrawPolicyMutation, WithdrawPolicyMutationVariables>;
export const HomeBannersDocument = new TypedDocumentString(`
    query HomeBanners {
  homeBanners {
    id
    title
    subtitle
    imageUrl
    linkPath
  }
}
    `, {"operationName":"HomeBanners","hash":"43f926d2c4e59f8e232addb30f135934d1c193be6fa385bf272877b95a1d4f19"}) as unknown as TypedDocumentString<HomeBannersQuery, HomeBannersQueryVariables>;
export const HomeLatestContentDocument = new TypedDocumentString(`
    query HomeLatestContent {
  policies(first: 3) {
    edges {
      node {
        id
        title
        level
        issuer
        issuedOn
      }
    }
  }
  newsList(first: 3) {
    edges {
      node {
        id
        title
        level
        source
        publishedOn
      }
    }
  }
}
    `, {"operationName":"HomeLatestContent","hash":"b4dc9304b1637de7baf2a8da241bf83edd2a61a8ff25389419424806ac6fc803"}) as unknown as TypedDocumentString<HomeLatestContentQuery, HomeLatestContentQueryVariables>;
export const UnreadMessageCountLiveDocument = new TypedDocumentString(`
    subscription UnreadMessageCountLive {
  unreadMessageCount
}
    `, {"operationName":"UnreadMessageCountLive","hash":"4b5c9e18c203c4a35b1668a09e95f1a2d36529b2ca4801de53f6171e8d843b2f"}) as unknown as TypedDocumentString<UnreadMessageCountLiveSubscription, UnreadMessageCountLiveSubscriptionVariables>;
export const MessageReceivedLiveDocument = new TypedDocumentString(`
    subscription MessageReceivedLive($after: ID) {
  messageReceived(after: $after) {
    eventId
    message {
      id
      kind
      title
      body
      link
      readAt
      createdAt
    }
  }
}
    `, {"operationName":"MessageReceivedLive","hash":"cf493876c63163bf8e1e9bb989dee0019e08b8c247b38501eeb01712963cbf3b"}) as unknown as TypedDocumentString<MessageReceivedLiveSubscription, MessageReceivedLiveSubscriptionVariables>;
export const UnreadMessageCountDocument = new TypedDocumentString(`
    query UnreadMessageCount {
  unreadMessageCount
}
    `, {"operationName":"UnreadMessageCount","hash":"d6fe1e3c58d6521c381a86f2be9ef66ceb2f81909dbc25bb8511bfbd50a52c6b"}) as unknown as TypedDocumentString<UnreadMessageCountQuery, UnreadMessageCountQueryVariables>;
export const HomeOverviewDocument = new TypedDocumentString(`
    query HomeOverview {
  products(first: 6, sort: POPULARITY) {
    edges {
      node {
        ...ProductCardFields
      }
    }
    totalCount
  }
  institutions(first: 1) {
    totalCount
  }
}
    fragment ProductTermsFields on Product {
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minRateBp
  maxRateBp
  minTermMonths
  maxTermMonths
  summary
  onlineApply
}
fragment ProductCardFields on Product {
  id
  name
  ...ProductTermsFields
  institution {
    id
    name
    shortName
    type
  }
}`, {"operationName":"HomeOverview","hash":"1589b03eee8e2b3a14028d1080004252bf4211061e62361022a06d7ac854dabd"}) as unknown as TypedDocumentString<HomeOverviewQuery, HomeOverviewQueryVariables>;
export const MarketProductsDocument = new TypedDocumentString(`
    query MarketProducts($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String) {
  products(filter: $filter, sort: $sort, first: $first, after: $after) {
    ...ProductCardConnectionFields
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment ProductTermsFields on Product {
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minRateBp
  maxRateBp
  minTermMonths
  maxTermMonths
  summary
  onlineApply
}
fragment ProductCardFields on Product {
  id
  name
  ...ProductTermsFields
  institution {
    id
    name
    shortName
    type
  }
}
fragment ProductCardConnectionFields on ProductConnection {
  edges {
    cursor
    node {
      ...ProductCardFields
    }
  }
  pageInfo {
    ...PageInfoFields
  }
  totalCount
}`, {"operationName":"MarketProducts","hash":"c897120463edecb273f3448b7db6146093a9f16f04983e2b01c105d1df130ec3"}) as unknown as TypedDocumentString<MarketProductsQuery, MarketProductsQueryVariables>;
export const MarketFacetsDocument = new TypedDocumentString(`
    query MarketFacets($filter: ProductFilter) {
  productFacets(filter: $filter) {
    categories {
      value
      count
    }
  }
}
    `, {"operationName":"MarketFacets","hash":"2e8a15cf0f7069c96ac9f4729b0ba9ddc6426b6d45a5aaa29a3b3f3674a8cb0b"}) as unknown as TypedDocumentString<MarketFacetsQuery, MarketFacetsQueryVariables>;
export const ProductDetailDocument = new TypedDocumentString(`
    query ProductDetail($id: ID!) {
  product(id: $id) {
    ...ProductCardFields
    description
    ...ProductEligibilityFields
    applyCount
    publishedAt
    institution {
      id
      name
      shortName
      type
      contactPhone
      address
      website
    }
  }
}
    fragment ProductTermsFields on Product {
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minRateBp
  maxRateBp
  minTermMonths
  maxTermMonths
  summary
  onlineApply
}
fragment ProductEligibilityFields on Product {
  repaymentMethods
  targetRegionCodes
  targetIndustryCodes
  targetScales
  minYearsInBusiness
  minCreditGrade
  requiredMaterials
}
fragment ProductCardFields on Product {
  id
  name
  ...ProductTermsFields
  institution {
    id
    name
    shortName
    type
  }
}`, {"operationName":"ProductDetail","hash":"4871a861f3474d24124bbd5c9993eca883ccc5d630df11b87d3c73d39ce63cb1"}) as unknown as TypedDocumentString<ProductDetailQuery, ProductDetailQueryVariables>;
export const RecommendProductsDocument = new TypedDocumentString(`
    query RecommendProducts($input: RecommendationInput!) {
  recommendProducts(input: $input) {
    profile {
      regionName
      industryName
      scale
      yearsInBusiness
      enterpriseName
    }
    recommended {
      score
      matchedConditions
      product {
        ...ProductCardFields
      }
    }
    nearMisses {
      score
      reasons
      matchedConditions
      product {
        ...ProductCardFields
      }
    }
  }
}
    fragment ProductTermsFields on Product {
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minRateBp
  maxRateBp
  minTermMonths
  maxTermMonths
  summary
  onlineApply
}
fragment ProductCardFields on Product {
  id
  name
  ...ProductTermsFields
  institution {
    id
    name
    shortName
    type
  }
}`, {"operationName":"RecommendProducts","hash":"c424ed1ded302309d874d6797fb8f9169c4cac70d7677166b60e985774cbb7dc"}) as unknown as TypedDocumentString<RecommendProductsQuery, RecommendProductsQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionUserFields
  }
}
    fragment SessionUserFields on Me {
  id
  displayName
  role
  permissions
  phoneMasked
  mustChangePassword
  totpEnabled
  institution {
    id
    name
    shortName
  }
  enterprises {
    relation
    enterprise {
      id
      uscc
      name
    }
  }
  activeEnterprise {
    id
    uscc
    name
  }
}`, {"operationName":"Me","hash":"5395854556ea3891984cffb84faa2f62f77cc820c227d98886a62cdfbf689e00"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    ...AuthPayloadFields
  }
}
    fragment SessionUserFields on Me {
  id
  displayName
  role
  permissions
  phoneMasked
  mustChangePassword
  totpEnabled
  institution {
    id
    name
    shortName
  }
  enterprises {
    relation
    enterprise {
      id
      uscc
      name
    }
  }
  activeEnterprise {
    id
    uscc
    name
  }
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  me {
    ...SessionUserFields
  }
  notices
}`, {"operationName":"RefreshSession","hash":"780be9385d3f59cecfa1db48e2d4376c023c004c97a2a5725525002d55ed8012"}) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `, {"operationName":"Logout","hash":"cb1d14c1cc99a25294cfa4376de2402364cb32e6c038a11fb36cf0ebb3a5ce91"}) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const SwitchEnterpriseDocument = new TypedDocumentString(`
    mutation SwitchEnterprise($enterpriseId: ID!) {
  switchEnterprise(enterpriseId: $enterpriseId) {
    ...SessionUserFields
  }
}
    fragment SessionUserFields on Me {
  id
  displayName
  role
  permissions
  phoneMasked
  mustChangePassword
  totpEnabled
  institution {
    id
    name
    shortName
  }
  enterprises {
    relation
    enterprise {
      id
      uscc
      name
    }
  }
  activeEnterprise {
    id
    uscc
    name
  }
}`, {"operationName":"SwitchEnterprise","hash":"8fc0d6b6d0ba4cf1c4a447a683db8f8f2f2d2b8daa6132124a98c26b019edc3c"}) as unknown as TypedDocumentString<SwitchEnterpriseMutation, SwitchEnterpriseMutationVariables>;
export const StaffLoginDocument = new TypedDocumentString(`
    mutation StaffLogin($username: String!, $password: String!) {
  staffLogin(username: $username, password: $password) {
    ...StaffLoginResultFields
  }
}
    fragment SessionUserFields on Me {
  id
  displayName
  role
  permissions
  phoneMasked
  mustChangePassword
  totpEnabled
  institution {
    id
    name
    shortName
  }
  enterprises {
    relation
    enterprise {
      id
      uscc
      name
    }
  }
  activeEnterprise {
    id
    uscc
    name
  }
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  me {
    ...SessionUserFields
  }
  notices
}
fragment StaffLoginResultFields on StaffLoginResult {
  step
  challengeToken
  totpEnrollment {
    secret
    otpauthUrl
    qrSvg
  }
  auth {
    ...AuthPayloadFields
  }
}`, {"operationName":"StaffLogin","hash":"ba79c688ec19a56bfd1ff9f2dc21c687c970901809a25c462dcbe12116ec153f"}) as unknown as TypedDocumentString<StaffLoginMutation, StaffLoginMutationVariables>;
export const StaffVerifyTotpDocument = new TypedDocumentString(`
    mutation StaffVerifyTotp($challengeToken: String!, $code: String!) {
  staffVerifyTotp(challengeToken: $challengeToken, code: $code) {
    ...StaffLoginResultFields
  }
}
    fragment SessionUserFields on Me {
  id
  displayName
  role
  permissions
  phoneMasked
  mustChangePassword
  totpEnabled
  institution {
    id
    name
    shortName
  }
  enterprises {
    relation
    enterprise {
      id
      uscc
      name
    }
  }
  activeEnterprise {
    id
    uscc
    name
  }
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  me {
    ...SessionUserFields
  }
  notices
}
fragment StaffLoginResultFields on StaffLoginResult {
  step
  challengeToken
  totpEnrollment {
    secret
    otpauthUrl
    qrSvg
  }
  auth {
    ...AuthPayloadFields
  }
}`, {"operationName":"StaffVerifyTotp","hash":"7a422d3c093df2f3ff45e6cf09bc6e0c68d701fd4f5c2966679c712122d88aec"}) as unknown as TypedDocumentString<StaffVerifyTotpMutation, StaffVerifyTotpMutationVariables>;
export const StaffConfirmTotpEnrollmentDocument = new TypedDocumentString(`
    mutation StaffConfirmTotpEnrollment($challengeToken: String!, $code: String!) {
  staffConfirmTotpEnrollment(challengeToken: $challengeToken, code: $code) {
    ...StaffLoginResultFields
  }
}
    fragment SessionUserFields on Me {
  id
  displayName
  role
  permissions
  phoneMasked
  mustChangePassword
  totpEnabled
  institution {
    id
    name
    shortName
  }
  enterprises {
    relation
    enterprise {
      id
      uscc
      name
    }
  }
  activeEnterprise {
    id
    uscc
    name
  }
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  me {
    ...SessionUserFields
  }
  notices
}
fragment StaffLoginResultFields on StaffLoginResult {
  step
  challengeToken
  totpEnrollment {
    secret
    otpauthUrl
    qrSvg
  }
  auth {
    ...AuthPayloadFields
  }
}`, {"operationName":"StaffConfirmTotpEnrollment","hash":"68e63fc7c3598bebb6d07c0abc97ffaf549da4a145a0b99cd8a79d0e3832ce5e"}) as unknown as TypedDocumentString<StaffConfirmTotpEnrollmentMutation, StaffConfirmTotpEnrollmentMutationVariables>;
export const StaffChangeInitialPasswordDocument = new TypedDocumentString(`
    mutation StaffChangeInitialPassword($challengeToken: String!, $newPassword: String!) {
  staffChangeInitialPassword(
    challengeToken: $challengeToken
    newPassword: $newPassword
  ) {
    ...StaffLoginResultFields
  }
}
    fragment SessionUserFields on Me {
  id
  displayName
  role
  permissions
  phoneMasked
  mustChangePassword
  totpEnabled
  institution {
    id
    name
    shortName
  }
  enterprises {
    relation
    enterprise {
      id
      uscc
      name
    }
  }
  activeEnterprise {
    id
    uscc
    name
  }
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  me {
    ...SessionUserFields
  }
  notices
}
fragment StaffLoginResultFields on StaffLoginResult {
  step
  challengeToken
  totpEnrollment {
    secret
    otpauthUrl
    qrSvg
  }
  auth {
    ...AuthPayloadFields
  }
}`, {"operationName":"StaffChangeInitialPassword","hash":"7080d23aeac86f903f662e096fabe1e304ef3839d67e054eac1a1d70c5034a19"}) as unknown as TypedDocumentString<StaffChangeInitialPasswordMutation, StaffChangeInitialPasswordMutationVariables>;
export const BeginUnifiedLoginDocument = new TypedDocumentString(`
    mutation BeginUnifiedLogin($redirectUri: String!) {
  beginUnifiedLogin(redirectUri: $redirectUri) {
    authorizeUrl
    state
  }
}
    `, {"operationName":"BeginUnifiedLogin","hash":"76b4e0452bee76344050c05012ee7c0022791e6299bd14b952ae111991aafe96"}) as unknown as TypedDocumentString<BeginUnifiedLoginMutation, BeginUnifiedLoginMutationVariables>;
export const CompleteUnifiedLoginDocument = new TypedDocumentString(`
    mutation CompleteUnifiedLogin($state: String!, $code: String!) {
  completeUnifiedLogin(state: $state, code: $code) {
    ...AuthPayloadFields
  }
}
    fragment SessionUserFields on Me {
  id
  displayName
  role
  permissions
  phoneMasked
  mustChangePassword
  totpEnabled
  institution {
    id
    name
    shortName
  }
  enterprises {
    relation
    enterprise {
      id
      uscc
      name
    }
  }
  activeEnterprise {
    id
    uscc
    name
  }
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  me {
    ...SessionUserFields
  }
  notices
}`, {"operationName":"CompleteUnifiedLogin","hash":"e5b5baff499a2f8e0af28d6a2dbc9ffe5f3ee51c1c16f133721d7f418ddab065"}) as unknown as TypedDocumentString<CompleteUnifiedLoginMutation, CompleteUnifiedLoginMutationVariables>;
export const HostLoginDocument = new TypedDocumentString(`
    mutation HostLogin($authCode: String!) {
  hostLogin(authCode: $authCode) {
    ...AuthPayloadFields
  }
}
    fragment SessionUserFields on Me {
  id
  displayName
  role
  permissions
  phoneMasked
  mustChangePassword
  totpEnabled
  institution {
    id
    name
    shortName
  }
  enterprises {
    relation
    enterprise {
      id
      uscc
      name
    }
  }
  activeEnterprise {
    id
    uscc
    name
  }
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  me {
    ...SessionUserFields
  }
  notices
}`, {"operationName":"HostLogin","hash":"fbc32ca956cce270e231d26406aecf00e1890e59037a2196d2b9344f35a5715d"}) as unknown as TypedDocumentString<HostLoginMutation, HostLoginMutationVariables>;
export const ManagedBannersDocument = new TypedDocumentString(`
    query ManagedBanners {
  banners {
    id
    title
    subtitle
    imageUrl
    linkPath
    sortOrder
    startsAt
    endsAt
    status
  }
}
    `, {"operationName":"ManagedBanners","hash":"8c92825ee9d9aecb65d9c4ddcc4db525e86466ee059b9eaed18b07740d7646b9"}) as unknown as TypedDocumentString<ManagedBannersQuery, ManagedBannersQueryVariables>;
export const CreateBannerDocument = new TypedDocumentString(`
    mutation CreateBanner($input: BannerInput!) {
  createBanner(input: $input) {
    id
  }
}
    `, {"operationName":"CreateBanner","hash":"1919daeb7af982cb758a6e41297694c22c7afb9f8cf6b161ea2544b1d8c26238"}) as unknown as TypedDocumentString<CreateBannerMutation, CreateBannerMutationVariables>;
export const UpdateBannerDocument = new TypedDocumentString(`
    mutation UpdateBanner($id: ID!, $input: BannerInput!) {
  updateBanner(id: $id, input: $input) {
    id
    status
  }
}
    `, {"operationName":"UpdateBanner","hash":"142d99d617163d0d8f50b0a91568965fdc5b767d4231e048d07ab9e2d67f7ab2"}) as unknown as TypedDocumentString<UpdateBannerMutation, UpdateBannerMutationVariables>;
export const DeleteBannerDocument = new TypedDocumentString(`
    mutation DeleteBanner($id: ID!) {
  deleteBanner(id: $id)
}
    `, {"operationName":"DeleteBanner","hash":"0bd0298223a386f3349cb48448e723abc5a67ac959ef2c0898c6ea6f3a0d8eca"}) as unknown as TypedDocumentString<DeleteBannerMutation, DeleteBannerMutationVariables>;
export const ReorderBannersDocument = new TypedDocumentString(`
    mutation ReorderBanners($ids: [ID!]!) {
  reorderBanners(ids: $ids) {
    id
    sortOrder
  }
}
    `, {"operationName":"ReorderBanners","hash":"01706837fec089795d73e72503c50d67e9eee9fb287b20856496ec0ec2fd5fe9"}) as unknown as TypedDocumentString<ReorderBannersMutation, ReorderBannersMutationVariables>;
export const ManagedPolicyDocument = new TypedDocumentString(`
    query ManagedPolicy($id: ID!) {
  managedPolicy(id: $id) {
    id
    version
    title
    level
    issuer
    documentNumber
    issuedOn
    summary
    bodyHtml
    industryCodes
    scales
    enterpriseTypes
    status
    attachments {
      id
      name
      size
    }
  }
}
    `, {"operationName":"ManagedPolicy","hash":"ea2e325bbd87d97a4f08395915782f30cdd7d1bc5dde98bbcab651a17b9905f8"}) as unknown as TypedDocumentString<ManagedPolicyQuery, ManagedPolicyQueryVariables>;
export const ManagedPolicyListDocument = new TypedDocumentString(`
    query ManagedPolicyList($first: Int) {
  managedPolicies(first: $first) {
    edges {
      node {
        id
        title
        level
        status
        issuedOn
        attachments {
          id
        }
      }
    }
  }
}
    `, {"operationName":"ManagedPolicyList","hash":"4de6997d9ed653becfab7b12b8313cae1d175d555211c155d87bcde9944f0ab9"}) as unknown as TypedDocumentString<ManagedPolicyListQuery, ManagedPolicyListQueryVariables>;
export const ManagedNewsListDocument = new TypedDocumentString(`
    query ManagedNewsList($first: Int) {
  managedNewsList(first: $first) {
    edges {
      node {
        id
        title
        level
        source
        status
        publishedOn
        attachments {
          id
        }
      }
    }
  }
}
    `, {"operationName":"ManagedNewsList","hash":"b3539141391e8dc3787472fc3f68a9a17f6a726ad2ff2e90d669f425ca3e91e5"}) as unknown as TypedDocumentString<ManagedNewsListQuery, ManagedNewsListQueryVariables>;
export const ManagedNewsDocument = new TypedDocumentString(`
    query ManagedNews($id: ID!) {
  managedNews(id: $id) {
    id
    version
    title
    level
    source
    publishedOn
    summary
    bodyHtml
    status
    attachments {
      id
      name
      size
    }
  }
}
    `, {"operationName":"ManagedNews","hash":"449f69e6f4eb849b9ffc096da658a01e984be4408fd792bbc203b721078ca866"}) as unknown as TypedDocumentString<ManagedNewsQuery, ManagedNewsQueryVariables>;
export const CreateNewsDocument = new TypedDocumentString(`
    mutation CreateNews($input: NewsInput!) {
  createNews(input: $input) {
    id
    status
  }
}
    `, {"operationName":"CreateNews","hash":"7ecc04d8c196429bce6b5bf61b3f548ba4a444d6dbfd669f3890292cee418862"}) as unknown as TypedDocumentString<CreateNewsMutation, CreateNewsMutationVariables>;
export const UpdateNewsDocument = new TypedDocumentString(`
    mutation UpdateNews($id: ID!, $expectedVersion: Int!, $input: NewsInput!) {
  updateNews(id: $id, expectedVersion: $expectedVersion, input: $input) {
    id
    status
    version
  }
}
    `, {"operationName":"UpdateNews","hash":"53ee2808bd4a89c5d5c4f99a8567809b8135fc60751c628ea749dd2d6bd96730"}) as unknown as TypedDocumentString<UpdateNewsMutation, UpdateNewsMutationVariables>;
export const PublishNewsDocument = new TypedDocumentString(`
    mutation PublishNews($id: ID!) {
  publishNews(id: $id) {
    id
    status
    version
  }
}
    `, {"operationName":"PublishNews","hash":"a76aa76d1280b5e79ba59c3335111a03081725c51011604de7fe55e20772b7ed"}) as unknown as TypedDocumentString<PublishNewsMutation, PublishNewsMutationVariables>;
export const WithdrawNewsDocument = new TypedDocumentString(`
    mutation WithdrawNews($id: ID!) {
  withdrawNews(id: $id) {
    id
    status
    version
  }
}
    `, {"operationName":"WithdrawNews","hash":"f8970883b81b66a46f14f35a3d3e27f50c75143ad508db159e403a027cc90253"}) as unknown as TypedDocumentString<WithdrawNewsMutation, WithdrawNewsMutationVariables>;
export const MyDataConsentsDocument = new TypedDocumentString(`
    query MyDataConsents($status: ConsentStatus, $first: Int, $after: String) {
  myDataConsents(status: $status, first: $first, after: $after) {
    edges {
      node {
        ...DataConsentFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
    totalCount
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment DataConsentFields on DataConsent {
  id
  reference
  status
  sources
  purpose
  granteeKind
  granteeInstitutionId
  granteeName
  productName
  grantorRelation
  grantedByName
  agreementVersion
  grantedAt
  expiresAt
  revokedAt
}`, {"operationName":"MyDataConsents","hash":"c1bc163b9d9b8a1d526ee743eab443db3efa5cb0070c9ea95fd9b2a26f49c366"}) as unknown as TypedDocumentString<MyDataConsentsQuery, MyDataConsentsQueryVariables>;
export const AgentConsentPurposesDocument = new TypedDocumentString(`
    query AgentConsentPurposes {
  agentConsentPurposes
}
    `, {"operationName":"AgentConsentPurposes","hash":"593b3a052f186edc6b1458bb7266b3a46084bb42df4a195f1187121c54fbf7b5"}) as unknown as TypedDocumentString<AgentConsentPurposesQuery, AgentConsentPurposesQueryVariables>;
export const ConsentAgreementDocument = new TypedDocumentString(`
    query ConsentAgreement($purpose: ConsentPurpose!) {
  consentAgreement(purpose: $purpose) {
    purpose
    version
    title
    text
    publishedAt
  }
}
    `, {"operationName":"ConsentAgreement","hash":"1cb6aee9f868534fb0dd8069ca8688a53977ec0f465edf970aef41dc659e0fe5"}) as unknown as TypedDocumentString<ConsentAgreementQuery, ConsentAgreementQueryVariables>;
export const GrantInstitutionsDocument = new TypedDocumentString(`
    query GrantInstitutions($filter: InstitutionFilter, $first: Int) {
  institutions(filter: $filter, first: $first) {
    edges {
      node {
        id
        name
        type
      }
    }
    totalCount
  }
}
    `, {"operationName":"GrantInstitutions","hash":"0fc664ab58bd13a7bf68dbe7ad09964eb7f1bdc192edaa2aabb88c0e642e467e"}) as unknown as TypedDocumentString<GrantInstitutionsQuery, GrantInstitutionsQueryVariables>;
export const GrantDataConsentDocument = new TypedDocumentString(`
    mutation GrantDataConsent($input: GrantDataConsentInput!) {
  grantDataConsent(input: $input) {
    ...DataConsentFields
  }
}
    fragment DataConsentFields on DataConsent {
  id
  reference
  status
  sources
  purpose
  granteeKind
  granteeInstitutionId
  granteeName
  productName
  grantorRelation
  grantedByName
  agreementVersion
  grantedAt
  expiresAt
  revokedAt
}`, {"operationName":"GrantDataConsent","hash":"0af07e111eeb65889b5edc007c1bd4deebed078192bd36a0f84d304857dfb891"}) as unknown as TypedDocumentString<GrantDataConsentMutation, GrantDataConsentMutationVariables>;
export const RevokeDataConsentDocument = new TypedDocumentString(`
    mutation RevokeDataConsent($id: ID!) {
  revokeDataConsent(id: $id) {
    ...DataConsentFields
  }
}
    fragment DataConsentFields on DataConsent {
  id
  reference
  status
  sources
  purpose
  granteeKind
  granteeInstitutionId
  granteeName
  productName
  grantorRelation
  grantedByName
  agreementVersion
  grantedAt
  expiresAt
  revokedAt
}`, {"operationName":"RevokeDataConsent","hash":"fa9c1fb8292b1e1555793f51dff9b873e5aca791b63e3e8a483e511d551669aa"}) as unknown as TypedDocumentString<RevokeDataConsentMutation, RevokeDataConsentMutationVariables>;
export const UpdateAgentConsentPurposesDocument = new TypedDocumentString(`
    mutation UpdateAgentConsentPurposes($purposes: [ConsentPurpose!]!) {
  updateAgentConsentPurposes(purposes: $purposes)
}
    `, {"operationName":"UpdateAgentConsentPurposes","hash":"624541b28c578b1f0642600449c15d0c03b000ad235b1c12791476f2b19bf716"}) as unknown as TypedDocumentString<UpdateAgentConsentPurposesMutation, UpdateAgentConsentPurposesMutationVariables>;
export const DataUseRecordsDocument = new TypedDocumentString(`
    query DataUseRecords($first: Int, $after: String) {
  dataUseRecords(first: $first, after: $after) {
    edges {
      node {
        id
        kind
        source
        purpose
        consentReference
        partyName
        actorName
        outcome
        detail
        occurredAt
      }
    }
    pageInfo {
      ...PageInfoFields
    }
    totalCount
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`, {"operationName":"DataUseRecords","hash":"03a1b79f0418473eb2d07c25c123cf42d68175ea11b3ea4e0fd0404e8fb6372e"}) as unknown as TypedDocumentString<DataUseRecordsQuery, DataUseRecordsQueryVariables>;
export const EnterpriseProfileDocument = new TypedDocumentString(`
    query EnterpriseProfile {
  me {
    id
    activeEnterprise {
      id
      name
      uscc
      registerProfile {
        ...RegisterProfileFields
      }
    }
  }
}
    fragment RegisterProfileFields on EnterpriseRegisterProfile {
  regionCode
  regionName
  industryCode
  industryName
  type
  establishedOn
  registeredCapitalFen
  legalRepresentativeMasked
  status
  scale
  scaleNote
  source
  fetchedAt
  asOf
  complete
  missingFields
}`, {"operationName":"EnterpriseProfile","hash":"560d5a9856d46af60d906a14d6faf827700e1dde251c3f81b886e5f73fd8cfd9"}) as unknown as TypedDocumentString<EnterpriseProfileQuery, EnterpriseProfileQueryVariables>;
export const RefreshGovernmentDataDocument = new TypedDocumentString(`
    mutation RefreshGovernmentData($enterpriseId: ID!) {
  refreshGovernmentData(enterpriseId: $enterpriseId) {
    enterpriseId
    sources {
      source
      scope
      label
      outcome
      outcomeLabel
      fetchedAt
      complete
      missingFields
    }
    registerProfile {
      ...RegisterProfileFields
    }
  }
}
    fragment RegisterProfileFields on EnterpriseRegisterProfile {
  regionCode
  regionName
  industryCode
  industryName
  type
  establishedOn
  registeredCapitalFen
  legalRepresentativeMasked
  status
  scale
  scaleNote
  source
  fetchedAt
  asOf
  complete
  missingFields
}`, {"operationName":"RefreshGovernmentData","hash":"ae75dc6c3e286ef088433325f9642d7be088b2d00a2b7ca6ff4bee39307a5359"}) as unknown as TypedDocumentString<RefreshGovernmentDataMutation, RefreshGovernmentDataMutationVariables>;
export const InstitutionDirectoryDocument = new TypedDocumentString(`
    query InstitutionDirectory($filter: InstitutionFilter, $first: Int, $after: String) {
  institutions(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        name
        shortName
        type
        regionCode
        description
        productCount
      }
    }
    pageInfo {
      ...PageInfoFields
    }
    totalCount
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`, {"operationName":"InstitutionDirectory","hash":"1ff6928f7c0d48d37efae6a69d795738b783e84f16152fb20fea788169aa44c1"}) as unknown as TypedDocumentString<InstitutionDirectoryQuery, InstitutionDirectoryQueryVariables>;
export const InstitutionTypeCountsDocument = new TypedDocumentString(`
    query InstitutionTypeCounts($filter: InstitutionFilter) {
  institutionFacets(filter: $filter) {
    total
    types {
      type
      count
    }
  }
}
    `, {"operationName":"InstitutionTypeCounts","hash":"4bfbc72ed9323ff048bd2915e1fffcb28edaf1a2714ea6073394eed2f4dcb065"}) as unknown as TypedDocumentString<InstitutionTypeCountsQuery, InstitutionTypeCountsQueryVariables>;
export const InstitutionDetailDocument = new TypedDocumentString(`
    query InstitutionDetail($id: ID!, $first: Int, $after: String) {
  institution(id: $id) {
    id
    name
    shortName
    type
    regionCode
    description
    contactPhone
    address
    website
    serviceHours
    establishedOn
    products(first: $first, after: $after, sort: POPULARITY) {
      ...ProductCardConnectionFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment ProductTermsFields on Product {
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minRateBp
  maxRateBp
  minTermMonths
  maxTermMonths
  summary
  onlineApply
}
fragment ProductCardFields on Product {
  id
  name
  ...ProductTermsFields
  institution {
    id
    name
    shortName
    type
  }
}
fragment ProductCardConnectionFields on ProductConnection {
  edges {
    cursor
    node {
      ...ProductCardFields
    }
  }
  pageInfo {
    ...PageInfoFields
  }
  totalCount
}`, {"operationName":"InstitutionDetail","hash":"6740c3da984ae94019ffaffa9c3081e1eb5e3064612ef8b41c13e8e4bf49c3fd"}) as unknown as TypedDocumentString<InstitutionDetailQuery, InstitutionDetailQueryVariables>;
export const MyInstitutionProductsDocument = new TypedDocumentString(`
    query MyInstitutionProducts($status: ProductStatus, $first: Int, $after: String) {
  myInstitutionProducts(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        id
        product {
          ...ManagedProductFields
        }
        latestReview {
          ...ReviewSummaryFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment ProductTermsFields on Product {
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minRateBp
  maxRateBp
  minTermMonths
  maxTermMonths
  summary
  onlineApply
}
fragment ProductEligibilityFields on Product {
  repaymentMethods
  targetRegionCodes
  targetIndustryCodes
  targetScales
  minYearsInBusiness
  minCreditGrade
  requiredMaterials
}
fragment ManagedProductFields on Product {
  id
  name
  status
  ...ProductTermsFields
  ...ProductEligibilityFields
  description
  publishedAt
  institution {
    id
    name
  }
}
fragment ReviewSummaryFields on ProductReview {
  id
  kind
  status
  reason
  submittedByName
  submittedAt
  reviewedByName
  reviewedAt
}`, {"operationName":"MyInstitutionProducts","hash":"5f479b16fccd21d90161da3e0683fd4556c27468c1f77eeb1fb8fc4d729b22e3"}) as unknown as TypedDocumentString<MyInstitutionProductsQuery, MyInstitutionProductsQueryVariables>;
export const ProductEditorDocument = new TypedDocumentString(`
    query ProductEditor($id: ID!) {
  productDraft(id: $id) {
    ...ManagedProductFields
  }
  productHistory(id: $id) {
    ...ReviewSummaryFields
  }
}
    fragment ProductTermsFields on Product {
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minRateBp
  maxRateBp
  minTermMonths
  maxTermMonths
  summary
  onlineApply
}
fragment ProductEligibilityFields on Product {
  repaymentMethods
  targetRegionCodes
  targetIndustryCodes
  targetScales
  minYearsInBusiness
  minCreditGrade
  requiredMaterials
}
fragment ManagedProductFields on Product {
  id
  name
  status
  ...ProductTermsFields
  ...ProductEligibilityFields
  description
  publishedAt
  institution {
    id
    name
  }
}
fragment ReviewSummaryFields on ProductReview {
  id
  kind
  status
  reason
  submittedByName
  submittedAt
  reviewedByName
  reviewedAt
}`, {"operationName":"ProductEditor","hash":"684778784c6f377e2b1d0ad6131d1205e468577a271818abf100cc6ed167cc00"}) as unknown as TypedDocumentString<ProductEditorQuery, ProductEditorQueryVariables>;
export const CreateProductDraftDocument = new TypedDocumentString(`
    mutation CreateProductDraft($input: ProductDraftInput!) {
  createProductDraft(input: $input) {
    id
    status
  }
}
    `, {"operationName":"CreateProductDraft","hash":"8ae69a14ecf42561daa8717454643f2b8a9fa5f87151206d0414fc7320db2a86"}) as unknown as TypedDocumentString<CreateProductDraftMutation, CreateProductDraftMutationVariables>;
export const UpdateProductDraftDocument = new TypedDocumentString(`
    mutation UpdateProductDraft($id: ID!, $input: ProductDraftInput!) {
  updateProductDraft(id: $id, input: $input) {
    id
    status
  }
}
    `, {"operationName":"UpdateProductDraft","hash":"431cc8a39f41bea55087daa551ad67277a2f21e743f061e58d8e04fd25986eb3"}) as unknown as TypedDocumentString<UpdateProductDraftMutation, UpdateProductDraftMutationVariables>;
export const SubmitProductForReviewDocument = new TypedDocumentString(`
    mutation SubmitProductForReview($id: ID!) {
  submitProductForReview(id: $id) {
    id
    status
  }
}
    `, {"operationName":"SubmitProductForReview","hash":"6c66c2f5730dd1c279a472f0fd31117c5e147f7a748544f3fbd3b2053386dc8a"}) as unknown as TypedDocumentString<SubmitProductForReviewMutation, SubmitProductForReviewMutationVariables>;
export const ProposeProductChangeDocument = new TypedDocumentString(`
    mutation ProposeProductChange($id: ID!, $input: ProductDraftInput!) {
  proposeProductChange(id: $id, input: $input) {
    id
    status
  }
}
    `, {"operationName":"ProposeProductChange","hash":"977f1c19589e17e17bf8061ed6a5a608222546376fb9dbe5c72f8aabe781c661"}) as unknown as TypedDocumentString<ProposeProductChangeMutation, ProposeProductChangeMutationVariables>;
export const RetireProductDocument = new TypedDocumentString(`
    mutation RetireProduct($id: ID!) {
  retireProduct(id: $id) {
    id
    status
  }
}
    `, {"operationName":"RetireProduct","hash":"96d03b30cd80111a0cebcc0be7e6ae92fa82e1848b339670f4d8c8e7ae17cc0c"}) as unknown as TypedDocumentString<RetireProductMutation, RetireProductMutationVariables>;
export const ProductReviewQueueDocument = new TypedDocumentString(`
    query ProductReviewQueue($first: Int, $after: String) {
  productReviewQueue(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ReviewSummaryFields
        proposed {
          ...ProductFieldValuesFields
        }
        product {
          ...ManagedProductFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment ProductTermsFields on Product {
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minRateBp
  maxRateBp
  minTermMonths
  maxTermMonths
  summary
  onlineApply
}
fragment ProductEligibilityFields on Product {
  repaymentMethods
  targetRegionCodes
  targetIndustryCodes
  targetScales
  minYearsInBusiness
  minCreditGrade
  requiredMaterials
}
fragment ProductFieldValuesFields on ProductFieldValues {
  name
  category
  guaranteeMethods
  minAmountFen
  maxAmountFen
  minTermMonths
  maxTermMonths
  minRateBp
  maxRateBp
  repaymentMethods
  targetRegionCodes
  targetIndustryCodes
  targetScales
  minYearsInBusiness
  minCreditGrade
  requiredMaterials
  onlineApply
  summary
  description
}
fragment ManagedProductFields on Product {
  id
  name
  status
  ...ProductTermsFields
  ...ProductEligibilityFields
  description
  publishedAt
  institution {
    id
    name
  }
}
fragment ReviewSummaryFields on ProductReview {
  id
  kind
  status
  reason
  submittedByName
  submittedAt
  reviewedByName
  reviewedAt
}`, {"operationName":"ProductReviewQueue","hash":"d34a05eccdc794ed459f3c30ddf7f85cea4bd83f6dd974953cc214458a5578c7"}) as unknown as TypedDocumentString<ProductReviewQueueQuery, ProductReviewQueueQueryVariables>;
export const ApproveProductReviewDocument = new TypedDocumentString(`
    mutation ApproveProductReview($id: ID!) {
  approveProductReview(id: $id) {
    id
    status
  }
}
    `, {"operationName":"ApproveProductReview","hash":"6276e05ee5c5629b7fbb4128736e7c03aaf3b3f153fbdf553b2e37c06daf158b"}) as unknown as TypedDocumentString<ApproveProductReviewMutation, ApproveProductReviewMutationVariables>;
export const RejectProductReviewDocument = new TypedDocumentString(`
    mutation RejectProductReview($id: ID!, $reason: String!) {
  rejectProductReview(id: $id, reason: $reason) {
    id
    status
    reason
  }
}
    `, {"operationName":"RejectProductReview","hash":"93facf1c6d9c9220f1a4e6a572e2b254c6a66f3c83fc1e60306516509514396d"}) as unknown as TypedDocumentString<RejectProductReviewMutation, RejectProductReviewMutationVariables>;
export const SecurityStaffAccountsDocument = new TypedDocumentString(`
    query SecurityStaffAccounts {
  staffAccounts {
    id
    username
    displayName
    role
    enabled
    lockedUntil
    failedLoginCount
    totpEnabled
    institution {
      id
      name
    }
  }
}
    `, {"operationName":"SecurityStaffAccounts","hash":"42b8233648c47605c3f0218b17da9c0d576077b3048ea1eefbef28736c81e61f"}) as unknown as TypedDocumentString<SecurityStaffAccountsQuery, SecurityStaffAccountsQueryVariables>;
export const UnlockStaffAccountDocument = new TypedDocumentString(`
    mutation UnlockStaffAccount($id: ID!) {
  unlockStaffAccount(id: $id) {
    id
    lockedUntil
    failedLoginCount
  }
}
    `, {"operationName":"UnlockStaffAccount","hash":"c5e9623d9170c5c64b1cbe77440e91d830b2f2bfcf91753ff16453153290653e"}) as unknown as TypedDocumentString<UnlockStaffAccountMutation, UnlockStaffAccountMutationVariables>;
export const ResetStaffTotpDocument = new TypedDocumentString(`
    mutation ResetStaffTotp($id: ID!) {
  resetStaffTotp(id: $id) {
    id
    totpEnabled
  }
}
    `, {"operationName":"ResetStaffTotp","hash":"72dc26be7f54a419fcd9f765436136cfc0843edc69b10e33f96618d0e5aa3e14"}) as unknown as TypedDocumentString<ResetStaffTotpMutation, ResetStaffTotpMutationVariables>;