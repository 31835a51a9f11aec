/**
 * DOMAIN.md items 18 and 19 weigh a collective's members by list size. When two
 * member collectives share a practice (or a practice is a member both directly
 * and through a member collective), adding each member's practices counts that
 * practice's patients twice: the weights, and any "share of the patients" read
 * from them, then exceed the collective's patients. Here each practice is
 * counted once, with the first member collective, in the order the members are
 * listed, that contains it; a member practice inside no member collective
 * counts its own. The order is the one rule a reader can check in the model
 * text, so the words name the member a shared practice is counted with.
 */
import { listNames } from '@autonomy/domain';

export interface CountedMember {
    id: string;
    /** The practices whose patients this member's weight counts. */
    counted: string[];
    /** Practices inside this member counted with another member instead. */
    elsewhere: Array<{ practice: string; countedWith: string }>;
}

/**
 * `groups`: each member with the practices inside it (a member practice: itself), in the order the members are
 * listed. Member collectives claim their practices before member practices do.
 */
export function countOnce(groups: ReadonlyArray<{ id: string; practices: readonly string[]; isPractice: boolean }>): CountedMember[] {
    const countedWith = new Map<string, string>();
    for (const pass of [false, true]) {
        for (const g of groups) {
            if (g.isPractice === pass) {
                for (const p of g.practices) {
                    if (!countedWith.has(p)) {
                        countedWith.set(p, g.id);
                    }
                }
            }
        }
    }
    return groups.map(g => {
        const counted: string[] = [];
        const elsewhere: CountedMember['elsewhere'] = [];
        for (const p of new Set(g.practices)) {
            const owner = countedWith.get(p)!;
            if (owner === g.id) {
                counted.push(p);
            } else {
                elsewhere.push({ practice: p, countedWith: owner });
            }
        }
        return { id: g.id, counted, elsewhere };
    });
}

/**
 * The clause after a share of patients read from such weights: which member a shared practice is counted with,
 * so the share is not read as the share of every practice inside the member. Empty when nothing is shared.
 */
export function countedOnceWords(shared: ReadonlyArray<{ practice: string; countedWith: string }> | undefined, name: (id: string) => string): string {
    if (!shared || shared.length === 0) {
        return '';
    }
    const parts = shared.map(s => `${name(s.practice)} with ${name(s.countedWith)}`);
    return ` (each practice counted once, with the first member collective listed that contains it: ${parts.join(', ')})`;
}

/**
 * For the tables of voting power (report, hover, CLI): their "share of patients" column counts a practice shared
 * by two members with one of them only, which the reader must be told. Undefined when no member shares one.
 */
export function sharedPracticesSentence(power: { members: ReadonlyArray<{ countedElsewhere?: ReadonlyArray<{ practice: string; countedWith: string }> }> },
    name: (id: string) => string): string | undefined {
    const shared = new Map<string, string>();
    for (const m of power.members) {
        for (const e of m.countedElsewhere ?? []) {
            shared.set(e.practice, e.countedWith);
        }
    }
    if (shared.size === 0) {
        return undefined;
    }
    const parts = [...shared].map(([practice, countedWith]) => `${name(practice)} with ${name(countedWith)}`);
    return `Shares of patients count each practice once, with the first member collective listed that contains it (${parts.join(', ')}).`;
}

/**
 * After what a member collective that will not follow takes with it (DOMAIN.md item 19): the practices of its vote
 * counted with another member, which decides their place in the outcome instead. `member`: its name. Empty when none.
 */
export function countedElsewhereSentence(elsewhere: ReadonlyArray<{ practice: string; countedWith: string }> | undefined, member: string,
    name: (id: string) => string, collectiveName: (id: string) => string = name): string {
    if (!elsewhere || elsewhere.length === 0) {
        return '';
    }
    if (elsewhere.length === 1) {
        const [e] = elsewhere;
        return `${name(e.practice)} takes part in ${member}'s vote but is counted with ${collectiveName(e.countedWith)}, `
            + 'the first member collective listed that contains it, and goes with that one.';
    }
    return `${listNames(elsewhere.map(e => name(e.practice)))} take part in ${member}'s vote but are counted with the first member collective listed `
        + `that contains each (${elsewhere.map(e => `${name(e.practice)} with ${collectiveName(e.countedWith)}`).join(', ')}), and go with that one.`;
}
