// The web edition's Web Worker: the shared Autonomy language server, with the report sources a browser has.
import { startBrowserLanguageServer, type ReportSources } from '@autonomy/language-server/browser';
import formulas from '../../../docs/formulas.md';

const sources: ReportSources = {
    // Bundled into this worker (the PDF renderer is replaced at build time), so loading is immediate.
    loadReport: () => import('@autonomy/report'),
    today: () => new Date().toISOString().slice(0, 10),
    formulas: () => formulas
};

startBrowserLanguageServer(self, sources);
