// House rules for the whole workspace: `pnpm lint` runs ESLint, then `prettier --check .`.
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import prettier from 'eslint-config-prettier'
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig(
  {
    // Generated or vendored (as in .prettierignore), and build output.
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/.astro/',
      '**/.next/',
      '**/coverage/',
      'test-results/',
      'playwright-report/',
      'media/',
      'backups/',
      'cms/data/',
      'cms/src/payload-types.ts',
      'cms/src/migrations/',
      'cms/src/app/(payload)/admin/',
      'cms/src/app/(payload)/layout.tsx',
      'cms/next-env.d.ts',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Dropping keys by destructuring (`const { generatedAt, ...rest } = snapshot`) is the house idiom; `_name` marks a deliberately unused one.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read untyped API answers and build deliberately malformed documents: `any` is the honest type there.
    files: ['**/*.test.ts', '**/tests/**/*.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
)
