/**
 * Reading a JSON file that came from outside (a stack export, a preview, a plan, Azure's JSON, a
 * policy definition) so that whatever it holds ends in one clear line: unreadable, empty, not
 * JSON, or nested deeper than anything real. JSON.parse itself copes with deep nesting, but every
 * recursive walker after it (value normalisation, JSON.stringify, the policy evaluators) would end
 * in "Maximum call stack size exceeded"; refusing such text before it is parsed keeps them safe.
 *
 * Text is UTF-8 (a byte-order mark is skipped, as RFC 8259 section 8.1 allows a reader to) or
 * UTF-16 with a byte-order mark: what Windows PowerShell's `>` writes
 * (`pulumi stack export > state.json`).
 */
import * as fs from "fs";

/**
 * How deep a document may nest. Pulumi states, plans and Azure's documents nest some tens of
 * levels; ARM's own JSON limits are far below what a recursive reader can take.
 */
export const MAX_JSON_DEPTH = 128;

/** V8's longest string is about 512 MiB; a file beyond that cannot be read as text at all. */
const MAX_BYTES = 256 * 1024 * 1024;

export type ErrorFactory = (message: string) => Error;

/** Decodes a file's bytes: UTF-16 with a byte-order mark, else UTF-8 without its mark. */
export function decodeText(bytes: Buffer): string {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
    const text = bytes.toString("utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Where the text first nests deeper than `limit` (an offset), or -1. Strings are skipped; linear, no recursion. */
export function tooDeepAt(text: string, limit = MAX_JSON_DEPTH): number {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++; // backslash: skip the escaped character
            else if (c === 0x22) inString = false;
        } else if (c === 0x22) inString = true;
        else if (c === 0x7b || c === 0x5b) {
            if (++depth > limit) return i;
        } else if (c === 0x7d || c === 0x5d) depth--;
    }
    return -1;
}

/** Line and column (1-based) of an offset, for messages. */
function position(text: string, offset: number): string {
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    return `line ${line}, column ${offset - before.lastIndexOf("\n")}`;
}

/** How deep a kind of document may nest, when not MAX_JSON_DEPTH (Azure Policy rules nest conditions 512 deep). */
export interface JsonLimits {
    maxDepth?: number;
}

/** Parses JSON text from outside; every problem is one line made by `fail`, naming `source`. */
export function parseJsonInput(text: string, source: string, fail: ErrorFactory, accepted = "", limits: JsonLimits = {}): unknown {
    const what = accepted ? `; accepted: ${accepted}` : "";
    if (text.trim() === "") throw fail(`${source} is empty${what}`);
    const max = limits.maxDepth ?? MAX_JSON_DEPTH;
    const deep = tooDeepAt(text, max);
    if (deep >= 0)
        throw fail(
            `${source} nests deeper than ${max} levels (at ${position(text, deep)}); no ${limits.maxDepth ? "such" : "Pulumi state, plan or Azure"} document nests that deep`,
        );
    try {
        return JSON.parse(text);
    } catch (e) {
        const reason = (e instanceof Error ? e.message : String(e)).split("\n")[0];
        const truncated = /end of (JSON )?input|Unterminated/i.test(reason) ? " (the file looks truncated)" : "";
        throw fail(`${source} is not JSON${truncated}: ${reason}${what}`);
    }
}

/** Reads and parses a JSON file from outside; a missing, unreadable, huge or malformed file is one line made by `fail`. */
export function readJsonInput(file: string, fail: ErrorFactory, accepted = "", limits: JsonLimits = {}): unknown {
    let bytes: Buffer;
    try {
        const stat = fs.statSync(file);
        if (stat.isDirectory()) throw fail(`${file} is a directory; give a file`);
        if (stat.size > MAX_BYTES) throw fail(`${file} is ${Math.round(stat.size / 1024 / 1024)} MiB; files above ${MAX_BYTES / 1024 / 1024} MiB are not read`);
        bytes = fs.readFileSync(file);
    } catch (e) {
        if (!(e as NodeJS.ErrnoException).code) throw e;
        const code = (e as NodeJS.ErrnoException).code;
        const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "ELOOP" ? "a symbolic link loop" : code;
        throw fail(`cannot read ${file}: ${why}`);
    }
    return parseJsonInput(decodeText(bytes), file, fail, accepted, limits);
}
