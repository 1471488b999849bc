/** Unit tests: plain TypeScript modules (API layer, host bridges, filters, formatting) and codegen freshness. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/config'],
  testMatch: ['**/*.spec.ts'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: { module: 'commonjs', jsx: 'react-jsx', esModuleInterop: true, types: ['node', 'jest'] } },
    ],
  },
  moduleNameMapper: {
    '^@rongtong/shared$': '<rootDir>/../shared/src/index.ts',
    // The app's own alias (tsconfig paths, Taro config alias): @/x is src/x.
    '^@/(.*)$': '<rootDir>/src/$1',
  },
}
