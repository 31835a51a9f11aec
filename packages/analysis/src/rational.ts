/**
 * Exact rational numbers over BigInt, for the linear programs whose answers
 * must be right to the penny (nucleolus, least core, the deal): money is
 * integer pence, so every vertex of those LPs is a fraction with a small
 * denominator that floating point can round the wrong way.
 */
export interface Rational {
    /** Numerator; the sign lives here. */
    readonly n: bigint;
    /** Denominator, always > 0, coprime with n. */
    readonly d: bigint;
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };

/** Greatest common divisor, of the magnitudes. */
export function gcd(a: bigint, b: bigint): bigint {
    let x = a < 0n ? -a : a;
    let y = b < 0n ? -b : b;
    while (y !== 0n) {
        [x, y] = [y, x % y];
    }
    return x;
}

export function rational(n: bigint, d = 1n): Rational {
    if (d === 0n) {
        throw new RangeError('division by zero in exact arithmetic');
    }
    if (n === 0n) {
        return ZERO;
    }
    const sign = d < 0n ? -1n : 1n;
    const g = gcd(n, d);
    return { n: (sign * n) / g, d: (sign * d) / g };
}

/** An integer-valued double (pence) as a rational; throws on a fraction, which would be a silent guess. */
export function fromInteger(x: number): Rational {
    if (!Number.isSafeInteger(x)) {
        throw new RangeError(`not a whole number of pence: ${x}`);
    }
    return { n: BigInt(x), d: 1n };
}

export function add(a: Rational, b: Rational): Rational {
    return a.d === b.d ? rational(a.n + b.n, a.d) : rational(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: Rational, b: Rational): Rational {
    return add(a, neg(b));
}

export function neg(a: Rational): Rational {
    return { n: -a.n, d: a.d };
}

export function mul(a: Rational, b: Rational): Rational {
    if (a.n === 0n || b.n === 0n) {
        return ZERO;
    }
    return rational(a.n * b.n, a.d * b.d);
}

export function div(a: Rational, b: Rational): Rational {
    return rational(a.n * b.d, a.d * b.n);
}

export function sign(a: Rational): -1 | 0 | 1 {
    return a.n < 0n ? -1 : a.n > 0n ? 1 : 0;
}

export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
    return sign(sub(a, b));
}

export function isZero(a: Rational): boolean {
    return a.n === 0n;
}

export function toNumber(a: Rational): number {
    return Number(a.n) / Number(a.d);
}

/** Nearest integer, halves away from zero: how an exact amount of pence is shown. */
export function roundHalfAway(a: Rational): number {
    const abs = a.n < 0n ? -a.n : a.n;
    const q = (2n * abs + a.d) / (2n * a.d);
    return Number(a.n < 0n ? -q : q);
}

/** "p/q" (or "p" for an integer): how an exact figure is written to JSON. */
export function format(a: Rational): string {
    return a.d === 1n ? a.n.toString() : `${a.n}/${a.d}`;
}
