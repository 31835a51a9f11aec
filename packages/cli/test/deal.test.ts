import { fileURLToPath } from 'node:url';
import type { InitiativeDeal } from '@autonomy/analysis';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, runCli } from './run-cli.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/north-locality.autonomy', import.meta.url));

beforeAll(requireBuiltCli);

interface DealJson {
    schemaVersion: string;
    initiatives: { id: string; participants: string[]; deal: InitiativeDeal }[];
}

describe('autonomy deal', () => {
    it('--format json gives each initiative\'s term sheet: payments that balance and leave nobody below zero', () => {
        const run = runCli(['deal', EXAMPLE, '--format', 'json']);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const printed = JSON.parse(run.stdout) as DealJson;
        expect(printed.schemaVersion).toBe('1.3.0');
        expect(printed.initiatives.map(i => i.id)).toEqual(['DocumentHub', 'Visiting']);
        for (const { deal, participants } of printed.initiatives) {
            expect(deal.status).toBe('deal');
            if (deal.status !== 'deal') {
                continue;
            }
            expect(deal.transfers.reduce((a, b) => a + b, 0)).toBe(0);
            expect(deal.benefitsAfter.every(b => b >= 0)).toBe(true);
            const net = participants.map(() => 0);
            for (const p of deal.payments) {
                net[participants.indexOf(p.from)] -= p.amount;
                net[participants.indexOf(p.to)] += p.amount;
            }
            expect(net).toEqual(deal.transfers);
        }
    });

    it('--initiative picks one, and --format pretty prints its payments', () => {
        // Visiting, charged by list size: Castle Street loses £8,500 and Hillside gains £12,500; moving £8,500 is the least
        // that lifts Castle Street to zero while every group stays in (examples/north-locality.autonomy).
        const run = runCli(['deal', EXAMPLE, '--initiative', 'Visiting', '--format', 'pretty']);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('Initiative: Paramedic-led home visiting');
        expect(run.stdout).toContain('Hillside Medical Centre pays Castle Street Surgery £8,500 a year.');
        expect(run.stdout).not.toContain('Shared document management hub');
    });

    it('--format md escapes nothing it need not and lists the levers', () => {
        const run = runCli(['deal', EXAMPLE, '--format', 'md']);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('| Riverside Surgery | Castle Street Surgery | £669.77 |');
        expect(run.stdout).toContain('- Oakfield Practice\'s trust in North Primary Care Network is 2.20 against a threshold of 3');
    });

    it('exits 2 naming the initiatives when --initiative names none of them', () => {
        const run = runCli(['deal', EXAMPLE, '--initiative', 'Nope']);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("no initiative named 'Nope' in the model. Its initiatives are: DocumentHub, Visiting.");
    });
});
