/**
 * The project's one seeded generator (xorshift128 seeded through a 32-bit
 * integer hash): the Monte Carlo estimate must be reproducible byte for byte,
 * and so must every generated model, fuzz case and scripted editor session
 * (Math.random cannot be seeded).
 */
export class SeededRandom {
    private a: number;
    private b: number;
    private c: number;
    private d: number;

    constructor(seed: number) {
        let s = seed >>> 0;
        const next = (): number => {
            // Integer hash of a Weyl sequence: spreads nearby seeds over the whole state.
            s = (s + 0x9e3779b9) >>> 0;
            let z = s;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
            return (z ^ (z >>> 16)) >>> 0;
        };
        // State kept as signed 32-bit integers so the engine never boxes it.
        this.a = next() | 0;
        this.b = next() | 0;
        this.c = next() | 0;
        this.d = next() | 1;
    }

    /** Uniform 32-bit unsigned integer. */
    nextUint32(): number {
        const t = this.a ^ (this.a << 11);
        this.a = this.b;
        this.b = this.c;
        this.c = this.d;
        this.d = (this.d ^ (this.d >>> 19) ^ (t ^ (t >>> 8))) | 0;
        return this.d >>> 0;
    }

    /** Uniform integer in 0..bound-1 (bound <= 2^32), without modulo bias. */
    nextBelow(bound: number): number {
        const limit = Math.floor(0x100000000 / bound) * bound;
        let x = this.nextUint32();
        while (x >= limit) {
            x = this.nextUint32();
        }
        return x % bound;
    }

    /** A float in [0, 1). */
    next(): number {
        return this.nextUint32() / 0x100000000;
    }

    /** An integer in [min, max], both inclusive. */
    int(min: number, max: number): number {
        return min + this.nextBelow(max - min + 1);
    }

    chance(probability: number): boolean {
        return this.next() < probability;
    }

    pick<T>(items: readonly T[]): T {
        return items[this.nextBelow(items.length)];
    }

    /** `count` distinct items in their original order. */
    sample<T>(items: readonly T[], count: number): T[] {
        const indices = items.map((_, i) => i);
        for (let i = indices.length - 1; i > 0; i--) {
            const j = this.nextBelow(i + 1);
            [indices[i], indices[j]] = [indices[j], indices[i]];
        }
        return indices.slice(0, Math.min(count, items.length)).sort((a, b) => a - b).map(i => items[i]);
    }
}
