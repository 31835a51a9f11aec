/**
 * DOMAIN.md item 5: compensation t_i = phi_i - r_i turns the charged split
 * into the fair one, and the payments that realise it.
 */
import type { PaymentInstruction } from './result.js';

export function compensation(fair: number[], realised: number[], lossMaking: boolean): number[] {
    // When N < 0 there is no gain to share fairly: no compensation is proposed.
    return fair.map((phi, i) => (lossMaking ? 0 : phi - realised[i]));
}

/**
 * Pairs payers (t_i < 0) with receivers (t_i > 0), largest amounts first, ties
 * in model order: at most n - 1 payments, deterministic. Amounts are whole pence.
 */
export function payments(ids: string[], transfers: number[]): PaymentInstruction[] {
    const byAmount = (sign: 1 | -1) => ids
        .map((id, i) => ({ id, i, left: sign * transfers[i] }))
        .filter(p => p.left > 0)
        .sort((a, b) => b.left - a.left || a.i - b.i);
    const payers = byAmount(-1);
    const receivers = byAmount(1);
    const out: PaymentInstruction[] = [];
    let p = 0;
    let r = 0;
    while (p < payers.length && r < receivers.length) {
        const amount = Math.min(payers[p].left, receivers[r].left);
        out.push({ from: payers[p].id, to: receivers[r].id, amount });
        payers[p].left -= amount;
        receivers[r].left -= amount;
        if (payers[p].left === 0) {
            p++;
        }
        if (receivers[r].left === 0) {
            r++;
        }
    }
    return out;
}
