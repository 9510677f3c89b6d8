/**
 * The pack as the review tools run it: the rules of policies/pack.ts, the pack version from
 * policies/package.json, and the per-stack config file policies/config/<stack>.json.
 */
import * as fs from "fs";
import * as path from "path";
import { PACK_ENFORCEMENT_LEVEL, PACK_NAME, policies } from "../../../policies/pack";
import { PolicyConfigError, readPolicyConfig } from "./config";
import { evaluatePolicies, PolicyResult } from "./evaluate";
import { PolicyRecord } from "../../model/records";

export const POLICIES_DIR = path.resolve(__dirname, "..", "..", "..", "policies");
export const POLICY_CONFIG_DIR = path.join(POLICIES_DIR, "config");

export function packVersion(): string {
    const pkg = JSON.parse(fs.readFileSync(path.join(POLICIES_DIR, "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
}

/** Stacks that have a policy config file. */
export function configuredStacks(): string[] {
    return fs.existsSync(POLICY_CONFIG_DIR) ? fs.readdirSync(POLICY_CONFIG_DIR).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort() : [];
}

/** The config file of a stack, or an error naming the file and the stacks that have one. */
export function stackConfigFile(stack: string): string {
    const file = path.join(POLICY_CONFIG_DIR, `${stack}.json`);
    if (!fs.existsSync(file)) {
        throw new PolicyConfigError(`no policy config for stack '${stack}': ${path.relative(process.cwd(), file) || file} does not exist; accepted: one of ${configuredStacks().join(", ") || "(none)"}, or --config <file>`);
    }
    return file;
}

export interface PackRun {
    pack: string;
    /** The config file used, relative to the project root; null for the rules' own defaults. */
    config: string | null;
    result: PolicyResult;
}

/** Runs the pack over records with a config file (or none: every rule at its own level). */
export async function runPack(records: readonly PolicyRecord[], configFile?: string): Promise<PackRun> {
    const version = packVersion();
    const result = await evaluatePolicies(records, {
        policies,
        packName: PACK_NAME,
        packVersion: version,
        packLevel: PACK_ENFORCEMENT_LEVEL,
        config: configFile ? readPolicyConfig(configFile) : undefined,
    });
    const root = path.dirname(POLICIES_DIR);
    const config = configFile ? path.relative(root, path.resolve(configFile)).split(path.sep).join("/") : null;
    return { pack: `${PACK_NAME}@${version}`, config, result };
}
