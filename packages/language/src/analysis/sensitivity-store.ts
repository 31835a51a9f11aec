import type { SensitivityResult } from '@autonomy/analysis';
import type { DomainModel } from '@autonomy/domain';
import { sameAnalysisInput } from './same-analysis-input.js';

/**
 * Sensitivity results the editor has computed on demand ("Autonomy: Show
 * Sensitivity"), one per document, with the model they were computed from.
 * Hovers and inlay hints read a result only while the document's model still
 * gives the same analysis; an edit that changes any figure retires it, so a
 * "fragile" mark is never shown for a model it was not computed for. Nothing
 * here runs on the keystroke path.
 */
export class SensitivityStore {
    private readonly byDocument = new Map<string, { model: DomainModel; result: SensitivityResult }>();

    set(uri: string, model: DomainModel, result: SensitivityResult): void {
        this.byDocument.set(uri, { model, result });
    }

    /** The result for `uri` if it was computed for a model that analyses the same as `model`. */
    get(uri: string, model: DomainModel): SensitivityResult | undefined {
        const entry = this.byDocument.get(uri);
        if (!entry) {
            return undefined;
        }
        if (entry.model !== model && !sameAnalysisInput(entry.model, model)) {
            this.byDocument.delete(uri);
            return undefined;
        }
        return entry.result;
    }
}
