import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { FileStorage } from './file-storage';
import { FileSweeper } from './file-sweeper';
import { FileVisibility } from './file-visibility';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { StoredFileEntity } from './stored-file.entity';

@Module({
  imports: [TypeOrmModule.forFeature([StoredFileEntity]), AuditModule],
  controllers: [FilesController],
  providers: [FilesService, FileStorage, FileVisibility, FileSweeper],
  exports: [FilesService, FileVisibility, FileSweeper],
})
export class FilesModule {}
