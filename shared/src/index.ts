export * from './domain';
export * from './validate';
