import { Controller, Get, Header, Param, Req, Res, StreamableFile } from '@nestjs/common';
import { Role } from '@rongtong/shared';
import type { AuthUser } from '../../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../../infra/http/request-context';
import { CurrentRequestMeta, CurrentUser, RequirePermissions, Roles } from '../../../core-modules/auth/decorators';
import { ApplicationMaterialsService } from './application-materials.service';

interface ResponseWithHeaders {
  header(name: string, value: string): unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Downloads of loan application materials: `GET /api/loan-applications/materials/:id` for the applicant's enterprise
 * and the deciding institution's reviewers (each of their downloads is in the enterprise's data use log).
 */
@Controller('api/loan-applications/materials')
export class ApplicationMaterialsController {
  constructor(private readonly materials: ApplicationMaterialsService) {}

  @Get(':id')
  @Roles(Role.ENTERPRISE)
  @RequirePermissions('REVIEWER')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  async download(
    @Param('id') id: string,
    @CurrentUser() user: AuthUser,
    @CurrentRequestMeta() meta: RequestMeta,
    @Res({ passthrough: true }) response: ResponseWithHeaders,
  ): Promise<StreamableFile> {
    const { file, stream, disposition } = await this.materials.download(user, UUID.test(id) ? id.toLowerCase() : '', meta);
    response.header('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(stream, { type: file.mimeType, length: file.sizeBytes, disposition });
  }
}
