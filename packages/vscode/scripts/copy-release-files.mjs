// vsce packs the licence and changelog from the extension's own folder; the one copy of
// each lives at the repository root, so they are copied here (git-ignored), not kept twice.
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const file of ['LICENSE', 'CHANGELOG.md']) {
    copyFileSync(join(extension, '../..', file), join(extension, file));
}
