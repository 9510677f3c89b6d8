/**
 * The config boundary: raw stack config in, a valid `PlatformConfig` out, or a `ConfigError`
 * listing every problem, with stack-file key paths. The rules themselves are the components'
 * (components/<component>/rules.ts), called here on the stack file's values; the components check their
 * arguments again when they are built, so a program that uses them without a stack file gets the
 * same rules.
 */
import * as pulumi from "@pulumi/pulumi";
import { collectProblems, ConfigError } from "../../components/shared/errors";
import { shapeProblems } from "../../components/shared/zod";
import { accountFormProblems, accountViews, crossAccountProblems, mapViewProblems } from "./accounts";
import { resolveConfig, PlatformConfig } from "./resolve";
import { crossFieldProblems } from "./rules";
import { stackConfigSchema } from "./schema";
import { ScriptLoader } from "./scripts";
import { misplacedSecrets, secretFieldPatterns } from "../../components/shared/secrets";

export { ConfigError, formatPath } from "../../components/shared/errors";
export type { ConfigProblem } from "../../components/shared/errors";
export { DEFAULTS } from "./resolve";
export type {
    PlatformConfig,
    ResolveOptions,
    ResolvedContainer,
    ResolvedDatabase,
    ResolvedThroughput,
    ResolvedBackup,
    ResolvedPrivateEndpoint,
} from "./resolve";
export { stackConfigSchema } from "./schema";
export { SECRET_PLACEHOLDER } from "../../components/shared/secrets";
export type { Sensitive } from "../../components/shared/secrets";
export type { StackConfigInput } from "./schema";

export interface ParseOptions {
    /** Pulumi project name: the config namespace (`<project>:<key>`). */
    project: string;
    /** Project root; script files are relative to it. */
    baseDir: string;
    /** Config keys (without namespace) whose values are secrets: never echoed in messages. */
    secretKeys?: ReadonlySet<string>;
}

/** A validated stack: its accounts, resolved, in declaration order. */
export interface ResolvedStack {
    project: string;
    environment: string;
    production: boolean;
    /** True for the `accounts` form; each account's logical names then start with its name (`childNamePrefix`). */
    multiAccount: boolean;
    accounts: PlatformConfig[];
}

/** Validates raw config (keys without the project namespace) and resolves it. Throws ConfigError. */
export function parseStackConfig(raw: Record<string, unknown>, options: ParseOptions): ResolvedStack {
    const secretKeys = options.secretKeys ?? new Set<string>();
    const misplaced = misplacedSecrets(raw, secretKeys, secretFieldPatterns(stackConfigSchema));
    const atMisplaced = new Set(misplaced.map((p) => JSON.stringify(p.path)));
    const shape = shapeProblems(stackConfigSchema, raw, {
        topLevelKey: (k) => `'${options.project}:${k}'`,
        secret: (path) => typeof path[0] === "string" && secretKeys.has(path[0]),
    });
    // A misplaced secret is reported once, as such, not also as a value of the wrong shape.
    const problems = [...misplaced, ...shape.filter((p) => !atMisplaced.has(JSON.stringify(p.path)))];
    if (problems.length > 0) throw new ConfigError(problems);
    const cfg = stackConfigSchema.parse(raw);

    const formProblems = collectProblems((report) => accountFormProblems(cfg, report));
    if (formProblems.length > 0) throw new ConfigError(formProblems);
    const entries = accountViews(cfg);
    const scripts = new ScriptLoader(options.baseDir);
    const crossField = [
        ...mapViewProblems(entries, (entry) => crossFieldProblems(entry.view, scripts)),
        ...collectProblems((report) => crossAccountProblems(entries, report)),
    ];
    if (crossField.length > 0) throw new ConfigError(crossField);
    const accounts = entries.map((entry) =>
        resolveConfig(entry.view, options.project, scripts, {
            isSecret: (key) => secretKeys.has(entry.sourceKey(key)),
            childNamePrefix: entry.childNamePrefix,
        }),
    );
    return { project: options.project, environment: cfg.environment, production: accounts[0].production, multiAccount: cfg.accounts !== undefined, accounts };
}

/**
 * Reads every `<project>:<key>` from a Pulumi config map (as `pulumi.runtime.allConfig()` returns
 * it: structured values are JSON strings) into a plain object keyed without the namespace.
 */
export function rawConfigFromPulumi(all: Record<string, string>, project: string): Record<string, unknown> {
    const prefix = `${project}:`;
    const raw: Record<string, unknown> = {};
    for (const [fullKey, text] of Object.entries(all)) {
        if (!fullKey.startsWith(prefix)) continue;
        raw[fullKey.slice(prefix.length)] = decodeConfigValue(text);
    }
    return raw;
}

/** Pulumi stores top-level values as strings; objects, arrays, booleans and numbers as JSON text. */
export function decodeConfigValue(text: string): unknown {
    const trimmed = text.trim();
    if (/^[[{]/.test(trimmed) || trimmed === "true" || trimmed === "false" || /^-?\d+(\.\d+)?$/.test(trimmed)) {
        try {
            return JSON.parse(trimmed);
        } catch {
            return text;
        }
    }
    return text;
}

/**
 * Reads and validates this stack's config from the Pulumi runtime (under `pulumi up` or the
 * offline plan's mocks). Throws ConfigError before anything is registered.
 */
export function loadPlatformConfig(baseDir: string): ResolvedStack {
    const project = pulumi.getProject();
    const raw = rawConfigFromPulumi(pulumi.runtime.allConfig(), project);
    // isConfigSecret is internal to the SDK; without it no key is treated as secret.
    const runtime = pulumi.runtime as unknown as { isConfigSecret?: (key: string) => boolean };
    const secretKeys = new Set(Object.keys(raw).filter((k) => runtime.isConfigSecret?.(`${project}:${k}`) ?? false));
    return parseStackConfig(raw, { project, baseDir, secretKeys });
}
