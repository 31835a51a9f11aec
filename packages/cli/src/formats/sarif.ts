import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Log, Region, ReportingDescriptor, Result } from 'sarif';
import type { CliDiagnostic, FileReport, Severity } from '../diagnostics.js';
import { ruleHelp } from '../rule-help.js';

const LEVELS: Record<Severity, NonNullable<Result['level']>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const SOURCE_ROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: one run, one rule per
 * diagnostic code, and each result located by a path relative to the working
 * directory (the repository root in CI) with 1-based line and column.
 */
export function formatSarif(reports: FileReport[], cwd: string, version: string): string {
    const diagnostics = reports.flatMap(r => r.diagnostics);
    const codes = [...new Set(diagnostics.map(d => d.code))].sort();
    const rules = codes.map((code): ReportingDescriptor => {
        const help = ruleHelp(code);
        const level = LEVELS[diagnostics.find(d => d.code === code)!.severity];
        return {
            id: code,
            name: code,
            shortDescription: { text: help.summary },
            fullDescription: { text: help.help },
            help: { text: help.help, markdown: help.markdown },
            defaultConfiguration: { level }
        };
    });
    const log: Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'autonomy',
                    version,
                    semanticVersion: version,
                    rules
                }
            },
            originalUriBaseIds: {
                [SOURCE_ROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') }
            },
            columnKind: 'utf16CodeUnits',
            results: diagnostics.map((d): Result => ({
                ruleId: d.code,
                ruleIndex: codes.indexOf(d.code),
                level: LEVELS[d.severity],
                message: { text: d.message },
                locations: [{ physicalLocation: { artifactLocation: artifactLocation(d, cwd), region: region(d) } }]
            }))
        }]
    };
    return JSON.stringify(log, null, 2) + '\n';
}

function artifactLocation(d: CliDiagnostic, cwd: string): ArtifactLocation {
    const relative = path.relative(cwd, d.absolutePath);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
        // Outside the working directory no base can express it: use the absolute URI.
        return { uri: pathToFileURL(d.absolutePath).href };
    }
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function region(d: CliDiagnostic): Region {
    return { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn };
}
