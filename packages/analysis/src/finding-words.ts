/** How findings name things: display titles, money in the model's currency, trust by pair. */
import { formatMoney } from '@autonomy/domain';
import type { AnalysisFinding, InitiativeAnalysis, TrustAnalysis } from './result.js';
import type { CleanModel } from './sanitise.js';

/** What Words reads of a model: titles by id and the settings. */
export type NamedModel = Pick<CleanModel, 'practiceById' | 'collectiveById' | 'settings'>;

export class Words {
    /** Made on the first question: when the editor reuses every initiative's findings (findings-memo.ts) none is asked. */
    private trustByPair: Map<string, TrustAnalysis> | undefined;
    constructor(private readonly model: NamedModel, private readonly trustList: readonly TrustAnalysis[]) {}
    trust(practice: string, collective: string | undefined): TrustAnalysis | undefined {
        if (!collective) {
            return undefined;
        }
        this.trustByPair ??= new Map(this.trustList.map(t => [`${t.practice}\u0000${t.collective}`, t]));
        return this.trustByPair.get(`${practice}\u0000${collective}`);
    }
    money(minor: number): string {
        return formatMoney(minor, this.model.settings.currency);
    }
    practice(id: string): string {
        return this.model.practiceById.get(id)?.title ?? id;
    }
    collective(id: string | undefined): string {
        return (id && this.model.collectiveById.get(id)?.title) || 'its collective';
    }
    coalition(ids: string[]): string {
        // "A + B + C", the way the language writes a coalition.
        return ids.map(id => this.practice(id)).join(' + ');
    }
    get threshold(): number {
        return this.model.settings.trustThreshold;
    }
    /**
     * Why `member` is not ready to cede to `collective`, as its trust statement
     * says: none, trust below the threshold, or `doubters` ("its partners") not
     * believing that going alone is unsustainable. Empty when it is ready.
     */
    /** `disbelief`: the words for a member whose partners (or practices) do not hold the belief. */
    readinessReasons(member: string, collective: string | undefined, disbelief: string): string[] {
        const t = this.trust(member, collective);
        if (!t || t.ready === null) {
            return [`there is no trust statement for it and ${this.collective(collective)}, so its readiness is unknown`];
        }
        return [
            ...(t.clearsThreshold === false ? [`its trust in ${this.collective(collective)} is ${round2(t.score ?? 0)}, below the threshold of ${this.threshold}`] : []),
            ...(t.believesAloneUnsustainable ? [] : [disbelief])
        ];
    }
}

/** Where a finding about an initiative is placed. */
export function base(initiative: InitiativeAnalysis): Pick<AnalysisFinding, 'initiative' | 'collective'> {
    return initiative.collective ? { initiative: initiative.id, collective: initiative.collective } : { initiative: initiative.id };
}

export function round2(x: number): number {
    return Math.round(x * 100) / 100;
}
