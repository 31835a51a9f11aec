/**
 * The report's stylesheet. Colours are CSS variables so the same page follows
 * a light or dark theme, the reader's system preference, or the VS Code theme
 * (its webviews mark the body with vscode-dark / vscode-light).
 */
const LIGHT = `--bg:#ffffff;--fg:#1f2328;--muted:#5b6470;--line:#d8dde3;--head:#f2f5f9;--accent:#2f6db5;
  --bad-bg:#fbeaea;--good-bg:#e9f5ee;--note-bg:#f6f8fa;--chip:#ffffff;--box:#eef3fa;--grid:#dddddd;`;
const DARK = `--bg:#1e1f22;--fg:#e6e6e6;--muted:#a0a7b0;--line:#3b3f45;--head:#2a2d31;--accent:#79a8e0;
  --bad-bg:#4a2626;--good-bg:#203a2b;--note-bg:#26292d;--chip:#2a2d31;--box:#23303f;--grid:#3b3f45;`;

export function reportCss(): string {
    return `
:root,[data-theme=light]{${LIGHT}}
[data-theme=dark]{${DARK}}
@media (prefers-color-scheme: dark){[data-theme=auto]{${DARK}}}
body.vscode-dark [data-theme=auto],body.vscode-high-contrast [data-theme=auto]{${DARK}}
body.vscode-light [data-theme=auto]{${LIGHT}}
*{box-sizing:border-box}
body{margin:0}
.report{background:var(--bg);color:var(--fg);font:14px/1.5 "DejaVu Sans",system-ui,-apple-system,"Segoe UI",sans-serif;
  padding:24px clamp(12px,4vw,48px);min-height:100vh}
.report>*{max-width:1100px;margin-left:auto;margin-right:auto}
.cover{border-bottom:3px solid var(--accent);padding-bottom:16px;margin-bottom:24px}
.cover h1{font-size:2em;margin:0 0 4px}
.cover .subtitle{color:var(--muted);font-size:1.1em;margin:0 0 8px}
.cover .date{margin:0 0 8px}
.facts{display:flex;flex-wrap:wrap;gap:4px 24px;margin:0}
.facts div{display:flex;gap:6px}.facts dt{color:var(--muted)}.facts dd{margin:0;font-weight:bold}
h2{font-size:1.4em;border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:2em}
h3{font-size:1.15em;margin-top:1.6em}h4{font-size:1em}
a{color:var(--accent)}
.toc ol{columns:2;margin:0}
.findings li{margin-bottom:6px}
dl.terms{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px}
dl.terms dt{font-weight:bold}dl.terms dd{margin:0}
.table-wrap{overflow-x:auto;margin:12px 0}
table{border-collapse:collapse;width:100%;font-size:0.9em}
caption{text-align:left;color:var(--muted);font-style:italic;padding-bottom:4px}
th,td{border:1px solid var(--line);padding:4px 8px;vertical-align:top}
th{background:var(--head);text-align:left}
h1,h2,h3,h4,p,li,td,th,caption,dd{overflow-wrap:anywhere}
.r{text-align:right;font-variant-numeric:tabular-nums}td.r,td.nw{white-space:nowrap}.c{text-align:center}
tr.bad td{background:var(--bad-bg)}tr.good td{background:var(--good-bg)}
.note{background:var(--note-bg);border-left:4px solid var(--accent);padding:8px 12px}
pre{background:var(--note-bg);padding:8px 12px;overflow-x:auto}
code{font-family:"DejaVu Sans Mono",ui-monospace,monospace;font-size:0.92em}
figure{margin:16px 0}figcaption{color:var(--muted);font-size:0.9em}
figcaption strong{color:var(--fg)}
.chart svg{width:min(100%,720px);height:auto;display:block}
.chart-structure svg{width:min(100%,640px)}
.chart svg text{fill:var(--fg)}
.chart svg .grid{stroke:var(--grid)}
.chart svg rect.practice{fill:var(--chip)}
.chart svg rect.collective{fill:var(--box)}
@media print{.report{padding:0;min-height:0}.report>section{break-before:page}.table-wrap{overflow:visible}
  tr,figure{break-inside:avoid}thead{display:table-header-group}[data-uri]:hover{outline:none}}
[data-uri]{cursor:pointer}
[data-uri]:hover{outline:1px dashed var(--accent)}
`;
}
