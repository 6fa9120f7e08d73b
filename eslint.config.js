// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';

// Feature folders never import each other; app/router.tsx is where they meet (shared/STYLE.md).
const featureBoundary = {
  patterns: [
    {
      group: ['@/features/**', '**/features/**'],
      message: 'A feature may not import another feature; compose them in src/app/router.tsx.',
    },
    {
      group: ['../../**'],
      message:
        'Leave the feature folder through the @/ alias (@/components, @/api, ...), not ../../.',
    },
    { group: ['@/app/**', '**/app/**'], message: 'Only src/app composes the application.' },
  ],
};

// Features read and write through src/api/resources/<resource>.ts, which own the endpoints and
// their query keys (one key shape per endpoint); only sign-in talks to the client itself.
const resourceBoundary = {
  ...featureBoundary,
  paths: [
    {
      name: '@/api/client',
      importNames: ['api', 'unwrap'],
      message: 'Call the API through a resource module in src/api/resources/.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'openapi/generated/**',
      'test-results/**',
      'playwright-report/**',
      '.sim-data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2024,
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use a union of literals (Node type stripping has no enums).',
        },
      ],
    },
  },
  {
    // Simulator tests read arbitrary JSON answers; typing each one would only restate the spec
    // that the simulator already validates every response against.
    files: ['simulator/test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      // Parse, don't cast: assertions are allowed only at the API boundary (src/api) and in tests.
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
    },
  },
  {
    files: ['src/api/**', 'src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: { '@typescript-eslint/consistent-type-assertions': 'off' },
  },
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/testing/**'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              '^(label|title|placeholder|aria-label|alt|tooltip|description|okText|cancelText|emptyText|message|extra|help|subTitle|addonBefore|addonAfter|content)$',
            ],
          },
        },
      ],
    },
  },
  {
    files: ['src/features/**'],
    ignores: ['src/features/auth/**'],
    rules: { 'no-restricted-imports': ['error', resourceBoundary] },
  },
  {
    files: ['src/features/auth/**'],
    rules: { 'no-restricted-imports': ['error', featureBoundary] },
  },
  {
    files: ['src/components/**', 'src/hooks/**', 'src/api/**', 'src/i18n/**', 'src/utils/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/**', '**/features/**'],
              message: 'Shared code may not depend on a feature.',
            },
            {
              group: ['@/app/**', '**/app/**'],
              message: 'Shared code may not depend on the app shell.',
            },
          ],
        },
      ],
    },
  },
);
