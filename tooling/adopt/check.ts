/**
 * Plans the adopted stack offline, before anything is written: a scratch copy of the project
 * (its own entries linked, the new stack file and scripts written) is synthesized with
 * review/synth.ts, exactly as `npm run plan` would; the policy pack then runs over the records.
 * The scratch directory is removed afterwards, whatever happens.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ConfigError, formatPath } from "../../stack/config";
import { loadStackFiles } from "../review/stack-files";
import { ResourceRecord } from "../model/plan-record";
import { synthesizeFiles } from "../review/synth";
import { PackRun, runPack } from "../review/policy/run";
import { ScriptFile } from "./model";

export interface PlanOutcome {
    records: ResourceRecord[];
    policy: PackRun;
}

/** The adopted config breaks a rule of the stack config: one line per problem. */
export class ConfigRuleProblems extends Error {
    constructor(readonly problems: string[]) {
        super(problems.join("\n"));
        this.name = "ConfigRuleProblems";
    }
}

/**
 * A temporary project: the entry file and Pulumi.yaml copied (the program reads files relative to
 * its own directory), every other top-level entry linked, except stack files and `scripts`, which
 * holds only the files given.
 */
export function scratchProject(projectDir: string, stack: string, stackFileText: string, scripts: readonly ScriptFile[]): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-adopt-"));
    const copied = new Set(["Pulumi.yaml", "index.ts", "tsconfig.json", "package.json"]);
    for (const entry of fs.readdirSync(projectDir)) {
        if (/^Pulumi\..+\.ya?ml$/.test(entry) || entry === "scripts" || entry === ".git") continue;
        const from = path.join(projectDir, entry);
        const to = path.join(dir, entry);
        if (copied.has(entry)) fs.copyFileSync(from, to);
        else fs.symlinkSync(from, to, fs.statSync(from).isDirectory() ? "junction" : "file");
    }
    fs.writeFileSync(path.join(dir, `Pulumi.${stack}.yaml`), stackFileText);
    for (const s of scripts) {
        const file = path.join(dir, ...s.path.split("/"));
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, s.body);
    }
    return dir;
}

/** Synthesizes the adopted stack and runs the policy pack (with `policyConfig`, or each rule's defaults). */
export async function planAdopted(
    projectDir: string,
    stack: string,
    stackFileText: string,
    scripts: readonly ScriptFile[],
    policyConfig?: string,
): Promise<PlanOutcome> {
    const dir = scratchProject(projectDir, stack, stackFileText, scripts);
    try {
        let records: ResourceRecord[];
        try {
            records = (await synthesizeFiles(loadStackFiles(dir, stack))).resources;
        } catch (e) {
            if (ConfigError.isInstance(e)) throw new ConfigRuleProblems(e.problems.map((p) => `${formatPath(p.path)}: ${p.message}`));
            throw e;
        }
        return { records, policy: await runPack(records, policyConfig) };
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}
