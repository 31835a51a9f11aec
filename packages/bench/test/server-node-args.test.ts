/**
 * The benchmark must start the language server the way the VS Code extension
 * ships it, so that its latency and memory figures are what users run.
 */
import { describe, expect, it } from 'vitest';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../vscode/src/shared/server-node-options.js';
import { DEFAULT_SERVER_ENV, DEFAULT_SERVER_NODE_ARGS, serverEnvironment } from '../src/language-server-client.js';

describe('language server Node options', () => {
    it('the benchmark defaults to the options the extension starts its server with', () => {
        expect([...DEFAULT_SERVER_NODE_ARGS]).toEqual([...SERVER_EXEC_ARGV]);
    });

    it('they keep the memory of the server down by bounding the young generation', () => {
        expect(SERVER_EXEC_ARGV).toContain('--max-semi-space-size=16');
    });

    it('let the server give memory back when idle: the idle memory release (language-server/src/idle-memory-release.ts) needs gc', () => {
        expect(SERVER_EXEC_ARGV).toContain('--expose-gc');
    });

    it('the benchmark adds the environment the extension adds', () => {
        expect({ ...DEFAULT_SERVER_ENV }).toEqual({ ...SERVER_ENV });
        expect(serverEnvironment()['MALLOC_MMAP_THRESHOLD_']).toBe(SERVER_ENV['MALLOC_MMAP_THRESHOLD_']);
    });

    it('keep malloc from holding freed blocks by fixing its mmap threshold', () => {
        expect(SERVER_ENV['MALLOC_MMAP_THRESHOLD_']).toBe('131072');
    });

    it('a variant can set a variable otherwise or unset it', () => {
        expect(serverEnvironment({ MALLOC_MMAP_THRESHOLD_: '65536' })['MALLOC_MMAP_THRESHOLD_']).toBe('65536');
        expect('MALLOC_MMAP_THRESHOLD_' in serverEnvironment({ MALLOC_MMAP_THRESHOLD_: '' })).toBe(false);
    });
});
