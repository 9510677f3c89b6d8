/**
 * The pack as the review tools run it: the rules of policies/pack.ts, the pack version from
 * policies/package.json, and a stack's policy config: the one given, else the planned project's
 * own `policies/config/<stack>.json` (this repository's for its own stacks), else none, and then
 * every rule at its own level and defaults, as `pulumi preview --policy-pack` runs a pack given no
 * `--policy-pack-config`. Another project's stacks are never judged by this repository's config.
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

/** Where a project keeps a stack's policy config, as this repository does: `policies/config/<stack>.json`. */
export const projectPolicyConfigFile = (projectDir: string, stack: string): string => path.join(projectDir, "policies", "config", `${stack}.json`);

const isFile = (file: string): boolean => fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;

export interface PolicyConfigChoice {
    /** The config file to run the pack with; undefined: every rule's own level and defaults. */
    file?: string;
    /** Why there is none (one line for stderr), when there is none. */
    note?: string;
}

/** The policy config of a project's stack: `given` (`--policy-config`), else the project's own file, else none. */
export function policyConfigFor(projectDir: string, stack: string, given?: string): PolicyConfigChoice {
    if (given !== undefined) {
        if (!isFile(given))
            throw new PolicyConfigError(
                `--policy-config ${given}: no such file; accepted: a JSON file mapping rule names to a level or an object (docs/policies.md)`,
            );
        return { file: given };
    }
    const own = projectPolicyConfigFile(projectDir, stack);
    if (isFile(own)) return { file: own };
    const shown = path.relative(process.cwd(), own);
    return {
        note: `no policy config for stack '${stack}' (no ${shown.startsWith("..") || path.isAbsolute(shown) ? own : shown}, no --policy-config): the policy pack runs every rule at its own level and defaults`,
    };
}

/** Stacks that have a policy config file in this repository. */
export function configuredStacks(): string[] {
    return fs.existsSync(POLICY_CONFIG_DIR)
        ? fs
              .readdirSync(POLICY_CONFIG_DIR)
              .filter((f) => f.endsWith(".json"))
              .map((f) => f.slice(0, -5))
              .sort()
        : [];
}

/** The config file of a stack, or an error naming the file and the stacks that have one. */
export function stackConfigFile(stack: string): string {
    const file = path.join(POLICY_CONFIG_DIR, `${stack}.json`);
    if (!fs.existsSync(file)) {
        throw new PolicyConfigError(
            `no policy config for stack '${stack}': ${path.relative(process.cwd(), file) || file} does not exist; accepted: one of ${configuredStacks().join(", ") || "(none)"}, or --config <file>`,
        );
    }
    return file;
}

export interface PackRun {
    pack: string;
    /** The config file used, relative to the project root; null for the rules' own defaults. */
    config: string | null;
    result: PolicyResult;
}

/**
 * Runs the pack over records with a config file (or none: every rule at its own level). The run
 * names the file relative to `projectDir` (this repository by default). `recordsFrom` names the
 * file outside records came from (EvaluateOptions).
 */
export async function runPack(
    records: readonly PolicyRecord[],
    configFile?: string,
    projectDir = path.dirname(POLICIES_DIR),
    recordsFrom?: string,
): Promise<PackRun> {
    const version = packVersion();
    const result = await evaluatePolicies(records, {
        policies,
        packName: PACK_NAME,
        packVersion: version,
        packLevel: PACK_ENFORCEMENT_LEVEL,
        config: configFile ? readPolicyConfig(configFile) : undefined,
        ...(recordsFrom !== undefined ? { recordsFrom } : {}),
    });
    const config = configFile ? path.relative(projectDir, path.resolve(configFile)).split(path.sep).join("/") : null;
    return { pack: `${PACK_NAME}@${version}`, config, result };
}
