/** Runs `fn` with process.stderr captured: what a command says there, without printing it into the test output. */
export async function withStderr<T>(fn: () => Promise<T>): Promise<{ result: T; stderr: string }> {
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = (chunk: string | Uint8Array) => written.push(String(chunk)) > 0;
    try {
        const result = await fn();
        return { result, stderr: written.join("") };
    } finally {
        process.stderr.write = write;
    }
}
