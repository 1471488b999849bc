import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Role } from '@rongtong/shared';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { CurrentRequestMeta, CurrentUser, RequirePermissions, Roles } from '../../core-modules/auth/decorators';
import { ApplicationLiveService } from './application-live.service';
import { ApplicationViews } from './application-views.service';
import { ApplicationsService } from './applications.service';
import {
  ApplicationIdArgs,
  AttachApplicationMaterialArgs,
  CreateLoanApplicationArgs,
  LoanApplicationEventsArgs,
  LoanRepaymentQuoteArgs,
  MyLoanApplicationsArgs,
  RemoveApplicationMaterialArgs,
  RequestLoanDrawdownArgs,
  RequestLoanRepaymentArgs,
  SignLoanContractArgs,
  SubmitLoanApplicationArgs,
  UpdateLoanApplicationDraftArgs,
} from './dto/application.inputs';
import { LoanLedgerService } from './ledger/loan-ledger.service';
import { ApplicationMaterialsService } from './materials/application-materials.service';
import { ApplicationEventModel, ApplicationMaterialModel, LoanApplicationConnection, LoanApplicationModel } from './models/loan-application.model';
import { LoanApplicationEventModel } from './models/loan-application-event.model';
import { LoanDrawdownModel, LoanRepaymentModel, LoanRepaymentQuoteModel } from './models/loan-ledger.model';
import { SubmissionReadinessModel } from './models/submission-readiness.model';

/** 贷款申请, the applicant's side: the wizard's draft, materials, readiness, submission, signing, drawdowns and repayments. */
@Resolver(() => LoanApplicationModel)
export class ApplicationsResolver {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly views: ApplicationViews,
    private readonly materials: ApplicationMaterialsService,
    private readonly ledger: LoanLedgerService,
    private readonly live: ApplicationLiveService,
  ) {}

  @Query(() => LoanApplicationModel, { description: '一份贷款申请：申请企业和审批机构（审批人员）可见' })
  @Roles(Role.ENTERPRISE)
  @RequirePermissions('REVIEWER')
  loanApplication(@CurrentUser() user: AuthUser, @Args() args: ApplicationIdArgs): Promise<LoanApplicationModel> {
    return this.views.get(user, args.id);
  }

  @Query(() => LoanApplicationConnection, { description: '当前企业的贷款申请，最新在前' })
  @Roles(Role.ENTERPRISE)
  myLoanApplications(@CurrentUser() user: AuthUser, @Args() args: MyLoanApplicationsArgs): Promise<LoanApplicationConnection> {
    return this.views.mine(user, args);
  }

  @Query(() => SubmissionReadinessModel, { description: '草稿能否提交：逐项列出数据授权、身份核验、申请材料等前提条件' })
  @Roles(Role.ENTERPRISE)
  submissionReadiness(@CurrentUser() user: AuthUser, @Args() args: ApplicationIdArgs): Promise<SubmissionReadinessModel> {
    return this.views.readiness(user, args.id);
  }

  @Query(() => LoanRepaymentQuoteModel, { description: '还款试算：按还款计划计算本次应还本金和利息；提前部分还款时给出重算后的还款计划' })
  @Roles(Role.ENTERPRISE)
  @RequirePermissions('REVIEWER')
  loanRepaymentQuote(@CurrentUser() user: AuthUser, @Args() args: LoanRepaymentQuoteArgs): Promise<LoanRepaymentQuoteModel> {
    return this.ledger.quote(user, args);
  }

  @Mutation(() => LoanApplicationModel, { description: '新建贷款申请草稿（企业信息由登记信息预填）；同一请求编号重试返回首次结果' })
  @Roles(Role.ENTERPRISE)
  createLoanApplication(@CurrentUser() user: AuthUser, @Args() args: CreateLoanApplicationArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<LoanApplicationModel> {
    return this.applications.createDraft(user, args.input, meta);
  }

  @Mutation(() => LoanApplicationModel, { description: '保存草稿：向导每一步填写的内容（未提供的字段不变，null 清空）' })
  @Roles(Role.ENTERPRISE)
  updateLoanApplicationDraft(@CurrentUser() user: AuthUser, @Args() args: UpdateLoanApplicationDraftArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<LoanApplicationModel> {
    return this.applications.updateDraft(user, args.id, args.input, meta);
  }

  @Mutation(() => ApplicationMaterialModel, { description: '把已上传的文件添加为草稿的申请材料' })
  @Roles(Role.ENTERPRISE)
  attachApplicationMaterial(@CurrentUser() user: AuthUser, @Args() args: AttachApplicationMaterialArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<ApplicationMaterialModel> {
    return this.materials.attach(user, args.input, meta);
  }

  @Mutation(() => Boolean, { description: '从草稿中移除一份申请材料' })
  @Roles(Role.ENTERPRISE)
  removeApplicationMaterial(@CurrentUser() user: AuthUser, @Args() args: RemoveApplicationMaterialArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<boolean> {
    return this.materials.remove(user, args.materialId, meta);
  }

  @Mutation(() => LoanApplicationModel, { description: '提交申请（须满足全部前提条件）；同一请求编号重试返回首次结果' })
  @Roles(Role.ENTERPRISE)
  submitLoanApplication(@CurrentUser() user: AuthUser, @Args() args: SubmitLoanApplicationArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<LoanApplicationModel> {
    return this.applications.submit(user, args.input, meta);
  }

  @Mutation(() => LoanApplicationModel, { description: '撤回申请（草稿、已提交或已受理时）' })
  @Roles(Role.ENTERPRISE)
  withdrawLoanApplication(@CurrentUser() user: AuthUser, @Args() args: ApplicationIdArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<LoanApplicationModel> {
    return this.applications.withdraw(user, args.id, meta);
  }

  @Mutation(() => LoanApplicationModel, { description: '签署借款合同：须提交合同摘要，并在签署前重新完成身份核验' })
  @Roles(Role.ENTERPRISE)
  signLoanContract(@CurrentUser() user: AuthUser, @Args() args: SignLoanContractArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<LoanApplicationModel> {
    return this.applications.sign(user, args.input, meta);
  }

  @Mutation(() => LoanDrawdownModel, { description: '在授信额度内申请借款；同一请求编号重试返回首次结果' })
  @Roles(Role.ENTERPRISE)
  requestLoanDrawdown(@CurrentUser() user: AuthUser, @Args() args: RequestLoanDrawdownArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<LoanDrawdownModel> {
    return this.ledger.requestDrawdown(user, args.input, meta);
  }

  @Mutation(() => LoanRepaymentModel, { description: '申请还款（按期、提前部分或提前结清），金额按还款计划计算；同一请求编号重试返回首次结果' })
  @Roles(Role.ENTERPRISE)
  requestLoanRepayment(@CurrentUser() user: AuthUser, @Args() args: RequestLoanRepaymentArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<LoanRepaymentModel> {
    return this.ledger.requestRepayment(user, args.input, meta);
  }

  @Subscription(() => LoanApplicationEventModel, {
    description: '实时推送：贷款申请进度的每一步（申请企业的用户收到本企业的申请，审批人员收到本机构已提交的申请）',
    resolve: (event: LoanApplicationEventModel) => event,
  })
  @Roles(Role.ENTERPRISE)
  @RequirePermissions('REVIEWER')
  loanApplicationEvents(@Context() context: unknown, @Args() args: LoanApplicationEventsArgs): AsyncIterableIterator<LoanApplicationEventModel> {
    return this.live.steps(context, args.applicationId?.toLowerCase() ?? null, args.after);
  }

  @ResolveField('timeline', () => [ApplicationEventModel], { description: '申请进度时间线，按发生顺序' })
  timeline(@Parent() application: LoanApplicationModel): Promise<ApplicationEventModel[]> {
    return this.views.timeline(application.id);
  }

  @ResolveField('materials', () => [ApplicationMaterialModel], { description: '申请材料' })
  applicationMaterials(@Parent() application: LoanApplicationModel): Promise<ApplicationMaterialModel[]> {
    return this.materials.list(application.id);
  }

  @ResolveField('drawdowns', () => [LoanDrawdownModel], { description: '借款（放款）及各自的还款计划' })
  drawdowns(@Parent() application: LoanApplicationModel): Promise<LoanDrawdownModel[]> {
    return this.ledger.drawdowns(application.id);
  }

  @ResolveField('repayments', () => [LoanRepaymentModel], { description: '还款记录' })
  repayments(@Parent() application: LoanApplicationModel): Promise<LoanRepaymentModel[]> {
    return this.ledger.repayments(application.id);
  }
}
