import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts'],
        setupFiles: ['test-setup/fast-check-seed.mjs'],
        testTimeout: 30_000
    }
});
