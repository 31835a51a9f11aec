/**
 * What the closed-set words of the language mean, in a consultant's terms:
 * shown beside them in completion lists and when hovering over them.
 * `order` ranks alternatives in completion (the recommended one first).
 */
export const KEYWORD_HELP: Record<string, { detail: string; order: number }> = {
    'consensus': { detail: 'decision rule: every participant must agree (no losers who go rogue)', order: 0 },
    'delegation': { detail: 'decision rule: leaders decide for the members; low-trust members may defect', order: 1 },
    'majority-vote': { detail: 'decision rule: more than half must agree; dissenters may defect', order: 2 },
    'weighted-vote': { detail: 'decision rule: votes weighted by list size; dissenters may defect', order: 3 },
    'network': { detail: 'collective kind: primary care network (PCN)', order: 0 },
    'federation': { detail: 'collective kind: federation of practices or networks', order: 1 },
    'super-partnership': { detail: 'collective kind: practices in one partnership', order: 2 },
    'leadership-group': { detail: 'collective kind: a leadership group', order: 3 },
    'group': { detail: 'collective kind: any other collective', order: 4 },
    'fairly': { detail: 'sharing rule: each participant gets its fair share (Shapley value), with compensation between them', order: 0 },
    'equally': { detail: 'charging rule: the shared cost is split equally between participants', order: 0 },
    'investment': { detail: 'money the service needs up front, split by the charging rule unless `split` says otherwise; the report gives each practice\'s payback', order: 0 },
    'split': { detail: 'how the investment is split: by list size, equally, or explicit shares adding up to 100%', order: 0 },
    'fully': { detail: 'the domain is ceded entirely (degree 100%)', order: 0 },
    'credibility': { detail: 'trust (Green): can the collective be believed? 1..10', order: 0 },
    'reliability': { detail: 'trust (Green): does it do what it says? 1..10', order: 1 },
    'intimacy': { detail: 'trust (Green): is it safe to share with it? 1..10', order: 2 },
    'self-orientation': { detail: 'trust (Green): how much it serves itself; divides the other three. 1..10', order: 3 }
};
