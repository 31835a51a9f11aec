import type { AstNode, DiagnosticInfo, Properties, ValidationAcceptor } from 'langium';
import { VALIDATION_CODES, type ValidationCode } from './diagnostic-codes.js';

/** Where a diagnostic goes, and what a quick fix may need beyond the code. */
export interface ReportTarget<N extends AstNode> {
    node: N;
    property?: Properties<N>;
    index?: number;
    /** Extra data for a quick fix; merged into the diagnostic's `data` beside `code`. */
    data?: Record<string, unknown>;
}

/**
 * Reports a diagnostic with its stable code both as the LSP `code` (shown to
 * users, used by the CLI) and in `data.code` (read by quick fixes).
 */
export function report<N extends AstNode>(
    accept: ValidationAcceptor, code: ValidationCode, message: string, target: ReportTarget<N>
): void {
    const info: DiagnosticInfo<N> = {
        node: target.node,
        property: target.property,
        index: target.index,
        code,
        data: { ...target.data, code }
    };
    accept(VALIDATION_CODES[code], message, info);
}
