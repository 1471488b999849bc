import { ErrorCode } from '@rongtong/shared';
import { DomainException } from '../../infra/errors/domain.exception';

export enum FaceVerificationErrorCode {
  /** The biometric consent of the current version has not been given: the app shows the text first. */
  BIOMETRIC_CONSENT_REQUIRED = 'BIOMETRIC_CONSENT_REQUIRED',
  /** The consent named another version or text than the current one. */
  BIOMETRIC_CONSENT_STALE = 'BIOMETRIC_CONSENT_STALE',
  /** The applicant's account carries no resident ID (real-name data) to verify against. */
  REAL_NAME_MISSING = 'REAL_NAME_MISSING',
  /** APPLY needs a matching front and back of the ID card first. */
  ID_CARD_REQUIRED = 'ID_CARD_REQUIRED',
  /** The card read does not belong to the applicant, or it has expired, or it could not be read. */
  ID_CARD_REFUSED = 'ID_CARD_REFUSED',
  NOT_FOUND = 'NOT_FOUND',
  NOT_OWNER = 'NOT_OWNER',
  PROVIDER_UNAVAILABLE = 'PROVIDER_UNAVAILABLE',
}

const ERROR_CODES: Record<FaceVerificationErrorCode, ErrorCode> = {
  [FaceVerificationErrorCode.BIOMETRIC_CONSENT_REQUIRED]: ErrorCode.BIOMETRIC_CONSENT_REQUIRED,
  [FaceVerificationErrorCode.BIOMETRIC_CONSENT_STALE]: ErrorCode.BAD_USER_INPUT,
  [FaceVerificationErrorCode.REAL_NAME_MISSING]: ErrorCode.FORBIDDEN,
  [FaceVerificationErrorCode.ID_CARD_REQUIRED]: ErrorCode.FORBIDDEN,
  [FaceVerificationErrorCode.ID_CARD_REFUSED]: ErrorCode.BAD_USER_INPUT,
  [FaceVerificationErrorCode.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [FaceVerificationErrorCode.NOT_OWNER]: ErrorCode.FORBIDDEN,
  [FaceVerificationErrorCode.PROVIDER_UNAVAILABLE]: ErrorCode.SERVICE_UNAVAILABLE,
};

/** Face verification's refusals, each with its Chinese message; consent gets its own shared code. */
export class FaceVerificationException extends DomainException {
  constructor(
    readonly reason: FaceVerificationErrorCode,
    message: string,
    field?: string,
  ) {
    super(ERROR_CODES[reason], message, field === undefined ? undefined : [{ field, message }]);
  }

  static consentRequired(): FaceVerificationException {
    return new FaceVerificationException(FaceVerificationErrorCode.BIOMETRIC_CONSENT_REQUIRED, '开始人脸核验前，请先阅读并同意《人脸信息处理授权书》');
  }

  static consentStale(field: string): FaceVerificationException {
    return new FaceVerificationException(FaceVerificationErrorCode.BIOMETRIC_CONSENT_STALE, '授权书已更新，请阅读最新版本后再同意', field);
  }

  static realNameMissing(): FaceVerificationException {
    return new FaceVerificationException(FaceVerificationErrorCode.REAL_NAME_MISSING, '您的账号缺少实名身份信息，无法进行人脸核验，可选择线下核验');
  }

  static idCardRequired(): FaceVerificationException {
    return new FaceVerificationException(FaceVerificationErrorCode.ID_CARD_REQUIRED, '请先拍摄并识别本人身份证的人像面和国徽面，再进行人脸核验');
  }

  static idCardRefused(message: string): FaceVerificationException {
    return new FaceVerificationException(FaceVerificationErrorCode.ID_CARD_REFUSED, message, 'fileId');
  }

  static notFound(): FaceVerificationException {
    return new FaceVerificationException(FaceVerificationErrorCode.NOT_FOUND, '没有这笔人脸核验');
  }

  static notOwner(): FaceVerificationException {
    return new FaceVerificationException(FaceVerificationErrorCode.NOT_OWNER, '只能查看本人发起的人脸核验');
  }

  static providerUnavailable(): FaceVerificationException {
    return new FaceVerificationException(FaceVerificationErrorCode.PROVIDER_UNAVAILABLE, '人脸核验服务暂时不可用，请稍后重试或选择线下核验');
  }
}
