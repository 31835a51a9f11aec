/**
 * DOMAIN.md item 18 applied to the model: each collective deciding by
 * majority vote (one member, one vote) or weighted vote (list size) gets its
 * members' voting power, and a member whose Shapley-Shubik power differs from
 * its share of list size by more than half of that share gets a finding.
 */
import { countOnce, countedOnceWords } from './counted-once.js';
import { type Words } from './finding-words.js';
import type { AnalysisFinding, VotingPowerAnalysis } from './result.js';
import type { Membership } from './membership.js';
import type { CleanModel } from './sanitise.js';
import { votingPower } from './voting-power.js';

export function collectiveVotingPower(model: CleanModel, membership: Membership, onProgress?: () => void): VotingPowerAnalysis[] {
    const out: VotingPowerAnalysis[] = [];
    for (const c of model.collectives) {
        if (c.decisionRule !== 'majority-vote' && c.decisionRule !== 'weighted-vote') {
            continue;
        }
        const rule = c.decisionRule;
        // Each practice's patients once (counted-once.ts): otherwise a practice in two member collectives adds its
        // list size to both, and the shares of patients beside the power indices sum to more than the collective's.
        const counted = countOnce(c.members.map(member => {
            const isPractice = model.practiceById.has(member);
            return { id: member, isPractice, practices: isPractice ? [member] : [...membership.practicesWithin(member)] };
        }));
        const elsewhere = new Map(counted.map(m => [m.id, m.elsewhere]));
        const voters = counted.map(({ id, counted: practices }) => {
            const listSize = practices.reduce((sum, p) => sum + (model.practiceById.get(p)?.listSize ?? 0), 0);
            return { member: id, listSize, weight: rule === 'majority-vote' ? 1 : listSize };
        });
        const power = votingPower(voters, onProgress);
        out.push(power.status === 'computed'
            ? {
                collective: c.id, rule, quota: power.quota, totalWeight: power.totalWeight,
                members: power.members.map(m => {
                    const shared = elsewhere.get(m.member) ?? [];
                    return shared.length > 0 ? { ...m, countedElsewhere: shared } : m;
                })
            }
            : { collective: c.id, rule, quota: 0, totalWeight: 0, members: [], reason: power.reason });
    }
    return out;
}

export function votingPowerFindings(power: VotingPowerAnalysis[], model: CleanModel, w: Words): AnalysisFinding[] {
    const findings: AnalysisFinding[] = [];
    for (const p of power) {
        for (const m of p.members) {
            if (Math.abs(m.shapleyShubik - m.listShare) <= m.listShare / 2) {
                continue;
            }
            const isPractice = model.practiceById.has(m.member);
            const name = isPractice ? w.practice(m.member) : w.collective(m.member);
            const compared = m.shapleyShubik > m.listShare ? 'more than one and a half times' : 'less than half';
            findings.push({
                code: 'voting-power-differs',
                severity: 'info',
                message: `${name} holds ${pct(m.shapleyShubik)} of the voting power in ${w.collective(p.collective)} `
                    + `(Shapley-Shubik, ${p.rule === 'majority-vote' ? 'one member one vote' : 'votes weighted by list size'}) but ${pct(m.listShare)} of its patients`
                    + `${countedOnceWords(m.countedElsewhere, id => model.practiceById.has(id) ? w.practice(id) : w.collective(id))}: `
                    + `${compared} its share${m.veto ? '; it can veto any decision' : ''}${m.dummy ? '; its vote never decides anything' : ''}.`,
                collective: p.collective,
                ...(isPractice ? { practice: m.member } : {}),
                data: { shapleyShubik: m.shapleyShubik, banzhaf: m.banzhaf, listShare: m.listShare, veto: m.veto, dummy: m.dummy }
            });
        }
    }
    return findings;
}

function pct(x: number): string {
    return `${(Math.round(x * 1000) / 10).toString()}%`;
}
