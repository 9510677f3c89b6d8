/** Running a command's `main` in-process with what it prints captured, as the CLI tests do. */
import { spawn } from "child_process";
import { describeFailure } from "../../tooling/review/cli/common";
import { PROJECT_DIR } from "./config";
import { startEarly } from "./early";

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

/** What a command run as a process gave: its exit status (null if killed), signal, output and time. */
export interface ProcessOutcome {
    status: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
    ms: number;
}

/** What a command process runs: a project command (tooling/...) and its arguments. */
export interface CommandLine {
    /** The command's module, relative to the project root (tooling/review/cli/policy.ts). */
    command: string;
    args: string[];
    /** Close the reading end of stdout at once, as `| head` does before the command writes. */
    closeStdout?: boolean;
}

/** Runs a project command as `npm run` does (node with the build's loader, from the project root), without blocking the test process. */
export function commandProcess({ command, args, closeStdout }: CommandLine, timeoutMs = 45_000): Promise<ProcessOutcome> {
    const started = Date.now();
    const child = spawn(process.execPath, ["-r", "./tooling/build/register.js", command, ...args], { cwd: PROJECT_DIR, stdio: ["ignore", "pipe", "pipe"] });
    if (closeStdout) child.stdout.destroy();
    let stdout = "";
    let stderr = "";
    if (!closeStdout) child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    return new Promise((resolve, reject) => {
        child.once("error", reject);
        child.once("close", (status, signal) => {
            clearTimeout(timer);
            resolve({ status, signal, stdout, stderr, ms: Date.now() - started });
        });
    });
}

/**
 * A command process started when the test run starts (helpers/early.ts), so it runs on the
 * machine's other core while the suites before it run; `prepare` (temp files, arguments) runs
 * then too. Call at a test file's top level.
 */
export function commandProcessEarly(prepare: () => CommandLine, timeoutMs?: number): () => Promise<ProcessOutcome> {
    return startEarly(() => commandProcess(prepare(), timeoutMs));
}
