/** Reads autonomy source through the real language package, as the CLI and editor do. */
import type { DomainModel } from '@autonomy/domain';
import { createAutonomyServices } from '@autonomy/language';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';

const services = createAutonomyServices(EmptyFileSystem);
const parse = parseHelper(services.Autonomy);

export async function parseModel(text: string): Promise<DomainModel> {
    const document = await parse(text);
    const errors = [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors];
    if (errors.length > 0) {
        throw new Error(`Model does not parse: ${errors.map(e => e.message).join('; ')}`);
    }
    return services.Autonomy.model.DomainModelBuilder.build(document);
}
