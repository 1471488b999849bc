import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../core-modules/auth/decorators';
import { InstitutionFacetsArgs } from './dto/institution-facets.args';
import { InstitutionArgs } from './dto/institution.args';
import { InstitutionsArgs } from './dto/institutions.args';
import { InstitutionsService } from './institutions.service';
import { InstitutionFacets } from './models/institution-facets.model';
import { InstitutionConnection, InstitutionModel } from './models/institution.model';

@Resolver(() => InstitutionModel)
export class InstitutionsResolver {
  constructor(private readonly service: InstitutionsService) {}

  @Query(() => InstitutionConnection, { description: '金融机构名录' })
  @Public()
  institutions(@Args() args: InstitutionsArgs): Promise<InstitutionConnection> {
    return this.service.list(args);
  }

  @Query(() => InstitutionFacets, { description: '金融机构名录的机构类型计数' })
  @Public()
  institutionFacets(@Args() args: InstitutionFacetsArgs): Promise<InstitutionFacets> {
    return this.service.facets(args.filter);
  }

  @Query(() => InstitutionModel, { description: '金融机构详情（名录中的机构）' })
  @Public()
  institution(@Args() args: InstitutionArgs): Promise<InstitutionModel> {
    return this.service.getListed(args.id);
  }
}
