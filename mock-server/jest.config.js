/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  moduleNameMapper: { '^@rongtong/shared$': '<rootDir>/../shared/src/index.ts' },
};
