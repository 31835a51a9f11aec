// Lint for every package, present and future: globs, not lists. TypeScript files get
// typescript-eslint's type-checked rules through each package's tsconfig.test.json
// (the one that covers src and test); scripts in plain JavaScript get the untyped rules.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    {
        ignores: [
            '**/dist/**', '**/out/**', '**/node_modules/**', '**/.cache/**',
            'packages/language/src/generated/**', 'packages/vscode/syntaxes/**',
            '**/*.d.ts', 'vitest.config.ts'
        ]
    },
    js.configs.recommended,
    {
        files: ['**/*.ts'],
        extends: [tseslint.configs.recommendedTypeChecked],
        languageOptions: {
            parserOptions: {
                project: ['./packages/*/tsconfig.test.json'],
                tsconfigRootDir: import.meta.dirname
            }
        },
        rules: {
            // A leading underscore marks a parameter an override must accept but does not use.
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
            // Overrides of Langium's async provider methods keep their signature without awaiting;
            // no-floating-promises and no-misused-promises catch the real promise mistakes.
            '@typescript-eslint/require-await': 'off'
        }
    },
    {
        files: ['**/*.{js,mjs,cjs}'],
        languageOptions: { globals: { ...globals.node } }
    },
    {
        // Callbacks that playwright runs inside the page.
        files: ['packages/vscode/e2e/**'],
        languageOptions: { globals: { ...globals.node, ...globals.browser } }
    },
    {
        files: ['**/*.cjs'],
        languageOptions: { sourceType: 'commonjs' }
    }
);
