/** Running a command's `main` in-process with what it prints captured, as the CLI tests do. */
import { describeFailure } from "../../tooling/review/cli/common";

export interface Outcome {
    code: number;
    out: string;
    err: string;
    /** Milliseconds the command took. */
    ms: number;
}

/** Runs a command's main with stdout and stderr captured; a thrown error becomes its exit code and message, as runCommand makes it. */
export async function run(main: (argv: string[]) => Promise<number>, argv: string[]): Promise<Outcome> {
    const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
    let out = "";
    let err = "";
    process.stdout.write = (chunk: string) => ((out += chunk), true);
    process.stderr.write = (chunk: string) => ((err += chunk), true);
    const start = Date.now();
    try {
        return { code: await main(argv), out, err, ms: Date.now() - start };
    } catch (e) {
        const failure = describeFailure(e);
        return { code: failure.code, out, err: err + failure.message, ms: Date.now() - start };
    } finally {
        process.stdout.write = write.out;
        process.stderr.write = write.err;
    }
}
