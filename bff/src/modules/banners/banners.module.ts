import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { FilesModule } from '../files/files.module';
import { BannerEntity } from './banner.entity';
import { BannersResolver } from './banners.resolver';
import { BannersService } from './banners.service';

@Module({
  imports: [TypeOrmModule.forFeature([BannerEntity]), AuditModule, FilesModule],
  providers: [BannersResolver, BannersService],
})
export class BannersModule {}
