/**
 * Generates realistic, valid autonomy models of a requested size from a seed.
 *
 * Layout (as a consultant would split a large locality):
 * - `shared.autonomy`: model settings, decision domains, system partners;
 * - `register-NN.autonomy`: the practice register of one area, its networks
 *   and the federation above them (imports shared);
 * - `scenario-NN.autonomy`: trust statements, initiatives and a merger option
 *   for that area (imports its register);
 * - `locality.autonomy`: imports every scenario, so one document sees it all.
 * With `singleFile` the same content is written into one file without imports.
 */
import { SeededRandom } from './random.js';

export interface GeneratedFile {
    /** Relative path, e.g. "register-01.autonomy". */
    path: string;
    text: string;
}

export interface GeneratedModel {
    files: GeneratedFile[];
    /** The file that (transitively) imports every other file. */
    entry: string;
    lines: number;
    practices: number;
    collectives: number;
    initiatives: number;
}

export interface GenerateOptions {
    lines: number;
    seed?: number;
    singleFile?: boolean;
    /** Lines per area (register + scenario); default scales with size. */
    areaLines?: number;
}

const PLACES = [
    'Riverside', 'Hillside', 'Millbrook', 'Oakfield', 'Castle', 'Ashford', 'Beacon', 'Cedar', 'Dale', 'Elmwood',
    'Fairview', 'Glebe', 'Harbour', 'Ivy', 'Juniper', 'Kingsway', 'Larch', 'Meadow', 'Northgate', 'Orchard',
    'Parkside', 'Quarry', 'Rosehill', 'Station', 'Thornbury', 'Upton', 'Vale', 'Westfield', 'Yew', 'Abbey'
];
const SUFFIXES = ['Surgery', 'Medical Centre', 'Health Centre', 'Practice', 'Family Doctors'];

/** Domains ceded to networks, each at most once per network so no practice cedes one twice. */
const NETWORK_DOMAINS = [
    ['documents', 'Document workflow and coding', 2],
    ['visiting', 'Home visiting', 3],
    ['access', 'Opening hours and access', 2],
    ['workforce', 'Recruitment and staffing', 3],
    ['prescribing', 'Prescribing support', 2]
] as const;
/** Domains ceded only to federations. */
const FEDERATION_DOMAINS = [
    ['finance', 'Accountancy', 1],
    ['negotiation', 'Negotiating with the system', 3]
] as const;
const KEPT_DOMAINS = [
    ['clinical', 'Clinical care', 5],
    ['premises', 'Premises', 2]
] as const;

const SERVICES = ['Hub', 'Team', 'Service', 'Bank', 'Pool'];

interface PracticeInfo {
    id: string;
    listSize: number;
}

interface NetworkInfo {
    id: string;
    practices: PracticeInfo[];
}

/** Writes lines and counts them as it goes. */
class TextSink {
    private readonly parts: string[] = [];
    lines = 0;

    line(text = ''): void {
        this.parts.push(text, '\n');
        this.lines++;
    }

    toString(): string {
        return this.parts.join('');
    }
}

export function formatNumber(value: number): string {
    return Math.trunc(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatMoney(pounds: number): string {
    return `£${formatNumber(pounds)}`;
}

export function generateModel(options: GenerateOptions): GeneratedModel {
    return new ModelGenerator(options).generate();
}

class ModelGenerator {
    private readonly random: SeededRandom;
    private practiceCount = 0;
    private collectiveCount = 0;
    private initiativeCount = 0;

    constructor(private readonly options: GenerateOptions) {
        this.random = new SeededRandom(options.seed ?? 1);
    }

    generate(): GeneratedModel {
        const target = Math.max(60, this.options.lines);
        const areaLines = this.options.areaLines ?? Math.min(2500, Math.max(250, Math.round(target / 4)));
        const areas = Math.max(1, Math.round(target / areaLines));
        const shared = new TextSink();
        this.writeShared(shared, areas);
        const registers: TextSink[] = [];
        const scenarios: TextSink[] = [];
        const localityLines = areas + 3;
        let written = shared.lines + localityLines;
        for (let area = 1; area <= areas; area++) {
            const areaTarget = Math.round((target - written) / (areas - area + 1));
            const register = new TextSink();
            const scenario = new TextSink();
            this.writeArea(area, areaTarget, register, scenario);
            registers.push(register);
            scenarios.push(scenario);
            written += register.lines + scenario.lines;
        }
        const files = this.options.singleFile
            ? [this.singleFile(shared, registers, scenarios)]
            : this.splitFiles(shared, registers, scenarios);
        const lines = files.reduce((sum, f) => sum + countLines(f.text), 0);
        return {
            files,
            entry: files[files.length - 1].path,
            lines,
            practices: this.practiceCount,
            collectives: this.collectiveCount,
            initiatives: this.initiativeCount
        };
    }

    private splitFiles(shared: TextSink, registers: TextSink[], scenarios: TextSink[]): GeneratedFile[] {
        const files: GeneratedFile[] = [{ path: 'shared.autonomy', text: shared.toString() }];
        const locality = new TextSink();
        locality.line('// The whole locality: every area scenario, for a combined analysis.');
        registers.forEach((register, i) => {
            const area = areaName(i + 1);
            files.push({
                path: `register-${area}.autonomy`,
                text: `import "shared.autonomy"\n${register.toString()}`
            });
            files.push({
                path: `scenario-${area}.autonomy`,
                text: `import "register-${area}.autonomy"\n${scenarios[i].toString()}`
            });
            locality.line(`import "scenario-${area}.autonomy"`);
        });
        locality.line();
        locality.line('// No declarations of its own.');
        files.push({ path: 'locality.autonomy', text: locality.toString() });
        return files;
    }

    private singleFile(shared: TextSink, registers: TextSink[], scenarios: TextSink[]): GeneratedFile {
        const parts = [shared.toString()];
        registers.forEach((register, i) => parts.push(register.toString(), scenarios[i].toString()));
        return { path: 'locality.autonomy', text: parts.join('') };
    }

    private writeShared(out: TextSink, areas: number): void {
        out.line('// Generated benchmark locality: settings and decision domains shared by every area.');
        out.line(`model "Generated locality (${areas} areas)" {`);
        out.line('    currency £');
        out.line(`    horizon ${this.random.int(3, 7)} years`);
        out.line('    trust threshold 3.0');
        out.line('}');
        out.line();
        for (const [id, title, weight] of [...KEPT_DOMAINS, ...NETWORK_DOMAINS, ...FEDERATION_DOMAINS]) {
            out.line(`domain ${id.padEnd(12)} "${title}" weight ${weight}`);
        }
        out.line();
        for (let area = 1; area <= areas; area++) {
            out.line(`partner Hospital${areaName(area)} "${PLACES[area % PLACES.length]} Hospital Trust" serves ${formatNumber(this.random.int(150, 600) * 1000)} patients`);
        }
        out.line();
    }

    private writeArea(area: number, target: number, register: TextSink, scenario: TextSink): void {
        const networks: NetworkInfo[] = [];
        register.line();
        register.line(`/* Area ${area}: practice register, networks and federation. */`);
        scenario.line();
        scenario.line(`// Area ${area}: trust, initiatives and a merger option.`);
        // Stop when one more network (estimated from the last) would overshoot more than it undershoots.
        let last: number;
        do {
            const before = register.lines + scenario.lines;
            const network = this.writeNetwork(register);
            networks.push(network);
            this.writeNetworkScenario(network, scenario);
            last = register.lines + scenario.lines - before;
        } while (register.lines + scenario.lines + 16 + last / 2 < target);
        const federation = this.writeFederation(area, networks, register);
        this.writeFederationScenario(federation, networks, scenario);
    }

    private writeNetwork(out: TextSink): NetworkInfo {
        const size = this.random.int(4, 8);
        const practices: PracticeInfo[] = [];
        for (let i = 0; i < size; i++) {
            practices.push(this.writePractice(out));
        }
        const id = `Network${++this.collectiveCount}`;
        out.line(`collective ${id} "${this.random.pick(PLACES)} Primary Care Network" {`);
        out.line('    kind network');
        out.line(`    members ${practices.map(p => p.id).join(', ')}`);
        out.line(`    decides by ${this.random.chance(0.85) ? 'consensus' : 'delegation'}`);
        out.line('    speaks for members');
        out.line('}');
        out.line();
        return { id, practices };
    }

    private writePractice(out: TextSink): PracticeInfo {
        const n = ++this.practiceCount;
        const place = this.random.pick(PLACES);
        const id = `${place}${n}`;
        const listSize = this.random.int(30, 220) * 100;
        out.line(`practice ${id} "${place} ${this.random.pick(SUFFIXES)} ${n}" {`);
        out.line(`    list size ${formatNumber(listSize)}`);
        out.line(`    sustainability gap ${formatMoney(this.random.int(2, 40) * 1000)} per year`);
        out.line(`    crisis risk ${this.random.int(5, 60)}%`);
        if (this.random.chance(0.75)) {
            out.line('    believes going alone is unsustainable');
        }
        out.line('}');
        out.line();
        return { id, listSize };
    }

    private writeFederation(area: number, networks: NetworkInfo[], out: TextSink): NetworkInfo {
        const id = `Federation${areaName(area)}`;
        this.collectiveCount++;
        out.line(`collective ${id} "Area ${area} GP Federation" {`);
        out.line('    kind federation');
        out.line(`    members ${networks.map(n => n.id).join(', ')}`);
        out.line('    decides by consensus');
        out.line('}');
        return { id, practices: networks.flatMap(n => n.practices) };
    }

    private writeNetworkScenario(network: NetworkInfo, out: TextSink): void {
        out.line();
        for (const practice of network.practices) {
            const [c, r, i] = [this.random.int(3, 9), this.random.int(3, 9), this.random.int(2, 8)];
            out.line(`trust ${practice.id} -> ${network.id} { credibility ${c} reliability ${r} intimacy ${i} self-orientation ${this.random.int(1, 6)} }`);
        }
        const domains = this.random.sample(NETWORK_DOMAINS, this.random.int(2, 4));
        for (const [domain] of domains) {
            const participants = this.random.sample(network.practices, this.random.int(3, network.practices.length));
            this.writeInitiative(network.id, domain, participants, out);
        }
    }

    private writeFederationScenario(federation: NetworkInfo, networks: NetworkInfo[], out: TextSink): void {
        // Federation-wide services draw on practices from several networks (membership through nesting).
        const [domain] = this.random.pick(FEDERATION_DOMAINS);
        const participants = this.random.sample(federation.practices, Math.min(federation.practices.length, this.random.int(3, 8)));
        this.writeInitiative(federation.id, domain, participants, out);
        const mergeFrom = this.random.pick(networks).practices;
        const merging = this.random.sample(mergeFrom, Math.min(mergeFrom.length, this.random.int(2, 3)));
        out.line();
        out.line(`merger Merger${federation.id} "Merge ${merging.map(p => p.id).join(' and ')}" {`);
        out.line(`    merges ${merging.map(p => p.id).join(', ')}`);
        out.line(`    saving ${formatMoney(this.random.int(20, 150) * 1000)} per year`);
        out.line('}');
    }

    private writeInitiative(collective: string, domain: string, participants: PracticeInfo[], out: TextSink): void {
        const id = `${collective}${capitalise(domain)}${this.random.pick(SERVICES)}${++this.initiativeCount}`;
        out.line();
        out.line(`initiative ${id} "Shared ${domain} for ${collective}" {`);
        out.line(`    run by ${collective}`);
        out.line(`    participants ${participants.map(p => p.id).join(', ')}`);
        out.line(`    cedes ${domain} ${this.random.chance(0.5) ? 'fully' : `${this.random.int(2, 9) * 10}%`}`);
        const costs = participants.map(p => `${p.id} ${formatMoney(Math.round(p.listSize * this.random.int(15, 40) / 10) * 10)}`);
        out.line(`    current cost ${costs.join(', ')}`);
        out.line(`    shared cost ${this.sharedCost()}`);
        out.line(`    charged ${this.charging(participants)}`);
        out.line(`    share ${this.random.chance(0.5) ? 'fairly' : 'as charged'}`);
        if (participants.length >= 2 && this.random.chance(0.2)) {
            const [from, to] = this.random.sample(participants, 2);
            out.line(`    compensation ${from.id} pays ${to.id} ${formatMoney(this.random.int(1, 9) * 500)} per year`);
        }
        out.line('}');
    }

    private sharedCost(): string {
        switch (this.random.int(0, 2)) {
            case 0: return `${formatMoney(this.random.int(10, 60) * 1000)} fixed + £${this.random.int(0, 2)}.${this.random.int(10, 90)} per patient`;
            case 1: return `${formatMoney(this.random.int(30, 80) * 1000)} per ${formatNumber(this.random.int(1, 4) * 10000)} patients`;
            default: return `${formatMoney(this.random.int(5, 30) * 1000)} fixed + ${formatMoney(this.random.int(20, 60) * 1000)} per 25,000 patients`;
        }
    }

    private charging(participants: PracticeInfo[]): string {
        const roll = this.random.next();
        if (roll < 0.5) {
            return 'by list size';
        }
        if (roll < 0.8) {
            return 'equally';
        }
        // Explicit whole-number shares that sum to exactly 100%.
        const base = Math.floor(100 / participants.length);
        const shares = participants.map(() => base);
        shares[0] += 100 - base * participants.length;
        return participants.map((p, i) => `${p.id} ${shares[i]}%`).join(', ');
    }
}

function areaName(area: number): string {
    return area.toString().padStart(2, '0');
}

function capitalise(text: string): string {
    return text[0].toUpperCase() + text.slice(1);
}

export function countLines(text: string): number {
    let lines = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
        lines++;
    }
    return text.endsWith('\n') || text.length === 0 ? lines : lines + 1;
}
