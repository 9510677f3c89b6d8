/**
 * Loads stored procedure, trigger and UDF bodies from `.js` files in the repo, once each. The
 * config boundary checks that each file exists and parses, so components get the body as a
 * string and never touch the file system.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

export type ScriptResult = { ok: true; body: string } | { ok: false; problem: string };

export class ScriptLoader {
    private readonly cache = new Map<string, ScriptResult>();

    /** @param baseDir the project root; script paths are relative to it. */
    constructor(readonly baseDir: string) {}

    load(file: string): ScriptResult {
        const cached = this.cache.get(file);
        if (cached) return cached;
        const result = this.read(file);
        this.cache.set(file, result);
        return result;
    }

    /** A problem message for a script file, or undefined when it is usable. */
    check(file: string): string | undefined {
        const result = this.load(file);
        return result.ok ? undefined : result.problem;
    }

    /** The body of a file that `check` accepted. */
    body(file: string): string {
        const result = this.load(file);
        if (!result.ok) throw new Error(`script ${file} was not validated: ${result.problem}`);
        return result.body;
    }

    private read(file: string): ScriptResult {
        const full = path.resolve(this.baseDir, file);
        const relative = path.relative(this.baseDir, full);
        if (relative.startsWith("..") || path.isAbsolute(relative)) {
            return { ok: false, problem: `script file '${file}' is outside the project; keep scripts in the repo` };
        }
        let body: string;
        try {
            body = fs.readFileSync(full, "utf8");
        } catch {
            return { ok: false, problem: `script file '${file}' does not exist (paths are relative to the project root, where Pulumi.yaml is)` };
        }
        if (body.trim() === "") return { ok: false, problem: `script file '${file}' is empty` };
        try {
            // Compile only, never run: a syntax error is a config error, not a deploy-time failure.
            new vm.Script(body, { filename: file });
        } catch (e) {
            const reason = e instanceof Error ? e.message : String(e);
            return { ok: false, problem: `script file '${file}' is not valid JavaScript: ${reason}` };
        }
        return { ok: true, body: body.replace(/\r\n/g, "\n") };
    }
}
