export * from './basis';
export * from './definitions';
export * from './vector';
export * from './training-table';
