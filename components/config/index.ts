/**
 * The config boundary: raw stack config in, a valid `PlatformConfig` out, or a `ConfigError`
 * listing every problem. Nothing else in the program validates input.
 */
import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { ConfigError, ConfigProblem, PathSegment, valueAt, withValue } from "./errors";
import { resolveConfig, PlatformConfig } from "./resolve";
import { crossFieldProblems } from "./rules";
import { stackConfigSchema } from "./schema";
import { ScriptLoader } from "./scripts";
import { misplacedSecrets, secretFieldPatterns } from "./secrets";

export { ConfigError, formatPath } from "./errors";
export type { ConfigProblem } from "./errors";
export { DEFAULTS } from "./resolve";
export type { PlatformConfig, ResolvedContainer, ResolvedDatabase, ResolvedThroughput, BackupPolicy, ResolvedPrivateEndpoint } from "./resolve";
export { stackConfigSchema } from "./schema";
export { SECRET_PLACEHOLDER } from "./secrets";
export type { Sensitive } from "./secrets";
export type { StackConfigInput } from "./schema";

export interface ParseOptions {
    /** Pulumi project name: the config namespace (`<project>:<key>`). */
    project: string;
    /** Project root; script files are relative to it. */
    baseDir: string;
    /** Config keys (without namespace) whose values are secrets: never echoed in messages. */
    secretKeys?: ReadonlySet<string>;
}

type AnySchema = z.core.$ZodType;

/** The keys an object schema accepts at a path (best effort through optionals, arrays, records, unions). */
function acceptedKeys(schema: AnySchema, path: readonly PathSegment[]): string[] {
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
    switch (def.type) {
        case "optional":
        case "default":
        case "nullable":
        case "prefault":
            return acceptedKeys(def.innerType as AnySchema, path);
        case "pipe":
            return acceptedKeys(def.in as AnySchema, path);
        case "array":
            return path.length === 0 ? [] : acceptedKeys(def.element as AnySchema, path.slice(1));
        case "record":
            return path.length === 0 ? [] : acceptedKeys(def.valueType as AnySchema, path.slice(1));
        case "union":
            return [...new Set((def.options as AnySchema[]).flatMap((o) => acceptedKeys(o, path)))];
        case "object": {
            const shape = def.shape as Record<string, AnySchema>;
            if (path.length === 0) return Object.keys(shape);
            const next = shape[String(path[0])];
            return next ? acceptedKeys(next, path.slice(1)) : [];
        }
        default:
            return [];
    }
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown, project: string): { path: PathSegment[]; message: string } {
    const path = issue.path.filter((p): p is PathSegment => typeof p === "string" || typeof p === "number");
    const value = valueAt(raw, path);
    switch (issue.code) {
        case "unrecognized_keys": {
            const accepted = acceptedKeys(stackConfigSchema, path);
            if (path.length === 0) {
                const keys = issue.keys.map((k) => `'${project}:${k}'`).join(", ");
                return { path, message: `unknown config key ${keys}; accepted keys: ${accepted.map((k) => `${project}:${k}`).join(", ")}` };
            }
            return { path, message: `unknown key ${issue.keys.map((k) => `'${k}'`).join(", ")}; accepted keys: ${accepted.join(", ")}` };
        }
        case "invalid_type":
            if (value === undefined) {
                return { path, message: `is required (expected ${issue.expected})` };
            }
            if (/^Invalid input/.test(issue.message)) {
                return { path, message: `expected ${issue.expected}` };
            }
            return { path, message: issue.message };
        default:
            return { path, message: issue.message };
    }
}

/** Validates raw config (keys without the project namespace) and resolves it. Throws ConfigError. */
export function parseStackConfig(raw: Record<string, unknown>, options: ParseOptions): PlatformConfig {
    const secretKeys = options.secretKeys ?? new Set<string>();
    const misplaced = misplacedSecrets(raw, secretKeys, secretFieldPatterns(stackConfigSchema));
    const parsed = stackConfigSchema.safeParse(raw);
    if (!parsed.success || misplaced.length > 0) {
        const atMisplaced = new Set(misplaced.map((p) => JSON.stringify(p.path)));
        const issues = parsed.success ? [] : parsed.error.issues;
        const problems: ConfigProblem[] = [...misplaced];
        for (const issue of issues) {
            const { path, message } = describeIssue(issue, raw, options.project);
            const secret = typeof path[0] === "string" && secretKeys.has(path[0]);
            const value = valueAt(raw, path);
            const shown = issue.code === "unrecognized_keys" || value === undefined ? message : withValue(message, value, secret);
            // A misplaced secret is reported once, as such, not also as a value of the wrong shape.
            if (!atMisplaced.has(JSON.stringify(path))) problems.push({ path, message: shown });
        }
        throw new ConfigError(problems);
    }
    const scripts = new ScriptLoader(options.baseDir);
    const problems = crossFieldProblems(parsed.data, scripts);
    if (problems.length > 0) throw new ConfigError(problems);
    return resolveConfig(parsed.data, options.project, scripts, secretKeys);
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
export function loadPlatformConfig(baseDir: string): PlatformConfig {
    const project = pulumi.getProject();
    const raw = rawConfigFromPulumi(pulumi.runtime.allConfig(), project);
    // isConfigSecret is internal to the SDK; without it no key is treated as secret.
    const runtime = pulumi.runtime as unknown as { isConfigSecret?: (key: string) => boolean };
    const secretKeys = new Set(Object.keys(raw).filter((k) => runtime.isConfigSecret?.(`${project}:${k}`) ?? false));
    return parseStackConfig(raw, { project, baseDir, secretKeys });
}
