import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { CurrentRequestMeta, CurrentUser, RequirePermissions } from '../../core-modules/auth/decorators';
import { ApplicationDecisionsService } from './application-decisions.service';
import { ApplicationViews } from './application-views.service';
import {
  ApplicationIdArgs,
  ApproveLoanApplicationArgs,
  InstitutionLoanApplicationsArgs,
  RecordCounterVerificationArgs,
  RecordLoanDisbursementArgs,
  RecordLoanRepaymentArgs,
  RejectLoanApplicationArgs,
} from './dto/application.inputs';
import { LoanLedgerService } from './ledger/loan-ledger.service';
import { LoanApplicationConnection, LoanApplicationModel } from './models/loan-application.model';
import { CounterVerificationModel, LoanDrawdownModel, LoanRepaymentModel } from './models/loan-ledger.model';

/** 贷款申请, the deciding institution's side (reviewers of the product's institution only). */
@Resolver()
export class InstitutionApplicationsResolver {
  constructor(
    private readonly decisions: ApplicationDecisionsService,
    private readonly views: ApplicationViews,
    private readonly ledger: LoanLedgerService,
  ) {}

  @Query(() => LoanApplicationConnection, { description: '本机构收到的贷款申请（不含草稿），按提交时间倒序，可按状态、产品、日期、金额筛选' })
  @RequirePermissions('REVIEWER')
  institutionLoanApplications(@CurrentUser() user: AuthUser, @Args() args: InstitutionLoanApplicationsArgs): Promise<LoanApplicationConnection> {
    return this.views.queue(user, args);
  }

  @Mutation(() => LoanApplicationModel, { description: '受理申请' })
  @RequirePermissions('REVIEWER')
  acceptLoanApplication(@CurrentUser() user: AuthUser, @Args() args: ApplicationIdArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<LoanApplicationModel> {
    return this.decisions.accept(user, args.id, meta);
  }

  @Mutation(() => LoanApplicationModel, { description: '批准申请：金额、利率、期限和还款方式须在产品范围内；同时生成借款合同' })
  @RequirePermissions('REVIEWER')
  approveLoanApplication(@CurrentUser() user: AuthUser, @Args() args: ApproveLoanApplicationArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<LoanApplicationModel> {
    return this.decisions.approve(user, args.id, args.input, meta);
  }

  @Mutation(() => LoanApplicationModel, { description: '拒绝申请：选择原因并向企业说明' })
  @RequirePermissions('REVIEWER')
  rejectLoanApplication(@CurrentUser() user: AuthUser, @Args() args: RejectLoanApplicationArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<LoanApplicationModel> {
    return this.decisions.reject(user, args.id, args.input, meta);
  }

  @Mutation(() => CounterVerificationModel, { description: '登记线下核验：在柜台查验申请人身份证原件后登记' })
  @RequirePermissions('REVIEWER')
  recordCounterVerification(@CurrentUser() user: AuthUser, @Args() args: RecordCounterVerificationArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<CounterVerificationModel> {
    return this.decisions.recordCounterVerification(user, args.input, meta);
  }

  @Mutation(() => LoanDrawdownModel, { description: '录入放款：确认企业申请的借款，或直接录入一笔放款' })
  @RequirePermissions('REVIEWER')
  recordLoanDisbursement(@CurrentUser() user: AuthUser, @Args() args: RecordLoanDisbursementArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<LoanDrawdownModel> {
    return this.ledger.recordDisbursement(user, args.input, meta);
  }

  @Mutation(() => LoanRepaymentModel, { description: '录入还款：确认企业申请的还款，或直接录入一笔还款' })
  @RequirePermissions('REVIEWER')
  recordLoanRepayment(@CurrentUser() user: AuthUser, @Args() args: RecordLoanRepaymentArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<LoanRepaymentModel> {
    return this.ledger.recordRepayment(user, args.input, meta);
  }

  @Mutation(() => LoanApplicationModel, { description: '结清授信额度（无未还借款时）；单笔贷款在最后一笔还款入账时自动结清' })
  @RequirePermissions('REVIEWER')
  async settleLoanApplication(@CurrentUser() user: AuthUser, @Args() args: ApplicationIdArgs, @CurrentRequestMeta() meta: RequestMeta): Promise<LoanApplicationModel> {
    await this.ledger.settle(user, args.id, meta);
    return this.views.get(user, args.id);
  }
}
