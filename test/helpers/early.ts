/**
 * Slow work a suite needs that runs in child processes (a plugin's start-up and schema, a
 * type-check of the Azure SDK's declarations), started when the test run starts rather than when
 * the suite's turn comes, so that it overlaps the suites before it on the machine's other core.
 * Registered as root-level mocha hooks: started before the run's first test (not awaited there),
 * awaited by the suite that needs it, cleaned up after the run's last test.
 *
 * Call it at a test file's top level, outside any `describe`.
 */
export function startEarly<T>(start: () => Promise<T>, cleanup: (value: T) => Promise<void> | void = () => undefined): () => Promise<T> {
    let started: Promise<T> | undefined;
    const get = () => {
        if (!started) {
            started = start();
            // Awaited by the suite; this only keeps an early failure from being reported as unhandled.
            started.catch(() => undefined);
        }
        return started;
    };
    before(() => void get());
    after(async () => {
        const value = await started?.catch(() => undefined);
        if (value !== undefined) await cleanup(value);
    });
    return get;
}
