/**
 * Shared plumbing for the review commands: argument parsing and exit codes. User mistakes
 * (bad arguments, bad config, unreadable files) exit 2 with one clear message and no stack trace.
 */
import * as fs from "fs";
import { parseArgs, ParseArgsConfig } from "util";
import { ConfigError } from "../../../stack/config";
import { StackFileError } from "../stack-files";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** A bug of ours, not of the input. */
export const EXIT_INTERNAL = 3;

export class UsageError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "UsageError";
    }
}

/** The parsed flags of a command; named so the build can emit its declaration. */
export type CommandArgs<T extends NonNullable<ParseArgsConfig["options"]>> = ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: false }>>["values"];

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T, usage: string): CommandArgs<T> {
    try {
        return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
    } catch (e) {
        throw new UsageError(`${e instanceof Error ? e.message : String(e)}\n${usage}`);
    }
}

/** Writes a command's `--json` output; a file that cannot be written is the user's error (exit 2). */
export function writeJsonFile(file: string, value: unknown): void {
    try {
        fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
    } catch (e) {
        throw new UsageError(`cannot write ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
}

function isUserError(e: unknown): boolean {
    return ConfigError.isInstance(e) || e instanceof StackFileError || e instanceof UsageError;
}

/** The exit code and stderr text for an error a command's main function threw. */
export function describeFailure(e: unknown): { code: number; message: string } {
    if (isUserError(e)) return { code: EXIT_USAGE, message: `error: ${(e as Error).message}\n` };
    // Synthesis takes no stack traces (review/synth.ts withoutTraces): say how to get one.
    const frameless = e instanceof Error && !/\n\s+at /.test(e.stack ?? "");
    const hint = frameless ? "(no stack trace: the offline plan skips them for speed; rerun with COSMOS_PLATFORM_TRACE=1 to get it)\n" : "";
    return { code: EXIT_INTERNAL, message: `internal error (a bug in cosmos-platform, please report it):\n${e instanceof Error ? e.stack : String(e)}\n${hint}` };
}

/** Runs a command's main function and turns known user errors into exit code 2. */
export function runCommand(main: () => Promise<number>): void {
    // A program that throws inside the Pulumi stack also rejects promises the SDK derived from
    // the stack's outputs, which nobody awaits. main() reports the same error; don't crash twice.
    process.on("unhandledRejection", (reason) => {
        if (isUserError(reason)) return;
        process.stderr.write(`internal error (a bug in cosmos-platform, please report it):\n${reason instanceof Error ? reason.stack : String(reason)}\n`);
        process.exitCode = EXIT_INTERNAL;
    });
    main().then(
        (code) => {
            process.exitCode = code;
        },
        (e: unknown) => {
            const failure = describeFailure(e);
            process.stderr.write(failure.message);
            process.exitCode = failure.code;
        },
    );
}
