// @ts-check
/**
 * The dependency rule of the monorepo (issue 11, CONVENTIONS habit 11), checked in `npm test` by `npm run lint:deps`
 * (scripts/dependency-rule/check.mjs prints the cycle count and every violation; `npx depcruise --config
 * .dependency-cruiser.cjs bff/src miniapp/src shared/src mock-server/src` runs the same rules by hand).
 *
 * A domain module is a folder `bff/src/modules/<name>/` or `bff/src/core-modules/<name>/` (the auth wing is one module
 * with sub-folders). Its PUBLIC SURFACE is what another module may import from it, and nothing else:
 *   - `*.module.ts`      the Nest module, to import it;
 *   - `*.service.ts`     the services it exports (its rules; transactions start there);
 *   - `models/**`        its GraphQL types (a field that extends one lives with the data it adds);
 *   - `dto/**`           its inputs and args and their validators;
 *   - `*.exception.ts`   its exception and error codes;
 *   - the files PUBLIC_FILES lists for it below: exported providers that are not named `*.service.ts`, the
 *     vocabulary (enums, handle and row types) that callers pass to or get from its services, and the mappers that
 *     present what its services return.
 * Everything else is INTERNAL: its entities and repositories above all (its tables are its own), and its resolvers,
 * queries, policies, helpers and other mappers. To use another module's data, call its exported service (as
 * content/policy-push.service.ts calls MessagesService.send), and let the owner hand out a row type from its public
 * surface (as accounts hands out `UserAccountRow`, products `ProductRow`) rather than its entity class.
 * Making a file public is a one-line change to PUBLIC_FILES, with its reason, seen in review.
 *
 * Exceptions (EXCEPTIONS below) are pairs "these files may import those files", each with its reason. The check
 * script fails on an exception that no longer matches any import, so the list only shrinks.
 */

/** Regex source of one exact path. */
const exactly = (path) => `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;

const MODULE = '^bff/src/(modules|core-modules)/([^/]+)/';
/** Any file of the module the importing file is in ($1, $2 are the groups of MODULE in `from.path`). */
const SAME_MODULE = '^bff/src/$1/$2/';
const ANY_MODULE = '^bff/src/(modules|core-modules)/[^/]+/';
const TABLE_FILES = `${ANY_MODULE}.*\\.(entity|repository)\\.ts$`;

/** Public by name: module, services, exceptions, GraphQL models, inputs and args. */
const PUBLIC_BY_NAME = [`${ANY_MODULE}.*\\.(module|service|exception)\\.ts$`, `${ANY_MODULE}(models|dto)/`, `${ANY_MODULE}.*/(models|dto)/`];

/** Further public files, per module, each with the reason it is public. Paths inside bff/src/. */
const PUBLIC_FILES = {
  'core-modules/auth/auth-user.ts': 'AuthUser, the signed-in caller that resolvers pass to their services',
  'core-modules/auth/decorators.ts': '@Public, @Authenticated, @Roles, @CurrentUser …: every resolver declares who may call it',
  'modules/accounts/staff-accounts.store.ts': 'StaffAccountsStore, exported to the auth wing: every staff read and write of user_accounts, and the UserAccount row type it hands out',
  'modules/accounts/account-names.ts': 'AccountNames, exported: names of accounts, masked for other parties, in full on staff screens',
  'modules/accounts/user-account-row.ts': 'UserAccountRow, the account row type AccountsService and StaffAccountsStore hand out (not the entity class)',
  'modules/audit/audit-action.ts': 'the AuditAction enum every audited module passes to AuditService.record',
  'modules/consents/consent-handle.ts': 'the consent handle gov-data receives from ConsentsService.requireActive (the gov-data contract)',
  'modules/data-use/data-use-entry.ts': 'the entry gov-data passes to DataUseService.record (the gov-data contract)',
  'modules/enterprises/enterprise.mapper.ts': 'the Enterprise GraphQL types of what EnterprisesService returns, for Me.enterprises and Me.activeEnterprise in the auth wing',
  'modules/enterprises/enterprise-relation.ts': 'the user ↔ enterprise relation enum (legal representative / agent) that bindings and consents speak',
  'modules/files/file-purpose.ts': 'the purpose a caller names when it claims an upload through FilesService',
  'modules/files/file-visibility.ts': 'who may download a file, as the claiming module declares it to FilesService',
  'modules/institutions/institution-row.ts': 'InstitutionRow and the entity name that the TypeORM relations of products and user accounts target, so they join institutions without importing its entity',
  'modules/accounts/user-account-entity-name.ts': 'the entity name the session relation targets, so a session joins its user account without importing the accounts entity',
  'modules/institutions/institution.mapper.ts': 'the Institution GraphQL type of an institution row, for products, whose rows carry their institution',
  'modules/institutions/institution-status.ts': 'the institution status enum: products list only the products of listed institutions',
  'modules/messages/message-kind.ts': 'the message kind a sender names when it calls MessagesService.send',
  'modules/products/product-records.ts': 'ProductRecords, exported: products of any status with their institution, for product management and consents; ProductRow, the row type products hands out',
  'modules/products/product.mapper.ts': 'the Product GraphQL type of a product row, for product management, which shows the products it manages',
  'modules/products/product-writer.ts': 'ProductWriter, exported: the one writer of products, which reindexes and bumps the catalogue revision',
  'modules/products/catalogue/published-catalogue.ts': 'PublishedCatalogue, exported: the in-memory published catalogue the recommendation ranks',
};

/** Allowed exceptions: `from` files (regex) may import `to` files (regex) against `rule`, for `reason`. */
const EXCEPTIONS = [];

/** The rules; those with exceptions are expanded by `withExceptions` below. */
const RULES = [
  {
    name: 'module-tables-are-their-own',
    comment:
      "A module's tables are its own: another module asks the owner's exported service and never imports its entity or repository, not even as a type (let the owner hand out a row type from its public surface).",
    severity: 'error',
    from: { path: MODULE },
    to: { path: TABLE_FILES, pathNot: SAME_MODULE },
  },
  {
    name: 'module-public-surface',
    comment:
      'Another module is reached through its public surface only: *.module.ts, *.service.ts, models/**, dto/**, *.exception.ts and the files PUBLIC_FILES lists in .dependency-cruiser.cjs; everything else of it is internal.',
    severity: 'error',
    from: { path: MODULE },
    to: {
      path: ANY_MODULE,
      pathNot: [SAME_MODULE, TABLE_FILES, ...PUBLIC_BY_NAME, ...Object.keys(PUBLIC_FILES).map((file) => exactly(`bff/src/${file}`))],
    },
  },
  {
    name: 'infra-knows-no-domain',
    comment:
      'bff/src/infra is framework plumbing that knows no domain: it imports only infra (and packages and shared); modules, the auth wing, the seed and the composition root (app.module.ts, entities.ts) hand it what it needs.',
    severity: 'error',
    from: { path: '^bff/src/infra/' },
    to: { path: '^bff/src/', pathNot: '^bff/src/infra/' },
  },
  {
    name: 'scoring-engine-stands-alone',
    comment:
      'bff/src/scoring/engine is pure TypeScript that the scoring CLI runs without the BFF: it imports only itself, @rongtong/shared and Node built-ins, never NestJS, TypeORM or the rest of bff/src (its tests may use test helpers).',
    severity: 'error',
    from: { path: '^bff/src/scoring/engine/', pathNot: '\\.spec\\.ts$' },
    to: { pathNot: ['^bff/src/scoring/engine/', '^shared/src/'], dependencyTypesNot: ['core'] },
  },
  {
    name: 'scoring-indicators-stand-alone',
    comment:
      'bff/src/scoring/indicators is pure TypeScript like the engine, so training (CLI) and live scoring share one definition of every indicator: it imports only itself, the engine, @rongtong/shared and Node built-ins; the BFF hands it the snapshot records (the parity int-spec fetches them from mock-server with the gov-data client).',
    severity: 'error',
    from: { path: '^bff/src/scoring/indicators/', pathNot: '\\.spec\\.ts$' },
    to: { pathNot: ['^bff/src/scoring/(indicators|engine)/', '^shared/src/'], dependencyTypesNot: ['core'] },
  },
  {
    name: 'no-circular',
    comment:
      'No file-level import cycle (type-only imports included): a cycle means two files cannot be understood, tested or moved apart, and at run time one of them sees the other half-initialised.',
    severity: 'error',
    from: { path: '^(bff|miniapp|shared|mock-server)/src/' },
    to: { circular: true },
  },
  {
    name: 'app-api-without-auth',
    comment:
      "The app's api/ (the GraphQL clients) never imports auth/ (session, login): auth logs in through api and connects the session to it through the SessionTokenSource port, so the two cannot close a cycle again (api-client <-> session was one).",
    severity: 'error',
    from: { path: '^miniapp/src/api/' },
    to: { path: '^miniapp/src/auth/' },
  },
  {
    name: 'app-stays-in-the-app',
    comment:
      'The app runs on phones and in the host super-app: it talks to the BFF over GraphQL only and never bundles BFF or mock-server code; what both ends need lives in @rongtong/shared.',
    severity: 'error',
    from: { path: '^miniapp/' },
    to: { path: ['^(bff|mock-server)/', 'node_modules/@rongtong/(bff|mock-server)/'] },
  },
  {
    name: 'shared-imports-no-workspace',
    comment:
      '@rongtong/shared is imported by every workspace and so imports none of them (it would close a cycle between packages and drag a server into the app).',
    severity: 'error',
    from: { path: '^shared/' },
    to: { path: ['^(bff|miniapp|mock-server)/', 'node_modules/@rongtong/'] },
  },
  {
    name: 'services-apart',
    comment:
      'The BFF and mock-server are separate processes (mock-server stands in for external systems): they meet over HTTP and through @rongtong/shared, never by importing each other or the app.',
    severity: 'error',
    from: { path: '^(bff|mock-server)/src/' },
    to: { path: ['^(bff|mock-server|miniapp)/', 'node_modules/@rongtong/(bff|mock-server|miniapp)/'], pathNot: '^$1/' },
  },
];

/** Not the given regex: matches every path that does not match it. */
const outside = (regex) => `^(?!${regex.replace(/^\^/, '')})`;
const asList = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * A rule with its exceptions: the rule itself no longer looks at the excepted `from` files; for each of them a copy of
 * the rule looks at that file alone, with its allowed targets left out.
 */
function withExceptions(rule) {
  const exceptions = EXCEPTIONS.filter((exception) => exception.rule === rule.name);
  if (exceptions.length === 0) return [rule];
  const froms = [...new Set(exceptions.map((exception) => exception.from))];
  const expanded = [{ ...rule, from: { ...rule.from, pathNot: [...asList(rule.from.pathNot), ...froms] } }];
  for (const from of froms) {
    const own = exceptions.filter((exception) => exception.from === from);
    expanded.push({
      ...rule,
      comment: `${rule.comment} Allowed here: ${own.map((exception) => exception.reason).join('; ')}.`,
      from: { ...rule.from, pathNot: [...asList(rule.from.pathNot), outside(from)] },
      to: { ...rule.to, pathNot: [...asList(rule.to.pathNot), ...own.map((exception) => exception.to)] },
    });
  }
  return expanded;
}

/** @type {import('dependency-cruiser').IConfiguration} */
const configuration = {
  forbidden: RULES.flatMap(withExceptions),
  options: {
    // The app's @/ alias and the workspaces by their sources (not their builds), so the rule runs before a build.
    tsConfig: { fileName: `${__dirname}/scripts/dependency-rule/tsconfig.json` },
    // `import type` counts: a type-only import still couples the two files (and the rules above say so).
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|coverage)/' },
    // Follow the workspaces' symlinks in node_modules to their folders, so @rongtong/x is seen as x/.
    preserveSymlinks: false,
    cache: false,
  },
};

// The check script reads these (not dependency-cruiser, whose schema refuses unknown keys, hence not enumerable).
Object.defineProperty(configuration, 'exceptions', { value: EXCEPTIONS, enumerable: false });
Object.defineProperty(configuration, 'publicFiles', { value: PUBLIC_FILES, enumerable: false });

module.exports = configuration;
