/**
 * The linear span of coalition indicator vectors, kept in row-echelon form:
 * the nucleolus drops a coalition once its excess is fixed by the ones
 * already fixed. Floating point is exact enough here: the vectors are 0/1 and
 * n <= 12, so every entry of the echelon form is a fraction with a small
 * denominator, far above the 1e-9 used to call a residue zero.
 */
export class CoalitionSpan {
    private readonly rows: { pivot: number; vector: Float64Array }[] = [];
    /** The vector being reduced: contains() asks for every free coalition after each LP, so it allocates nothing. */
    private readonly scratch: Float64Array;
    constructor(private readonly n: number) {
        this.scratch = new Float64Array(n);
    }

    get rank(): number {
        return this.rows.length;
    }

    private reduce(mask: number): Float64Array {
        const v = this.scratch;
        for (let i = 0; i < this.n; i++) {
            v[i] = (mask >> i) & 1;
        }
        for (const { pivot, vector } of this.rows) {
            const factor = v[pivot];
            if (factor !== 0) {
                for (let i = 0; i < this.n; i++) {
                    v[i] -= factor * vector[i];
                }
            }
        }
        return v;
    }

    contains(mask: number): boolean {
        return this.reduce(mask).every(c => Math.abs(c) < 1e-9);
    }

    add(mask: number): void {
        const v = this.reduce(mask);
        const pivot = v.findIndex(c => Math.abs(c) >= 1e-9);
        if (pivot < 0) {
            return;
        }
        const scaled = v.map(c => c / v[pivot]);
        // Keep earlier rows reduced against the new pivot so reduce() stays a single pass.
        for (const row of this.rows) {
            const factor = row.vector[pivot];
            if (factor !== 0) {
                for (let i = 0; i < this.n; i++) {
                    row.vector[i] -= factor * scaled[i];
                }
            }
        }
        this.rows.push({ pivot, vector: scaled });
    }
}
