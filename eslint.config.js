// Lint: typescript-eslint's recommended rules, without type information. The project compiles with TypeScript 7,
// whose native compiler typescript-eslint cannot drive; `npm run typecheck` does the type checking.
// Line length: prettier (printWidth 120, `npm run format:check`) wraps code; `max-len` reports what prettier cannot
// wrap (long strings and comments): no source line over 120 characters.
import './scripts/lint/classic-typescript.cjs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'pacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      'max-len': ['error', { code: 120, ignoreUrls: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // The reporters and the pact cross-check escape control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // chai's property assertions (`expect(x).to.be.empty`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // bin/package.json makes bin/*.js CommonJS (see bin/contract-kit.js).
    files: ['**/*.cjs', 'bin/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
