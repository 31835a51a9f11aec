import type { DomainModel, SourceLocation } from '@autonomy/domain';

/**
 * Draws the collectives and their members as a layered SVG diagram that reads
 * left to right: the top collective on the left, its members in a column to
 * its right, practices in the rightmost column; edges from member to
 * collective are labelled with the member's trust score. A column layout
 * stays readable in a narrow side panel however many practices there are.
 * Colours come from CSS classes so the webview can follow the editor theme.
 */

const BOX_WIDTH = 220;
const BOX_HEIGHT = 52;
const GAP_X = 110;
const GAP_Y = 14;
const MARGIN = 16;

interface Node {
    id: string;
    title: string;
    detail: string;
    kind: 'practice' | 'collective';
    warn: boolean;
    level: number;
    x: number;
    y: number;
    source?: SourceLocation;
}

export function structureSvg(model: DomainModel): string {
    const nodes = layout(model);
    if (nodes.size === 0) {
        return '<p class="empty">This model declares no practices or collectives yet.</p>';
    }
    const levels = Math.max(...[...nodes.values()].map(n => n.level)) + 1;
    const tallest = Math.max(...countByLevel(nodes));
    const width = MARGIN * 2 + levels * BOX_WIDTH + (levels - 1) * GAP_X;
    const height = MARGIN * 2 + tallest * BOX_HEIGHT + (tallest - 1) * GAP_Y;
    const edges: string[] = [];
    for (const collective of model.collectives) {
        const parent = nodes.get(collective.id);
        for (const memberId of collective.members) {
            const child = nodes.get(memberId);
            if (!parent || !child) {
                continue;
            }
            edges.push(edge(model, child, parent));
        }
    }
    const boxes = [...nodes.values()].map(box);
    return `<svg xmlns="http://www.w3.org/2000/svg" class="structure" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Collectives and their members">`
        + `<g class="edges">${edges.join('')}</g><g class="nodes">${boxes.join('')}</g></svg>`;
}

function layout(model: DomainModel): Map<string, Node> {
    const nodes = new Map<string, Node>();
    for (const p of model.practices) {
        nodes.set(p.id, {
            id: p.id, title: p.title, kind: 'practice', level: 0, x: 0, y: 0, source: p.source, warn: false,
            detail: `${p.listSize.toLocaleString('en-GB')} patients`
        });
    }
    const collectives = new Map(model.collectives.map(c => [c.id, c]));
    const levelOf = (id: string, visiting: Set<string>): number => {
        const collective = collectives.get(id);
        if (!collective || visiting.has(id)) {
            return 0; // a practice, an unknown name, or a membership cycle (the validator reports it)
        }
        visiting.add(id);
        const memberLevels = collective.members.map(m => levelOf(m, visiting));
        visiting.delete(id);
        return 1 + Math.max(0, ...memberLevels);
    };
    for (const c of model.collectives) {
        const rule = c.decisionRule ?? 'no decision rule';
        nodes.set(c.id, {
            id: c.id, title: c.title, kind: 'collective', level: levelOf(c.id, new Set()), x: 0, y: 0, source: c.source,
            detail: `${c.kind} · ${rule.replace('-', ' ')}`,
            warn: c.decisionRule === undefined || c.decisionRule === 'majority-vote' || c.decisionRule === 'weighted-vote'
        });
    }
    const levels = Math.max(0, ...[...nodes.values()].map(n => n.level));
    const columns = countByLevel(nodes);
    const tallest = Math.max(1, ...columns);
    const fullHeight = tallest * BOX_HEIGHT + (tallest - 1) * GAP_Y;
    const placed = new Array<number>(levels + 1).fill(0);
    for (const node of nodes.values()) {
        const inColumn = columns[node.level];
        const columnHeight = inColumn * BOX_HEIGHT + (inColumn - 1) * GAP_Y;
        node.x = MARGIN + (levels - node.level) * (BOX_WIDTH + GAP_X);
        node.y = MARGIN + (fullHeight - columnHeight) / 2 + placed[node.level] * (BOX_HEIGHT + GAP_Y);
        placed[node.level]++;
    }
    return nodes;
}

function countByLevel(nodes: Map<string, Node>): number[] {
    const counts: number[] = [];
    for (const node of nodes.values()) {
        counts[node.level] = (counts[node.level] ?? 0) + 1;
    }
    return Array.from(counts, c => c ?? 0);
}

function edge(model: DomainModel, child: Node, parent: Node): string {
    const x1 = child.x;
    const y1 = child.y + BOX_HEIGHT / 2;
    const x2 = parent.x + BOX_WIDTH;
    const y2 = parent.y + BOX_HEIGHT / 2;
    const trust = model.trust.find(t => t.practice === child.id && t.collective === parent.id);
    let label = '';
    let tone = '';
    if (trust && trust.selfOrientation > 0) {
        const score = (trust.credibility + trust.reliability + trust.intimacy) / trust.selfOrientation;
        tone = score >= model.settings.trustThreshold ? ' trusted' : ' distrusted';
        // Beside the member's end of the line, where the labels cannot collide.
        label = `<text class="trust${tone}" x="${(x1 - 6).toFixed(1)}" y="${(y1 - 4).toFixed(1)}" text-anchor="end">T ${score.toFixed(1)}</text>`;
    }
    return `<line class="member${tone}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>${label}`;
}

function box(node: Node): string {
    const source = node.source
        ? ` data-uri="${escapeXml(node.source.uri)}" data-line="${node.source.line}" data-character="${node.source.character}"`
        : '';
    return `<g class="unit ${node.kind}${node.warn ? ' warn' : ''}"${source} tabindex="0">`
        + `<title>${escapeXml(`${node.title} (${node.id})`)}</title>`
        + `<rect x="${node.x}" y="${node.y}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="${node.kind === 'collective' ? 10 : 3}"/>`
        + `<text class="title" x="${node.x + BOX_WIDTH / 2}" y="${node.y + 21}" text-anchor="middle">${escapeXml(truncate(node.title, 27))}</text>`
        + `<text class="detail" x="${node.x + BOX_WIDTH / 2}" y="${node.y + 39}" text-anchor="middle">${escapeXml(node.detail)}</text>`
        + '</g>';
}

function truncate(text: string, max: number): string {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function escapeXml(text: string): string {
    return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
}
