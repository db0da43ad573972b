/**
 * The arrows of the architecture (docs/architecture.md), checked in CI:
 *   core ← io ← services → store;  core ← store;  server, cli, report → services, store, io, core;
 *   web → core, i18n (and types only from store/server).  Nothing imports web, server or cli.
 */
const layer = (name) => `^src/${name}/`;
const forbid = (name, from, to, comment, extra = {}) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: to, ...extra },
});

module.exports = {
  forbidden: [
    forbid(
      'core-is-pure',
      layer('core'),
      '^src/(io|store|server|cli|report|services|i18n)/|^web/',
      'core imports nothing below it',
    ),
    {
      name: 'core-has-no-io',
      comment: 'analyses are pure functions: no file system, network or process access in core',
      severity: 'error',
      from: { path: layer('core') },
      to: {
        dependencyTypes: ['core'],
        path: '^(fs|node:fs|fs/promises|node:fs/promises|net|node:net|http|node:http|child_process|node:child_process)$',
      },
    },
    forbid(
      'io-above-store',
      layer('io'),
      '^src/(store|server|cli|report|services)/|^web/',
      'readers produce batches; they never touch the database',
    ),
    forbid(
      'store-below-io',
      layer('store'),
      '^src/(io|server|cli|report|services|i18n)/|^web/',
      'the store knows batches, not file formats or languages',
    ),
    forbid('services-below-edges', layer('services'), '^src/(server|cli)/|^web/', 'services are shared by the edges'),
    forbid('report-below-edges', layer('report'), '^src/(server|cli)/|^web/', 'documents are built without HTTP or terminal'),
    forbid('server-not-cli', layer('server'), '^src/cli/|^web/', 'the server does not depend on the command line'),
    forbid(
      'web-through-api',
      '^web/',
      '^src/(store|server|cli|services|io)/',
      'the browser app talks to the API; it may only share types',
      {
        dependencyTypesNot: ['type-only'],
      },
    ),
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^web/dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
