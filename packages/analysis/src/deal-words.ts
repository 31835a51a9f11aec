/**
 * What a deal does for its participants, in words that follow its figures:
 * "gain" only when every benefit after the deal is above zero. The deal
 * guarantees r_i + t_i >= 0 (DOMAIN.md item 15), so a participant can end at
 * exactly zero; a partner reads "gain" as more than nothing.
 */
import type { DealMoney } from './result.js';
import { listNames } from '@autonomy/domain';

export interface DealGainWords {
    /** After "N a year moved from the charged split ...": "makes every participant gain". */
    makes: string;
    /** A clause on its own: "every participant gains". */
    holds: string;
}

export function dealGainWords(deal: Extract<DealMoney, { status: 'deal' }>, participants: string[], name: (id: string) => string): DealGainWords {
    const even = participants.filter((_, k) => deal.benefitsAfter[k] === 0).map(name);
    if (even.length === 0) {
        return { makes: 'makes every participant gain', holds: 'every participant gains' };
    }
    const breaks = `${listNames(even)} ${even.length === 1 ? 'breaks' : 'break'} even`;
    return { makes: `leaves no participant worse off (${breaks})`, holds: `no participant loses (${breaks})` };
}
