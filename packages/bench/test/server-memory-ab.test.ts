/** `npm run bench:memory`'s variants: Node flags, environment variables and the server to start. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVariant } from '../src/server-memory-ab.js';

describe('bench:memory variants', () => {
    it('tell Node flags, environment variables and entry=<path> apart', () => {
        expect(parseVariant('old: --max-semi-space-size=16 MALLOC_ARENA_MAX=2 entry=/tmp/old/server.cjs')).toEqual({
            name: 'old', nodeArgs: ['--max-semi-space-size=16'], env: { MALLOC_ARENA_MAX: '2' }, entry: '/tmp/old/server.cjs'
        });
    });

    it('resolve a relative entry from the working folder, and leave it out when not given', () => {
        expect(parseVariant('new: entry=out/server.cjs').entry).toBe(resolve('out/server.cjs'));
        expect(parseVariant('--expose-gc')).toEqual({ name: '--expose-gc', nodeArgs: ['--expose-gc'], env: {} });
    });

    it('refuse a word that is none of these, naming it', () => {
        expect(() => parseVariant('x: semi=16')).toThrow(/"semi=16" in --variant "x: semi=16" is neither/);
    });
});
