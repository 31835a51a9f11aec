/**
 * The benchmark must start the language server the way the VS Code extension
 * ships it, so that its latency and memory figures are what users run.
 */
import { describe, expect, it } from 'vitest';
import { SERVER_EXEC_ARGV } from '../../vscode/src/shared/server-node-options.js';
import { DEFAULT_SERVER_NODE_ARGS } from '../src/language-server-client.js';

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
});
