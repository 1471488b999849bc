export * from './domain';
export * from './validate';
export * from './money';
export * from './errors';
export * from './synthetic';
export * from './gov-exchange';
export * from './privacy/masking';
