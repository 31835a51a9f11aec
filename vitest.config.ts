import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts'],
        setupFiles: ['test-setup/fast-check-seed.mjs'],
        testTimeout: 30_000,
        // %HaveSameMap in language/test/parser/node-shapes.test.ts: whether two parsers' nodes share V8's hidden classes.
        execArgv: ['--allow-natives-syntax'],
        // A hook builds what its tests share (a PDF, a bundle): on a loaded 2-core machine that can take
        // longer than vitest's 10 s default (report/test/pdf.test.ts did, under a load average of 23).
        hookTimeout: 60_000,
        // A browser test polls the page for what a click or keystroke changes. vitest's 1 s default let a
        // clean-clone CI run fail on a synchronous rename the loaded machine took longer than that to show
        // (web-edition.test.ts, 2 December); a wrong result still fails, only later.
        expect: { poll: { timeout: 15_000 } }
    }
});
