// @ts-check
/**
 * Shared flat ESLint configuration for the inovasi workspace.
 *
 * `base` is the type-checked typescript-eslint setup every package uses. `pureCore` adds the rules that
 * keep `@inovasi/core` free of I/O, clocks and environment. `adapter` stops adapters from reaching into
 * the core's internals.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ignores = {
  ignores: [
    'dist/**',
    'coverage/**',
    'schemas/**',
    'node_modules/**',
    '*.config.*',
    'bin/**',
    '**/*.mjs',
  ],
};

/** @param {string} tsconfigRootDir */
export function base(tsconfigRootDir) {
  return tseslint.config(
    ignores,
    js.configs.recommended,
    tseslint.configs.strictTypeChecked,
    tseslint.configs.stylisticTypeChecked,
    {
      languageOptions: {
        parserOptions: { projectService: true, tsconfigRootDir },
      },
      rules: {
        '@typescript-eslint/consistent-type-imports': 'error',
        '@typescript-eslint/consistent-type-exports': 'error',
        '@typescript-eslint/restrict-template-expressions': [
          'error',
          { allowNumber: true, allowBoolean: true },
        ],
        '@typescript-eslint/no-unused-vars': [
          'error',
          { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
        ],
        'no-console': 'error',
      },
    },
    {
      files: ['**/*.test.ts', '**/test/**/*.ts'],
      rules: {
        '@typescript-eslint/no-non-null-assertion': 'off',
      },
    },
  );
}

/** Rules that keep the domain pure: no I/O, no clock, no environment. */
export const pureCore = {
  files: ['src/**/*.ts'],
  ignores: ['src/**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          {
            name: 'zod',
            message:
              "The core's schemas use zod/mini (`import * as z from 'zod/mini'`, metadata with `withMeta`): zod classic would put its methods and JSON Schema generator in every browser bundle.",
          },
        ],
        patterns: [
          {
            group: ['node:*', 'fs', 'path', 'os', 'child_process'],
            message: 'The core does no I/O.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'process', message: 'The core reads no environment; take it as an argument.' },
      { name: 'fetch', message: 'The core does no I/O.' },
    ],
    'no-restricted-properties': [
      'error',
      {
        object: 'Date',
        property: 'now',
        message: 'The core has no clock; take `asOf` as an argument.',
      },
      { object: 'Math', property: 'random', message: 'Use a seeded generator.' },
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message: 'The core has no clock; take `asOf` as an argument.',
      },
    ],
  },
};

/** Adapters call the core's public entry points only. */
export const adapter = {
  files: ['src/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@inovasi/core/internal/*', '**/core/src/**'],
            message: 'Adapters use the public entry points of @inovasi/core.',
          },
        ],
      },
    ],
  },
};
