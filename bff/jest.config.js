/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testRegex: '.*\\.(spec|e2e-spec|int-spec)\\.ts$',
  transform: { '^.+\\.ts$': 'ts-jest' },
  moduleNameMapper: {
    '^@rongtong/shared$': '<rootDir>/../shared/src/index.ts',
    // The identity tests run the real mock-server in-process, from its sources.
    '^@rongtong/mock-server$': '<rootDir>/../mock-server/src/index.ts',
  },
  testTimeout: 60000,
};
