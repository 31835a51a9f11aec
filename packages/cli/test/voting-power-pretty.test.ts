/** `autonomy analyse`'s voting power table says which member a practice shared by two is counted with. */
import type { VotingPowerAnalysis } from '@autonomy/analysis';
import { describe, expect, it } from 'vitest';
import { votingPowerTable } from '../src/formats/decision-pretty.js';

const names: Record<string, string> = { G: 'Group', N1: 'North', N2: 'South', S: 'Shared' };
const helpers = { name: (id: string) => names[id] ?? id, money: (minor: number) => `£${minor / 100}`, group: (members: string[]) => members.join(', ') };

describe('voting power table', () => {
    it('adds the counted-once sentence when members share a practice, and nothing otherwise', () => {
        // North 7,000 (Alpha 1,000 and Shared 6,000), South 5,000 (Beta; Shared counted with North): 58.3% and 41.7%.
        const power: VotingPowerAnalysis = {
            collective: 'G', rule: 'weighted-vote', quota: 6_001, totalWeight: 12_000,
            members: [
                { member: 'N1', weight: 7_000, listShare: 7 / 12, shapleyShubik: 1, banzhaf: 1, veto: true, dummy: false },
                { member: 'N2', weight: 5_000, listShare: 5 / 12, shapleyShubik: 0, banzhaf: 0, veto: false, dummy: true,
                    countedElsewhere: [{ practice: 'S', countedWith: 'N1' }] }
            ]
        };
        const lines = votingPowerTable(power, helpers);
        expect(lines.at(-1)).toBe('    Shares of patients count each practice once, with the first member collective listed that contains it (Shared with North).');
        const { countedElsewhere: _, ...south } = power.members[1];
        expect(votingPowerTable({ ...power, members: [power.members[0], south] }, helpers).join('\n')).not.toContain('counted once');
    });
});
