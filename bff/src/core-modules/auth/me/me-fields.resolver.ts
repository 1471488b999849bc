import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { toEnterpriseBinding, toEnterpriseSummary } from '../../../modules/enterprises/enterprise.mapper';
import { EnterprisesService } from '../../../modules/enterprises/enterprises.service';
import { EnterpriseBindingModel } from '../../../modules/enterprises/models/enterprise-binding.model';
import { EnterpriseSummaryModel } from '../../../modules/enterprises/models/enterprise-summary.model';
import { InstitutionsService } from '../../../modules/institutions/institutions.service';
import { InstitutionModel } from '../../../modules/institutions/models/institution.model';
import { MeModel } from './models/me.model';

/** `Me.enterprises`, `Me.activeEnterprise` and `Me.institution`: who the signed-in user acts for. */
@Resolver(() => MeModel)
export class MeFieldsResolver {
  constructor(
    private readonly enterprises: EnterprisesService,
    private readonly institutions: InstitutionsService,
  ) {}

  @ResolveField('enterprises', () => [EnterpriseBindingModel], { description: '可代表办理业务的企业' })
  async enterpriseBindings(@Parent() me: MeModel): Promise<EnterpriseBindingModel[]> {
    return (await this.enterprises.listBindings(me.id)).map(toEnterpriseBinding);
  }

  @ResolveField('activeEnterprise', () => EnterpriseSummaryModel, { nullable: true, description: '当前办理业务的企业' })
  async activeEnterprise(@Parent() me: MeModel): Promise<EnterpriseSummaryModel | null> {
    if (me.activeEnterpriseId === null) return null;
    const enterprise = await this.enterprises.findBound(me.id, me.activeEnterpriseId);
    return enterprise ? toEnterpriseSummary(enterprise) : null;
  }

  @ResolveField('institution', () => InstitutionModel, { nullable: true, description: '所属金融机构（机构工作人员）' })
  institution(@Parent() me: MeModel): Promise<InstitutionModel> | null {
    return me.institutionId === null ? null : this.institutions.get(me.institutionId);
  }
}
