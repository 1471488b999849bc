/**
 * Integration tier (`npm run test:int`): the `*.int-spec.ts` files under test/, against the real app on SQLite,
 * and on MariaDB when TEST_MYSQL_URL or a mysql DATABASE_URL is set; the full suite is jest.config.js.
 */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = { ...base, testRegex: '.*\\.(int-spec|e2e-spec)\\.ts$' };
