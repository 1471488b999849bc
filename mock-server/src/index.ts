export { buildMockServer, type MockContext, type MockServerOptions } from './app';
export { ConfigError, loadConfig, type MockConfig } from './config';
export { CallbackDispatcher, type CallbackDispatcherOptions } from './delivery/callback-dispatcher';
export type { CallbackDelivery, CopyReport, DeliveryAttempt, DeliveryReport } from './delivery/delivery-report';
export type { RetryPolicy } from './delivery/retry-policy';
export type { DeliveryFaults } from './faults/delivery-faults';
export type { FaultRule } from './faults/fault-rule';
export type { LoggingOptions } from './logging';
export { DEFAULT_OIDC_CLIENTS, type OidcClient } from './identity/clients';
export {
  defaultHostIdentity,
  findTestIdentity,
  listTestIdentities,
  type CitizenIdentity,
  type EnterpriseIdentity,
  type EnterpriseRelation,
  type TestIdentity,
} from './identity/identities';
export type { IdentityOptions, IdentityProvider } from './identity/provider';
export type { IdentitySettings } from './identity/settings';
export { DEFAULT_GOV_APP_KEYS, type GovAppKey } from './gov/exchange/app-keys';
export type { GovExchange, GovExchangeOptions } from './gov/exchange/exchange';
export type { GovRequestLogEntry, GovRequestOutcome } from './gov/exchange/request-log';
export { TRAINING_COLUMNS, type TrainingColumn, type TrainingRow } from './gov/training/indicators';
export { DEFAULT_FACE_MERCHANTS, type FaceMerchant } from './face/merchants';
export type { FaceCallbackPayload, FaceOptions, FaceOrderView, FaceProvider } from './face/provider';
export type { FaceOrderState, FaceResult } from './face/orders';
export {
  FACE_HEADERS,
  FACE_NONCE_WINDOW_MS,
  FACE_TIMESTAMP_TOLERANCE_MS,
  faceCallbackSignature,
  faceRequestSignature,
  faceRequestStringToSign,
  type FaceRequestSigningParts,
} from './face/signing';
export type { SignatureVariant, CallbackSigner } from './delivery/delivery-report';
export {
  EXPIRED_ID,
  findSampleCard,
  listSampleCards,
  OTHER_PERSON_ID,
  type IdCard,
  type IdCardBack,
  type IdCardFront,
  type IdCardSide,
  type SampleCard,
} from './ocr/id-cards';
export { OcrErrorCode, type OcrReading } from './ocr/reader';
