import { formatMoney, formatPercent } from '@autonomy/domain';
import { parseHelper } from 'langium/test';
import type { LangiumDocument } from 'langium';
import type { MarkupContent } from 'vscode-languageserver';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, EXAMPLES_DIR, FIXTURES_DIR, hoverReader, loadWorkspace, positionOf, readText } from './lsp-test-services.js';

const { Autonomy } = createTestServices();
const parse = parseHelper(Autonomy);

const hoverAt = hoverReader(Autonomy);

/** The hand-worked model: its comments show how each expected figure is derived. */
const HAND_MODEL = readText(`${FIXTURES_DIR}hand-worked.autonomy`);

describe('hover with figures worked out by hand', () => {
    let document: LangiumDocument;
    beforeAll(async () => {
        document = await parse(HAND_MODEL, { validation: true });
    });

    it('shows a practice: list size, autonomy retained, net benefit, fair share, compensation, expected autonomy and verdict', async () => {
        const text = await hoverAt(document, 'A "Alpha');
        expect(text).toContain('**Alpha Surgery** · practice `A`');
        expect(text).toContain('| List size | 1,000 patients |');
        // Ceding documents (weight 1) of a total weight 10: 90% retained.
        expect(text).toContain('| Autonomy retained | 90% |');
        expect(text).toContain('| Net benefit | £5,000 per year |');
        expect(text).toContain('| Fair share | £5,000 per year |');
        expect(text).toContain('| Compensation | should receive £4,000 per year |');
        // Alone: 1 - 40% = 60%. Benefit £5,000 of a £10,000 gap halves the risk to 20%: 0.9 * 0.8 = 72%.
        expect(text).toContain('alone 60% · collective 72%');
        expect(text).toContain('**Ceding raises its expected autonomy**');
    });

    it('shows the paying side of the compensation', async () => {
        const text = await hoverAt(document, 'B "Beta');
        expect(text).toContain('| Compensation | should pay £4,000 per year |');
        expect(text).toContain('| Fair share | £7,000 per year |');
        // Alone 90%; £7,000 of a £10,000 gap leaves 3% risk: 0.9 * 0.97 = 87.3%, below 90%.
        expect(text).toContain('alone 90% · collective 87.3%');
        expect(text).toContain('**Ceding does not raise its expected autonomy**');
    });

    it('says ceding makes no difference for a practice in no initiative', async () => {
        const model = HAND_MODEL.replace('collective Net', `practice C "Cedar Surgery" {
    list size 2,000
    sustainability gap £5,000 per year
    crisis risk 20%
}
collective Net`);
        const withBystander = await parse(model, { validation: true });
        const text = await hoverAt(withBystander, 'C "Cedar');
        // Cedes nothing, gains nothing: E_alone = E_collective = 1 - 20% = 80%.
        expect(text).toContain('**Ceding makes no difference to its expected autonomy** (80% alone and in the collective)');
        expect(text).not.toContain('better off alone');
    });

    it('shows an initiative: net saving, method, outcome and the split', async () => {
        const text = await hoverAt(document, 'Hub "Hand');
        expect(text).toContain('Net saving: £12,000 per year (£30,000 today against a shared cost of £18,000)');
        expect(text).toContain('exact (Shapley value over all 4 coalitions)');
        // B's trust (6 / 3 = 2) is below the threshold: consensus is blocked by B.
        expect(text).toContain('**blocked by Beta Practice**');
        expect(text).toContain('| Alpha Surgery | £9,000 | £1,000 | £5,000 | should receive £4,000 per year |');
    });

    it('shows a collective: members, population, decision rule and the trust of each member', async () => {
        const text = await hoverAt(document, 'Net "Hand');
        expect(text).toContain('Members: Alpha Surgery, Beta Practice');
        expect(text).toContain('Population: 4,000 patients in 2 practices');
        expect(text).toContain('Decision rule: consensus');
        expect(text).toContain('| Alpha Surgery | 4.5 | yes | yes |');
        expect(text).toContain('| Beta Practice | 2 | no | no |');
    });

    it("shows a trust statement's Green score and whether it clears the threshold", async () => {
        const above = await hoverAt(document, 'trust A');
        expect(above).toContain('T = 4.5');
        expect(above).toContain('Clears the threshold of 3');
        const below = await hoverAt(document, '-> Net', 1);
        expect(below).toContain('T = 2');
        expect(below).toContain('Below the threshold of 3');
        expect(below).toContain('do not believe going alone is unsustainable');
    });

    it('shows the same practice figures where the name is referenced', async () => {
        expect(await hoverAt(document, 'A, B')).toBe(await hoverAt(document, 'A "Alpha'));
    });

    it('explains the words of the language, and a trust component together with the score', async () => {
        expect(await hoverAt(document, 'consensus')).toMatch(/^`consensus`: decision rule: every participant must agree/);
        expect(await hoverAt(document, 'fairly')).toContain('Shapley value');
        const component = await hoverAt(document, 'self-orientation 3');
        expect(component).toContain('`self-orientation`: trust (Green)');
        expect(component).toContain('T = 2');
    });

    it('shows a domain from what the model states', async () => {
        expect(await hoverAt(document, 'clinical')).toContain('decision domain `clinical`, weight 9');
    });
});

describe('hover on the example model agrees with the analysis', () => {
    it('shows each practice\'s and initiative\'s figures as the analysis computed them', async () => {
        const document = await parse(readText(`${EXAMPLES_DIR}north-locality.autonomy`), { validation: true });
        const analysis = Autonomy.analysis.AnalysisProvider.getAnalysis(document);
        expect(analysis).toBeDefined();
        const { result } = analysis!;
        const money = (m: number) => formatMoney(m, result.settings.currency);
        for (const practice of result.practices) {
            const text = await hoverAt(document, `practice ${practice.id}`, 0);
            expect(text).toContain(`| Net benefit | ${money(practice.benefit)} per year |`);
            expect(text).toContain(`| Fair share | ${money(practice.fairShareTotal)} per year |`);
            expect(text).toContain(`| Autonomy retained | ${formatPercent(practice.autonomyRetained)} |`);
        }
        for (const initiative of result.initiatives) {
            const text = await hoverAt(document, `initiative ${initiative.id}`);
            expect(text).toContain(`Net saving: ${money(initiative.netSaving)} per year`);
        }
    });
});

describe('hover on mergers and system partners', () => {
    let document: LangiumDocument;
    beforeAll(async () => {
        document = await parse(readText(`${EXAMPLES_DIR}north-locality.autonomy`), { validation: true });
    });

    it("shows a merger's saving, its split by list size, and that it ends autonomy", async () => {
        const text = await hoverAt(document, 'NorthMerger');
        expect(text).toContain('Saving £120,000 per year, shared by list size');
        const { result } = Autonomy.analysis.AnalysisProvider.getAnalysis(document)!;
        const shares = result.mergers[0].shares;
        // Riverside holds 8,200 of the 43,000 patients.
        expect(shares.find(s => s.practice === 'Riverside')!.share / 12_000_000).toBeCloseTo(8_200 / 43_000, 4);
        expect(text).toContain(`Riverside Surgery ${formatMoney(shares.find(s => s.practice === 'Riverside')!.share, '£')}`);
        expect(text).toContain('ends the autonomy of every merging practice');
    });

    it('shows how many relationships a system partner must hold before and after', async () => {
        const text = await hoverAt(document, 'CountyHospital');
        // Before: five practices averaging 43,000 / 5 = 8,600 patients, 300,000 / 8,600 = 34.9.
        expect(text).toContain('Before: 34.9 relationships (5 units averaging 8,600 patients)');
        // After: the network speaks for all five, 300,000 / 43,000 = 7.
        expect(text).toContain('After: 7 relationships (1 unit averaging 43,000 patients)');
    });
});

describe('hover on a loss-making initiative', () => {
    it('says it costs the group more than it saves and names the most valuable coalition', async () => {
        // Shared: £5,000 + £1 per patient. All three: 21,000 today against 5,000 + 22,000 = £27,000, a loss of £6,000.
        // Alpha and Beta alone: 20,000 today against 5,000 + 2,000 = £7,000, saving £13,000, the best any coalition does.
        const document = await parse(`
practice A "Alpha" { list size 1,000 }
practice B "Beta" { list size 1,000 }
practice C "Gamma" { list size 20,000 }
collective N { members A, B, C decides by consensus }
initiative Costly { run by N participants A, B, C current cost A £10,000, B £10,000, C £1,000
    shared cost £5,000 fixed + £1 per patient charged by list size share fairly }`, { validation: true });
        const hover = await hoverAt(document, 'Costly');
        expect(hover).toContain('Net saving: -£6,000 per year (£21,000 today against a shared cost of £27,000)');
        expect(hover).toContain('the most valuable coalition is Alpha + Beta (saving £13,000)');
        const hints = await Autonomy.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } }
        });
        expect(hints?.map(h => h.label)).toContainEqual(expect.stringMatching(/ · costs the group £6,000$/));
    });
});

describe('hover on a loss-making initiative above the exact limit', () => {
    it('claims no most valuable coalition: only some coalitions are tried', async () => {
        // 13 participants, above the editor's exact limit of 12. £13,000 today against a fixed £20,000.
        const names = Array.from({ length: 13 }, (_, i) => `P${i}`);
        const document = await parse([
            ...names.map(n => `practice ${n} { list size 1,000 }`),
            `collective Big { members ${names.join(', ')} decides by consensus }`,
            `initiative Costly { run by Big participants ${names.join(', ')} current cost ${names.map(n => `${n} £1,000`).join(', ')} shared cost £20,000 fixed charged equally share fairly }`
        ].join('\n'), { validation: true });
        const { result } = Autonomy.analysis.AnalysisProvider.getAnalysis(document)!;
        expect(result.initiatives[0].bestCoalition).toMatchObject({ value: 0, exhaustive: false });
        const hover = await hoverAt(document, 'Costly');
        expect(hover).toContain('It costs the group more than it saves; none of the coalitions tried saves money (not every coalition is tried above the exact limit).');
        expect(hover).not.toContain('most valuable');
    });
});

describe('hover on a large initiative', () => {
    it('says the fair shares are a Monte Carlo estimate, with samples, seed and standard errors', async () => {
        const names = Array.from({ length: 16 }, (_, i) => `P${i}`);
        const text = [
            ...names.map(n => `practice ${n} { list size 5,000 sustainability gap £10,000 crisis risk 20% }`),
            `collective Big { members ${names.join(', ')} decides by consensus }`,
            `initiative Large { run by Big participants ${names.join(', ')} current cost ${names.map((n, i) => `${n} £${10 + i},000`).join(', ')} shared cost £100,000 fixed charged equally share fairly }`
        ].join('\n');
        const document = await parse(text, { validation: true });
        const { result } = Autonomy.analysis.AnalysisProvider.getAnalysis(document)!;
        const large = result.initiatives[0];
        expect(large.method).toBe('monte-carlo');
        const hover = await hoverAt(document, 'Large');
        expect(hover).toContain(`Monte Carlo estimate (${large.samples!.toLocaleString('en-GB')} samples, seed ${large.seed})`);
        const first = large.shares[0];
        expect(hover).toContain(`${formatMoney(first.fairShare, '£')} ± ${formatMoney(first.fairShareStandardError!, '£')}`);
    });
});

describe('hover never waits for the analysis', () => {
    it('says the analysis is pending while the document has not been checked', async () => {
        const document = await parse(HAND_MODEL, { validation: false });
        const text = await hoverAt(document, 'A "Alpha');
        expect(text).toContain('**Alpha Surgery** · practice `A`');
        expect(text).toContain('analysis pending');
        expect(text).not.toContain('Net benefit');
    });

    it('says the analysis is pending when the request is cancelled', async () => {
        const document = await parse(HAND_MODEL, { validation: true });
        const hover = await Autonomy.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(HAND_MODEL.indexOf('Hub "') + 1)
        }, { isCancellationRequested: true, onCancellationRequested: () => ({ dispose() { /* none */ } }) });
        expect((hover?.contents as MarkupContent).value).toContain('analysis pending');
    });
});

describe('hover across imports', () => {
    it("shows a register practice with the figures of the scenario being read", async () => {
        const ws = await loadWorkspace(`${FIXTURES_DIR}cross-file`);
        const hover = async (file: string, text: string, occurrence = 0) => {
            const document = ws.get(file);
            const h = await ws.Autonomy.lsp.HoverProvider!.getHoverContent(document, {
                textDocument: { uri: document.uri.toString() },
                position: positionOf(document, text, occurrence)
            });
            return (h?.contents as MarkupContent | undefined)?.value ?? '';
        };
        // In the hub scenario Hillside takes part in the document hub.
        const inHub = await hover('hub.autonomy', 'Hillside');
        expect(inHub).toContain('**Hillside Medical Centre** · practice `Hillside`');
        const { result } = ws.Autonomy.analysis.AnalysisProvider.getAnalysis(ws.get('hub.autonomy'))!;
        const hillside = result.practices.find(p => p.id === 'Hillside')!;
        expect(hillside.initiatives).toEqual(['DocumentHub']);
        expect(inHub).toContain(`| Net benefit | ${formatMoney(hillside.benefit, '£')} per year |`);
        // The register on its own has no initiative.
        const inRegister = await hover('register.autonomy', 'Hillside');
        expect(inRegister).toContain('Takes part in no initiative.');
    });
});

describe('hover with decision support (computed on demand)', () => {
    // Charged by list size, Alpha pays £600 and gains £9,400; Beta pays £5,400 for a £2,000 task and loses £3,400.
    // N = £6,000; Alpha alone saves £4,000 (v(A)), Beta alone nothing. The deal moves £3,400 from Alpha to Beta:
    // Alpha keeps £6,000 >= £4,000, Beta breaks even. Equal surplus: £4,000 + £1,000 and £0 + £1,000.
    const text = `
practice A "Alpha" { list size 1,000 }
practice B "Beta" { list size 9,000 }
collective N { members A, B decides by weighted-vote }
initiative Hub { run by N participants A, B current cost A £10,000, B £2,000
    shared cost £6,000 fixed charged by list size share as charged }`;

    it('an initiative shows the sharing rules side by side and the deal', async () => {
        const document = await parse(text, { validation: true });
        const hover = await hoverAt(document, 'Hub');
        expect(hover).toContain('| Sharing rule | Alpha | Beta | In core |');
        expect(hover).toContain('| equal surplus | £5,000 | £1,000 | yes |');
        expect(hover).toContain('| as charged | £9,400 | -£3,400 | no |');
        // As charged Beta loses £3,400; paid exactly that, it ends at zero: it breaks even rather than gains.
        expect(hover).toContain('**The deal:** The money works for Hub (Alpha pays Beta £3,400 a year; no participant loses (Beta breaks even) and no group does better alone)');
        expect(hover).toContain('(£3,400 a year moved');
    });

    it('a collective deciding by weighted vote shows each member\'s voting power', async () => {
        const document = await parse(text, { validation: true });
        const hover = await hoverAt(document, 'collective N');
        // Beta holds 9,000 of 10,000 votes and more than half decides: it alone is pivotal.
        expect(hover).toContain('Voting power (a decision needs 5,001 of 10,000 votes)');
        expect(hover).toContain('| Beta | 90% | 100% | 100% | veto |');
        expect(hover).toContain('| Alpha | 10% | 0% | 0% | dummy |');
    });

    it('a practice in two member networks is counted once in the shares of patients, and the hover says with which', async () => {
        // North = Alpha (1,000) and Shared (6,000); South = Beta (5,000) and Shared. Counting Shared twice gave
        // North 7,000 of 18,000 (38.9%); once, with North (listed first): 7,000 and 5,000 of 12,000 (58.3%, 41.7%).
        const document = await parse(`
practice A "Alpha" { list size 1,000 }
practice S "Shared" { list size 6,000 }
practice B "Beta" { list size 5,000 }
collective North { members A, S decides by consensus }
collective South { members B, S decides by consensus }
collective G "Group" { members North, South decides by weighted-vote }`, { validation: true });
        const hover = await hoverAt(document, 'collective G');
        expect(hover).toContain('Voting power (a decision needs 6,001 of 12,000 votes)');
        expect(hover).toContain('| North | 58.3% | 100% | 100% | veto |');
        expect(hover).toContain('| South | 41.7% | 0% | 0% | dummy |');
        expect(hover).toContain('Shares of patients count each practice once, with the first member collective listed that contains it (Shared with North).');
    });
});
