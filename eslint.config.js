import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';

const securitySyntax = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Use React's escaping; no raw HTML." },
  { selector: "MemberExpression[object.name='localStorage'][property.name='setItem'] > Literal[value=/token|session/i]", message: 'Never store tokens in localStorage.' },
];

/**
 * Query keys are written only in src/queries/<resource>.ts (one key factory per resource): elsewhere a
 * query is built from the factory's queryOptions and invalidated by the factory's keys.
 */
const inlineQueryKeys = [
  {
    selector: "Property[key.name='queryKey'] > ArrayExpression",
    message: 'Write query keys in src/queries/<resource>.ts and use its key factory (e.g. volumeKeys.detail(id)).',
  },
  {
    selector: "VariableDeclarator[id.name=/^queryKey$/i] > ArrayExpression",
    message: 'Write query keys in src/queries/<resource>.ts and use its key factory.',
  },
  {
    selector: "CallExpression[callee.property.name=/^(setQueryData|getQueryData|setQueriesData|fetchQuery|prefetchQuery|ensureQueryData)$/] > ArrayExpression.arguments:first-child",
    message: 'Write query keys in src/queries/<resource>.ts and use its key factory.',
  },
  {
    selector: "CallExpression[callee.name=/^use(Suspense)?(Infinite)?Query$/] > ObjectExpression > Property[key.name='queryKey']",
    message: 'Define the query with queryOptions in src/queries/<resource>.ts and spread it here.',
  },
];

// Every folder of src/features is a feature: a new one is walled in without editing this file.
const features = readdirSync(new globalThis.URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Features do not import each other; what they share lives in src/components, src/lib, src/api. */
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(features/)?(${features.filter((f) => f !== feature).join('|')})(/|$)`,
            message: 'Features must not import each other: move shared code to src/components, src/lib or src/api.',
          },
          { regex: '^(\\.\\./)+app(/|$)', message: 'Features must not import the app shell.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...securitySyntax],
    },
  },
  {
    // A later no-restricted-syntax replaces the earlier one, so the security selectors are repeated.
    // Tests may seed a cache by hand; the app may not.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/queries/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...securitySyntax, ...inlineQueryKeys],
    },
  },
  {
    // The API layer knows HTTP and OpenStack, nothing of React.
    files: ['src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['react', 'react-dom', '@tanstack/react-query', 'antd', 'react-i18next'] }],
    },
  },
  {
    // The domain (status tables, preconditions, labels) is plain data and functions: no React, no i18n
    // runtime; of src/api it reads the types and pure helpers (microversion checks, request limits).
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', '@tanstack/react-query', 'antd', 'react-i18next', 'i18next'],
          patterns: [
            { regex: '^(\\.\\./)+(features|components|lib|app|queries|i18n)(/|$)', message: 'src/domain imports only src/api.' },
            { regex: '^(\\.\\./)+api/(http|session|keystone|catalog)$', allowTypeImports: true, message: 'src/domain sends no requests.' },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
);
