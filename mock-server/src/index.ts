export { buildMockServer, type MockContext, type MockServerOptions } from './app';
export { ConfigError, loadConfig, type MockConfig } from './config';
export { CallbackDispatcher, type CallbackDispatcherOptions } from './delivery/callback-dispatcher';
export type { CallbackDelivery, CopyReport, DeliveryAttempt, DeliveryReport } from './delivery/delivery-report';
export type { RetryPolicy } from './delivery/retry-policy';
export type { DeliveryFaults } from './faults/delivery-faults';
export type { FaultRule } from './faults/fault-rule';
export type { LoggingOptions } from './logging';
