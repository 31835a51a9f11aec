/** DOMAIN.md item 11 (mergers): the saving shared by list size, to the penny. */
import { apportion } from './apportion.js';
import type { MergerAnalysis } from './result.js';
import type { CleanModel } from './sanitise.js';

export function analyseMergers(model: CleanModel): MergerAnalysis[] {
    return model.mergers.map(m => {
        const pops = m.practices.map(id => model.practiceById.get(id)?.listSize ?? 0);
        const parts = apportion(m.saving, pops);
        return {
            id: m.id,
            title: m.title,
            practices: m.practices,
            saving: m.saving,
            shares: m.practices.map((practice, i) => ({ practice, share: parts[i] }))
        };
    });
}
