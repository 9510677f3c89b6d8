/**
 * Shared plumbing for the review commands: argument parsing and exit codes. User mistakes
 * (bad arguments, bad config, unreadable files) exit 2 with one clear message and no stack trace.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
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
export type CommandArgs<T extends NonNullable<ParseArgsConfig["options"]>> = ReturnType<
    typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: false }>
>["values"];

/**
 * Parses a command's flags strictly: an unknown flag, a positional argument, or a flag that takes
 * one value given twice (node's parseArgs keeps the last one silently: `--stack dev --stack prod`
 * would plan prod) is a usage error naming it.
 */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T, usage: string): CommandArgs<T> {
    let parsed: { values: unknown; tokens?: { kind: string; name?: string; value?: string; rawName?: string }[] };
    try {
        parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: false, tokens: true });
    } catch (e) {
        throw new UsageError(`${e instanceof Error ? e.message : String(e)}\n${usage}`);
    }
    const given = new Map<string, (string | undefined)[]>();
    for (const t of parsed.tokens ?? []) {
        if (t.kind !== "option" || t.name === undefined || options[t.name]?.multiple) continue;
        given.set(t.name, [...(given.get(t.name) ?? []), t.value]);
    }
    for (const [name, values] of given) {
        if (values.length < 2) continue;
        const shown = values.every((v) => v !== undefined) ? ` (${values.map((v) => `'${v}'`).join(", ")})` : "";
        throw new UsageError(`--${name} is given ${values.length} times${shown}; it takes one value, give it once\n${usage}`);
    }
    return parsed.values as CommandArgs<T>;
}

/** Writes a command's `--json` output, whole or not at all (writeOutputs); a file that cannot be written is the user's error (exit 2). */
export function writeJsonFile(file: string, value: unknown, flag = "--json"): void {
    writeOutputs([{ flag, file, text: `${JSON.stringify(value, null, 2)}\n` }]);
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
    return {
        code: EXIT_INTERNAL,
        message: `internal error (a bug in cosmos-platform, please report it):\n${e instanceof Error ? e.stack : String(e)}\n${hint}`,
    };
}

/**
 * A reader that stops reading (`npm run diff | head`) closes the pipe; the next write fails with
 * EPIPE, which Node raises as an unhandled 'error' event (a stack trace, exit 1). Once the reader
 * is gone nothing more is written there; the command finishes and exits with its own verdict (0,
 * or 1 for findings, so that `set -o pipefail` still sees a failed review).
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
    stream.on("error", (e: NodeJS.ErrnoException) => {
        if (e.code !== "EPIPE") throw e;
        stream.write = () => true;
    });
}

/**
 * A command whose work is synchronous, as the promise runCommand (and the tests) take: its exit
 * code, or what it throws as the rejection, just as an async main gives them.
 */
export function settled(run: () => number): Promise<number> {
    return new Promise((resolve) => resolve(run()));
}

/** Runs a command's main function and turns known user errors into exit code 2. */
export function runCommand(main: () => Promise<number>): void {
    quietOnClosedPipe(process.stdout);
    quietOnClosedPipe(process.stderr);
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

/** A file a command writes, and the flag that named it (for messages). */
export interface OutputFile {
    flag: string;
    file: string;
}

/** A file or directory a command reads, and the flag that named it. */
export interface InputFile {
    flag: string;
    file: string;
}

const PULUMI_FILE = /^Pulumi(\..+)?\.ya?ml$/i;

/** The same file on disk (by device and inode when both exist: links and different spellings), or the same resolved path. */
function sameFile(a: string, b: string): boolean {
    if (path.resolve(a) === path.resolve(b)) return true;
    try {
        const x = fs.statSync(a);
        const y = fs.statSync(b);
        return x.dev === y.dev && x.ino === y.ino;
    } catch {
        return false;
    }
}

function insideDirectory(file: string, dir: string): boolean {
    try {
        if (!fs.statSync(dir).isDirectory()) return false;
    } catch {
        return false;
    }
    const rel = path.relative(path.resolve(dir), path.resolve(file));
    return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

/**
 * Checks, before any work, that each output can be written and destroys nothing: not an input
 * (nor inside an input directory), not another output, not a Pulumi project or stack settings
 * file (unless `stackFile`: the command's purpose is to write one), not a directory, in a
 * directory that exists and is writable. A command that will fail
 * to write its result fails in the first millisecond, not after a minute of planning.
 */
export function checkOutputs(outputs: readonly OutputFile[], inputs: readonly InputFile[], options: { stackFile?: boolean } = {}): void {
    const given = outputs.filter((o) => o.file !== undefined && o.file !== "");
    given.forEach((o, i) => {
        for (const input of inputs) {
            if (sameFile(o.file, input.file))
                throw new UsageError(`${o.flag} ${o.file} is also the input ${input.flag}: writing it would destroy the input; give another path`);
            if (insideDirectory(o.file, input.file))
                throw new UsageError(
                    `${o.flag} ${o.file} is inside the input directory ${input.flag} ${input.file}, which is read as input; give a path outside it`,
                );
        }
        const other = given.slice(0, i).find((p) => sameFile(p.file, o.file));
        if (other) throw new UsageError(`${o.flag} and ${other.flag} are both ${o.file}; give each output its own path`);
        if (!options.stackFile && PULUMI_FILE.test(path.basename(o.file)))
            throw new UsageError(`${o.flag} ${o.file} is a Pulumi project or stack settings file name; an output never replaces one, give another path`);
        let stat: fs.Stats | undefined;
        try {
            stat = fs.statSync(o.file);
        } catch {
            stat = undefined;
        }
        if (stat?.isDirectory()) throw new UsageError(`${o.flag} ${o.file} is a directory; give a file path`);
        const dir = path.dirname(path.resolve(o.file));
        try {
            if (!fs.statSync(dir).isDirectory()) throw new Error("ENOTDIR");
        } catch {
            throw new UsageError(`cannot write ${o.flag} ${o.file}: the directory ${dir} does not exist`);
        }
        try {
            fs.accessSync(stat ? o.file : dir, fs.constants.W_OK);
        } catch {
            throw new UsageError(`cannot write ${o.flag} ${o.file}: ${stat ? "the file" : `the directory ${dir}`} is not writable`);
        }
    });
}

/**
 * Writes every file whole or none of them: each text goes to a temporary file beside its target,
 * and only when all are written do they take their names (a rename within a directory is atomic).
 * A failure while writing (disk full, permissions) removes the temporary files and leaves every
 * target as it was: never a half-written file.
 */
export function writeOutputs(files: readonly { flag?: string; file: string; text: string }[]): void {
    const staged: { tmp: string; file: string }[] = [];
    const created: string[] = [];
    try {
        for (const f of files) {
            // A missing parent directory is made (adopt's scripts/...) and removed again on failure.
            const dir = path.dirname(path.resolve(f.file));
            if (!fs.existsSync(dir)) {
                let first: string | undefined;
                try {
                    first = fs.mkdirSync(dir, { recursive: true });
                } catch (e) {
                    throw new UsageError(
                        `cannot write ${f.flag ? `${f.flag} ` : ""}${f.file}: cannot make the directory ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
                    );
                }
                if (first) created.push(first);
            }
            const tmp = path.join(path.dirname(path.resolve(f.file)), `.${path.basename(f.file)}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`);
            staged.push({ tmp, file: f.file });
            try {
                fs.writeFileSync(tmp, f.text, { flag: "wx" });
            } catch (e) {
                throw new UsageError(`cannot write ${f.flag ? `${f.flag} ` : ""}${f.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
            }
        }
        for (const s of staged) fs.renameSync(s.tmp, s.file);
    } catch (e) {
        for (const s of staged) fs.rmSync(s.tmp, { force: true });
        for (const dir of created.reverse()) fs.rmSync(dir, { recursive: true, force: true });
        throw e;
    }
}
