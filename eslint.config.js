import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

/**
 * Imports go one way: ui and data → state → views → app. Views never import each other.
 */
const VIEWS = ['map', 'charts', 'timeline', 'details', 'briefing', 'claims'];
const layerZones = [
  { target: './src/data', from: ['./src/state', './src/views', './src/app', './src/ui'], message: 'data is the bottom layer.' },
  { target: './src/ui', from: ['./src/state', './src/views', './src/app'], message: 'ui pieces take props; they do not read state.' },
  { target: './src/state', from: ['./src/views', './src/app'], message: 'state must not depend on views or the app.' },
  { target: './src/views', from: ['./src/app'], message: 'views must not depend on the app shell.' },
  ...VIEWS.map((view) => ({
    target: `./src/views/${view}`,
    from: './src/views',
    except: [`./${view}`],
    message: 'views never import each other: share through ui, data or state.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'dist-single', 'node_modules', 'coverage', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // zod is configured for the strict Content-Security-Policy in one module; schemas take `z` from there.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/data/zod.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "Import z from 'src/data/zod' (it keeps zod from using eval).", allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['scripts/**', 'e2e/**', '*.config.{js,ts}', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
