import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { CliDiagnostic, FileReport, Severity } from '../diagnostics.js';

// GitLab's scale is info, minor, major, critical, blocker; an error stops a
// model being analysed, which is "major", not a security "blocker".
const SEVERITIES: Record<Severity, 'info' | 'minor' | 'major'> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

/**
 * GitLab's code-quality report (a subset of Code Climate's issue format, as
 * https://docs.gitlab.com/ci/testing/code_quality/ specifies it): one issue per
 * diagnostic, with a path relative to the working directory (the project root
 * in a pipeline) and a fingerprint that is unique per issue and stable across
 * runs, which GitLab uses to tell new problems from fixed ones.
 */
export function formatGitlab(reports: FileReport[], cwd: string): string {
    const issues = reports.flatMap(r => r.diagnostics).map(d => ({
        description: d.message,
        check_name: d.code,
        fingerprint: fingerprint(d, cwd),
        severity: SEVERITIES[d.severity],
        location: {
            path: relativePath(d, cwd),
            positions: {
                begin: { line: d.line, column: d.column },
                end: { line: d.endLine, column: d.endColumn }
            }
        }
    }));
    return JSON.stringify(issues, null, 2) + '\n';
}

function relativePath(d: CliDiagnostic, cwd: string): string {
    const relative = path.relative(cwd, d.absolutePath);
    return (relative.startsWith('..') || path.isAbsolute(relative) ? d.absolutePath : relative).split(path.sep).join('/');
}

function fingerprint(d: CliDiagnostic, cwd: string): string {
    const key = [relativePath(d, cwd), d.code, d.line, d.column, d.message].join('\0');
    return createHash('sha256').update(key).digest('hex').slice(0, 32);
}
