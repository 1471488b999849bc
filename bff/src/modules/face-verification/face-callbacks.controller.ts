import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { Public } from '../../core-modules/auth/decorators';
import { FaceCallbacksService } from './face-callbacks.service';

interface CallbackRequest {
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent (the app is created with rawBody): the signature covers these bytes. */
  rawBody?: Buffer;
}

/**
 * `POST /api/callbacks/face-verification`: the provider's result callbacks. Public (no session), authenticated by the
 * provider's signature; answered 200 only after the confirmed state is committed.
 */
@Controller('api/callbacks')
export class FaceCallbacksController {
  constructor(private readonly callbacks: FaceCallbacksService) {}

  @Post('face-verification')
  @Public()
  @HttpCode(200)
  async faceVerification(@Req() request: CallbackRequest): Promise<{ ok: true }> {
    await this.callbacks.receive(request.headers, request.rawBody);
    return { ok: true };
  }
}
