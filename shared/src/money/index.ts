export * from './amount';
export * from './rate';
export * from './schedule';
export * from './apr';
