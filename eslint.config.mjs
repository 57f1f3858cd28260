import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', '.tmp/', 'custom-elements.json', 'test/consumer/app/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // lit-analyzer (WCA 2) reads attributes from `static get properties()` but not from a
      // `static properties = {…}` field, and would then flag the elements' own attributes.
      'no-restricted-syntax': [
        'error',
        {
          selector: "PropertyDefinition[static=true][key.name='properties']",
          message: 'Declare reactive properties in `static get properties()`, the form lit-analyzer reads.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit/decorators.js', 'lit/decorators/*'],
              message:
                'Declare reactive properties in `static get properties()`: the decorators and their helper add bytes to every bundle.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/**', 'bin/**', 'src/ssr/cli.ts', 'demo/**'],
    rules: { 'no-console': 'off' },
  },
);
