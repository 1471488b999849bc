import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterpriseBindingEntity } from './enterprise-binding.entity';
import { EnterpriseEntity } from './enterprise.entity';
import { EnterprisesService } from './enterprises.service';

/** Enterprises and the users bound to them; identity creates both at login. */
@Module({
  imports: [TypeOrmModule.forFeature([EnterpriseEntity, EnterpriseBindingEntity])],
  providers: [EnterprisesService],
  exports: [EnterprisesService],
})
export class EnterprisesModule {}
