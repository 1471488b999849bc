import { Controller, Get, Header, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { Role } from '@rongtong/shared';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { CurrentRequestMeta, CurrentUser, Public, Roles } from '../../core-modules/auth/decorators';
import { RateLimited } from '../../infra/rate-limit/rate-limit.guard';
import { contentDisposition } from './file-name';
import { FilesService } from './files.service';
import { rawRequest } from './multipart';
import type { StoredFileView } from './stored-file.view';

interface ResponseWithHeaders {
  header(name: string, value: string): unknown;
}

/**
 * Uploads over HTTP multipart (Taro.uploadFile on every platform): `POST /api/files?purpose=…` with the
 * file in the `file` field. Downloads: `GET /api/files/:id`.
 */
@Controller('api/files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @HttpCode(201)
  // Who may upload what is the purpose's rule (file-purpose.ts): operators content and banners, enterprises loan materials.
  @Roles(Role.OPERATOR, Role.ENTERPRISE)
  @RateLimited('upload')
  upload(
    @Req() request: unknown,
    @Query('purpose') purpose: unknown,
    @CurrentUser() user: AuthUser,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<StoredFileView> {
    return this.files.upload(user, purpose, rawRequest(request), meta);
  }

  /** Public route: the service applies the purpose's read access (file-purpose.ts). */
  @Get(':id')
  @Public()
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-cache')
  async download(
    @Param('id') id: string,
    @Req() request: { authUser?: AuthUser },
    @Res({ passthrough: true }) response: ResponseWithHeaders,
  ): Promise<StreamableFile> {
    const { file, stream } = await this.files.open(id, request.authUser);
    const inline = file.mimeType.startsWith('image/');
    response.header('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(stream, {
      type: file.mimeType,
      length: file.sizeBytes,
      disposition: contentDisposition(file.originalName, inline ? 'inline' : 'attachment'),
    });
  }
}
