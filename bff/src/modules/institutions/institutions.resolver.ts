import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../infra/auth/decorators';
import { InstitutionsArgs } from './dto/institutions.args';
import { InstitutionsService } from './institutions.service';
import { InstitutionConnection, InstitutionModel } from './models/institution.model';

@Resolver(() => InstitutionModel)
export class InstitutionsResolver {
  constructor(private readonly service: InstitutionsService) {}

  @Query(() => InstitutionConnection, { description: '金融机构名录' })
  @Public()
  institutions(@Args() args: InstitutionsArgs): Promise<InstitutionConnection> {
    return this.service.list(args);
  }

  @Query(() => InstitutionModel, { description: '金融机构详情' })
  @Public()
  institution(@Args('id', { type: () => ID }) id: string): Promise<InstitutionModel> {
    return this.service.get(id);
  }
}
