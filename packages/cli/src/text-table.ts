/** A column of a plain-text table: numbers and money read best right-aligned. */
export interface Column {
    header: string;
    align?: 'left' | 'right';
}

/**
 * Lays rows out in aligned columns with a rule under the header. Widths count
 * characters, which is right for the symbols models use (£, €, ≥).
 */
export function textTable(columns: Column[], rows: string[][], indent = '  '): string {
    const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map(r => (r[i] ?? '').length)));
    const line = (cells: string[]) => indent + cells
        .map((cell, i) => columns[i].align === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    return [
        line(columns.map(c => c.header)),
        indent + widths.map(w => '-'.repeat(w)).join('  '),
        ...rows.map(line)
    ].join('\n');
}
