/** fast-check generators shared by the fuzz tests. */
import fc from 'fast-check';
import type { Mutation } from '../src/mutate-text.js';

const position = () => fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('delete-token' as const), at: position() }),
    fc.record({ kind: fc.constant('duplicate-token' as const), at: position() }),
    fc.record({ kind: fc.constant('swap-tokens' as const), at: position() }),
    fc.record({
        kind: fc.constant('insert-bytes' as const),
        at: position(),
        bytes: fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('{', '}', '"', '£', '%', '->', '/*', '\u0000', '\uFFFD'))
    }),
    fc.record({ kind: fc.constant('truncate' as const), at: position() })
);
