/**
 * The peer baseline: a minimal Langium language with default services only,
 * in the style of a domain model (entities with typed features that refer to
 * each other). It is built from a grammar string at run time, so the peer
 * pays no cost we do not also pay, and measured in the same run as our
 * language: the ratio of our time to its time is the figure we track.
 */
import type { LangiumCoreServices } from 'langium';
import { createServicesForGrammar } from 'langium/grammar';
import type { GeneratedModel } from './generate-model.js';
import { SeededRandom } from './random.js';

const PEER_GRAMMAR = `
grammar PeerModel

entry Model:
    (types+=Type)*;

Type:
    DataType | Entity;

DataType:
    'datatype' name=ID;

Entity:
    'entity' name=ID ('extends' superType=[Entity:ID])? '{'
        (features+=Feature)*
    '}';

Feature:
    (many?='many')? name=ID ':' type=[Type:ID];

hidden terminal WS: /\\s+/;
terminal ID: /[_a-zA-Z][\\w]*/;
hidden terminal ML_COMMENT: /\\/\\*[\\s\\S]*?\\*\\//;
hidden terminal SL_COMMENT: /\\/\\/[^\\n\\r]*/;
`;

export async function createPeerServices(): Promise<LangiumCoreServices> {
    const services = await createServicesForGrammar({
        grammar: PEER_GRAMMAR,
        languageMetaData: { caseInsensitive: false, fileExtensions: ['.peer'], languageId: 'peer', mode: 'production' }
    });
    void services.shared.workspace.ConfigurationProvider.initialized({});
    return services;
}

const DATATYPES = ['String', 'Int', 'Decimal', 'Date', 'Boolean', 'Money'];
const FEATURES = ['owner', 'parent', 'items', 'lines', 'address', 'contact', 'created', 'total', 'status', 'notes'];

/**
 * A peer model of about `lines` lines over `fileCount` files. Features refer
 * to entities anywhere in the workspace, as the peer's global scope allows.
 */
export function generatePeerModel(options: { lines: number; fileCount: number; seed?: number }): GeneratedModel {
    const random = new SeededRandom(options.seed ?? 1);
    // First decide every entity's size, so that references only name entities that exist.
    const featureCounts: number[] = [];
    for (let lines = DATATYPES.length; lines < options.lines;) {
        const count = random.int(4, 8);
        featureCounts.push(count);
        lines += count + 3;
    }
    const entityCount = featureCounts.length;
    const perFile = Math.ceil(entityCount / options.fileCount);
    const files: GeneratedModel['files'] = [];
    let written = 0;
    for (let f = 0, entity = 0; entity < entityCount; f++) {
        const parts: string[] = f === 0 ? DATATYPES.map(d => `datatype ${d}`) : [];
        for (let i = 0; i < perFile && entity < entityCount; i++, entity++) {
            const parent = random.chance(0.3) ? ` extends E${random.int(0, entityCount - 1)}` : '';
            parts.push(`entity E${entity}${parent} {`);
            for (let k = 0; k < featureCounts[entity]; k++) {
                const type = random.chance(0.4) ? random.pick(DATATYPES) : `E${random.int(0, entityCount - 1)}`;
                parts.push(`    ${random.chance(0.2) ? 'many ' : ''}${random.pick(FEATURES)}${k}: ${type}`);
            }
            parts.push('}', '');
        }
        written += parts.length;
        files.push({ path: `peer-${f.toString().padStart(2, '0')}.peer`, text: parts.join('\n') + '\n' });
    }
    return { files, entry: files[0].path, lines: written, practices: 0, collectives: 0, initiatives: entityCount };
}
