export * from './basis';
export * from './training-row';
export * from './definitions';
export * from './vector';
export * from './training-table';
export * from './findings';
