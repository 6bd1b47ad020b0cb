// Lint rules, including the layering of DESIGN.md §2:
// core ← app ← { excel, xlsx, functions, ui, taskpane, web, cli }.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const officeGlobals = ['Excel', 'Office', 'OfficeExtension', 'CustomFunctions'];
const hostGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'fetch',
  'process',
  'require',
  'Buffer',
];

const restrictGlobals = (names, why) => names.map((name) => ({ name, message: `${name}: ${why}` }));

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'test/fixtures/**', 'test/output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'react-hooks/rules-of-hooks': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-globals': [
        'error',
        ...restrictGlobals(['CustomFunctions'], 'only src/functions touches it'),
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // core is pure: no Office, no DOM, no Node.
    files: ['src/core/**/*.ts'],
    // Tests and their helpers (`*.testing.ts`) may reach test/helpers.
    ignores: ['src/core/**/*.test.ts', 'src/core/**/*.testing.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...restrictGlobals(
          [...officeGlobals, ...hostGlobals],
          'src/core stays pure (DESIGN.md §2)',
        ),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../../*', '!../../core/*'], message: 'core imports only core' },
            {
              group: [
                'fs',
                'path',
                'node:*',
                'react',
                'react-dom',
                'exceljs',
                'fflate',
                '@fluentui/*',
              ],
              message: 'core stays pure',
            },
          ],
        },
      ],
    },
  },
  {
    // app depends on core only; it reaches workbooks through a WorkbookPort.
    files: ['src/app/**/*.ts'],
    ignores: ['src/app/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...restrictGlobals([...officeGlobals, 'document', 'window'], 'app uses a WorkbookPort'),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../excel/*',
                '../xlsx/*',
                '../ui/*',
                '../cli/*',
                '../web/*',
                '../taskpane/*',
                '../functions/*',
              ],
              message: 'app depends on core only',
            },
          ],
        },
      ],
    },
  },
  {
    // Only src/excel touches the workbook through Office.js; the entry points may call
    // Office.onReady and read the display language.
    files: ['src/ui/**/*.{ts,tsx}', 'src/web/**/*.{ts,tsx}', 'src/cli/**/*.ts', 'src/xlsx/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...restrictGlobals(officeGlobals, 'only src/excel touches Office.js'),
      ],
    },
  },
  {
    files: ['src/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...restrictGlobals(['CustomFunctions'], 'only src/functions touches it'),
      ],
    },
  },
  {
    files: ['src/functions/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...restrictGlobals(
          ['Excel', 'OfficeExtension', 'document', 'window'],
          'functions only wrap core',
        ),
      ],
    },
  },
  {
    files: [
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/*.testing.ts',
      'test/**/*',
      'bench/**/*',
      'scripts/**/*',
    ],
    rules: { 'no-restricted-globals': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
