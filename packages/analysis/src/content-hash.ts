/**
 * A number for plain data such that values sameValue (same-value.ts) calls
 * the same get the same number; different values usually get different ones.
 * For caches that keep their entries' values and compare them on a hit, where
 * a key string of the whole content would be a second copy of it
 * (initiative-cache.ts: 2.2 MB of keys on the 50,000-line workspace).
 */

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** Two 32-bit lanes (FNV-1a, different offsets), so that the 53-bit result collides rarely. */
class Mixer {
    a = 0x811c9dc5;
    b = 0x01000193;

    int(x: number): void {
        this.a = Math.imul(this.a ^ x, 0x01000193);
        this.b = Math.imul(this.b ^ x, 0x5bd1e995) ^ (this.b >>> 15);
    }

    string(s: string): void {
        this.int(s.length);
        for (let i = 0; i < s.length; i++) {
            this.int(s.charCodeAt(i));
        }
    }

    value(v: unknown, skip?: string): void {
        switch (typeof v) {
            case 'number':
                bits[0] = v;
                this.int(1);
                this.int(words[0]);
                this.int(words[1]);
                return;
            case 'string':
                this.int(2);
                this.string(v);
                return;
            case 'boolean':
                this.int(v ? 3 : 4);
                return;
            case 'undefined':
                this.int(5);
                return;
            default:
                if (v === null || typeof v !== 'object') {
                    // Functions, symbols and bigints do not occur in the analysis's records; they all mix alike.
                    this.int(6);
                    return;
                }
                if (Array.isArray(v)) {
                    this.int(7);
                    this.int(v.length);
                    for (const element of v) {
                        this.value(element);
                    }
                    return;
                }
                this.int(8);
                for (const key of Object.keys(v)) {
                    if (key !== skip) {
                        this.string(key);
                        this.value((v as Record<string, unknown>)[key]);
                    }
                }
        }
    }

    /** A result of this mixer (53 bits) as two lanes' worth. */
    hash(h: number): void {
        this.int(h % 0x200000);
        this.int(Math.floor(h / 0x200000));
    }

    get result(): number {
        return (this.a >>> 0) * 0x200000 + (this.b >>> 11);
    }
}

/**
 * The hash of `values` together, each with its own top-level `skip` key left out
 * (as sameValue of the values without that key would compare them).
 */
export function contentHash(values: readonly unknown[], skip?: string): number {
    const mixer = new Mixer();
    for (const value of values) {
        mixer.value(value, skip);
    }
    return mixer.result;
}

/**
 * One hash of several contentHash results, in order: a record's hash can then
 * be made once and kept while the record is (one practice is in several initiatives).
 */
export function combinedHash(hashes: readonly number[]): number {
    const mixer = new Mixer();
    for (const hash of hashes) {
        mixer.hash(hash);
    }
    return mixer.result;
}
