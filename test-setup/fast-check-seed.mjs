/**
 * Property tests run from one fixed seed in `npm test`, so that CI is
 * reproducible: a failure seen once is seen again on the same commit.
 * `FC_SEED=random npm run test:unit` explores new cases (the seed is printed
 * on failure); `FC_SEED=<n>` replays one.
 */
import fc from 'fast-check';

const requested = process.env.FC_SEED;
if (requested !== 'random') {
    const seed = requested === undefined || requested === '' ? 20_261_201 : Number(requested);
    if (!Number.isInteger(seed)) {
        throw new Error(`FC_SEED must be a whole number or "random", not "${requested}"`);
    }
    fc.configureGlobal({ seed });
}
