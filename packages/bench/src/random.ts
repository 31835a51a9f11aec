/**
 * A small seeded pseudo-random source, so that every generated model and
 * every scripted editor session can be reproduced from its seed alone.
 * (Math.random cannot be seeded.)
 */
export class SeededRandom {
    private state: number;

    constructor(seed: number) {
        // Any 32-bit seed, including 0, must give a usable sequence.
        this.state = (seed ^ 0x9e3779b9) >>> 0;
    }

    /** A float in [0, 1). */
    next(): number {
        // xorshift32 followed by a multiplicative scramble of the output.
        let x = this.state;
        x ^= x << 13;
        x >>>= 0;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        this.state = x === 0 ? 0x6d2b79f5 : x;
        return (Math.imul(this.state, 0x2c1b3c6d) >>> 0) / 4294967296;
    }

    /** An integer in [min, max], both inclusive. */
    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }

    chance(probability: number): boolean {
        return this.next() < probability;
    }

    pick<T>(items: readonly T[]): T {
        return items[Math.floor(this.next() * items.length)];
    }

    /** `count` distinct items in their original order. */
    sample<T>(items: readonly T[], count: number): T[] {
        const indices = items.map((_, i) => i);
        for (let i = indices.length - 1; i > 0; i--) {
            const j = Math.floor(this.next() * (i + 1));
            [indices[i], indices[j]] = [indices[j], indices[i]];
        }
        return indices.slice(0, Math.min(count, items.length)).sort((a, b) => a - b).map(i => items[i]);
    }
}
