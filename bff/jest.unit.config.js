/** Unit tier (`npm run test:unit`): the `*.spec.ts` files beside the code; the full suite is jest.config.js. */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = { ...base, testRegex: '.*\\.spec\\.ts$' };
