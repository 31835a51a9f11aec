/**
 * Styles of the preview shell. Colours come from the editor theme's CSS
 * variables, so the preview follows light, dark and high-contrast themes.
 */
export const SHELL_CSS = `
/* The script keeps the reader's place on refresh; the browser's own anchoring would fight it. */
html { overflow-anchor: none; }
body { margin: 0; padding: 0 20px 40px; color: var(--vscode-editor-foreground); background: var(--vscode-editor-background);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
/* An overlay, not part of the flow: showing "Updating…" must not move the report. */
#status { position: fixed; top: 0; left: 0; right: 0; z-index: 2; padding: 0; font-size: 0.9em; }
#status:not(:empty) { padding: 6px 20px; background: var(--vscode-editorWidget-background);
  border-bottom: 1px solid var(--vscode-editorWidget-border, transparent); }
#status.error { color: var(--vscode-errorForeground); }
/* Wide report tables scroll inside a narrow side panel instead of being cut off. */
#content table { display: block; max-width: 100%; overflow-x: auto; }
[data-line] { cursor: pointer; }
[data-line]:hover { outline: 1px dashed var(--vscode-focusBorder); outline-offset: 2px; }
[data-line]:focus-visible { outline: 2px solid var(--vscode-focusBorder); }
/* Very narrow panels scroll rather than shrink the labels away. */
.structure-scroll { overflow-x: auto; }
svg.structure { width: 100%; max-width: 720px; min-width: 360px; height: auto; display: block; margin: 16px auto; }
svg.structure .unit rect { fill: var(--vscode-editorWidget-background); stroke: var(--vscode-editor-foreground); stroke-width: 1; }
svg.structure .unit.collective rect { stroke: var(--vscode-textLink-foreground); stroke-width: 2; }
svg.structure .unit.warn rect { stroke: var(--vscode-editorWarning-foreground); stroke-dasharray: 5 3; }
svg.structure .unit:hover rect, svg.structure .unit:focus rect { fill: var(--vscode-list-hoverBackground); }
svg.structure text { fill: var(--vscode-editor-foreground); font-family: var(--vscode-font-family); }
svg.structure text.title { font-size: 12px; font-weight: 600; }
svg.structure text.detail { font-size: 11px; opacity: 0.8; }
svg.structure line.member { stroke: var(--vscode-editor-foreground); stroke-opacity: 0.5; stroke-width: 1.5; }
svg.structure line.distrusted { stroke: var(--vscode-editorWarning-foreground); stroke-opacity: 1; stroke-dasharray: 4 3; }
svg.structure text.trust { font-size: 11px; paint-order: stroke; stroke: var(--vscode-editor-background); stroke-width: 4px; }
svg.structure text.distrusted { fill: var(--vscode-editorWarning-foreground); }
.structure-legend { opacity: 0.8; font-size: 0.9em; }
`;
