/**
 * Shrinks a failing input while it still fails the same way: whole lines
 * first, then characters, removing halves, quarters... of what is left
 * (a simple delta debugging). Bounded by a number of tries, so a slow
 * failure cannot keep the fuzzer busy for long.
 */
export async function minimise(text: string, stillFails: (candidate: string) => Promise<boolean>, maxTries = 150): Promise<string> {
    let tries = 0;
    const attempt = async (candidate: string) => ++tries <= maxTries && await stillFails(candidate);
    let current = text;
    for (const separator of ['\n', '']) {
        let parts = current.split(separator);
        let chunk = Math.max(1, Math.floor(parts.length / 2));
        while (chunk >= 1 && tries < maxTries) {
            let removed = false;
            for (let start = 0; start < parts.length && tries < maxTries; start += chunk) {
                const candidate = [...parts.slice(0, start), ...parts.slice(start + chunk)];
                if (candidate.length < parts.length && await attempt(candidate.join(separator))) {
                    parts = candidate;
                    removed = true;
                    start -= chunk;
                }
            }
            if (!removed) {
                chunk = Math.floor(chunk / 2);
            }
        }
        current = parts.join(separator);
    }
    return current;
}
