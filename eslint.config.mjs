// ESLint (flat config): TypeScript, React hooks and Next's rules, plus the architecture as rules:
//   - lib/db (connections, migrations, seeding) is reached only through the data layer,
//     lib/queries (reads) and lib/curation (writes); pages, components and the rest of lib never import it;
//   - lib/ never imports app/ (the app depends on the library, not the other way round);
//   - no import cycles.
// Entry points (scripts/, tests/, server.ts, proxy.ts, instrumentation.ts) open databases and may import lib/db.
import nextPlugin from '@next/eslint-plugin-next'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const NO_DB = {
  group: ['@/lib/db', '@/lib/db/*', '**/lib/db', '**/lib/db/*', '../db', '../db/*', '../../db/*', './db/*'],
  message: 'Only the data layer (lib/queries for reads, lib/curation for writes) imports lib/db: call a function of that layer instead.',
}
const NO_APP = { group: ['@/app', '@/app/*', '**/app/*'], message: 'lib/ never imports app/: move what both need into lib/.' }

export default tseslint.config(
  { ignores: ['.next/**', 'node_modules/**', 'generated/**', '.data/**', 'test-results/**', 'screenshots/**', 'coverage/**', 'next-env.d.ts', '.shot.mjs'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks, '@next/next': nextPlugin, 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // The architecture (scripts/check-imports.ts checks the same over type-only and dynamic imports too).
  { files: ['app/**', 'components/**'], rules: { 'no-restricted-imports': ['error', { patterns: [NO_DB] }] } },
  { files: ['lib/db/**', 'lib/queries/**', 'lib/curation/**'], rules: { 'no-restricted-imports': ['error', { patterns: [NO_APP] }] } },
  {
    files: ['lib/**'],
    ignores: ['lib/db/**', 'lib/queries/**', 'lib/curation/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_APP, NO_DB] }] },
  },
)
