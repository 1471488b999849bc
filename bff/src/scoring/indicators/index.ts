export * from './basis';
export * from './definitions';
export * from './vector';
