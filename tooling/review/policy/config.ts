/**
 * Policy pack config the way the Pulumi CLI resolves it before the pack runs (pkg/resource/analyzer
 * config.go in pulumi/pulumi): each rule starts from its own enforcementLevel (else the pack's)
 * and the `default`s of its configSchema; an `"all"` entry sets every level; a rule's entry sets
 * its level and overrides properties; the result is validated against each configSchema.
 *
 * A config file maps rule names to a level (`"mandatory"`) or an object
 * (`{ "enforcementLevel": "advisory", "maxThroughput": 4000 }`).
 */
import * as fs from "fs";
import { decodeText, parseJsonInput } from "../../model/input-json";
import { EnforcementLevel, Policies, PolicyConfigSchema } from "@pulumi/policy";
import { isObject } from "../../model/json";

type PolicyConfigJSONSchema = PolicyConfigSchema["properties"][string];

export const ENFORCEMENT_LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

export interface GivenPolicyConfig {
    enforcementLevel?: EnforcementLevel;
    properties: Record<string, unknown>;
}

export interface ResolvedPolicyConfig {
    enforcementLevel: EnforcementLevel;
    properties: Record<string, unknown>;
}

export class PolicyConfigError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "PolicyConfigError";
    }
}

function level(value: unknown, where: string): EnforcementLevel {
    if (typeof value === "string" && (ENFORCEMENT_LEVELS as readonly string[]).includes(value)) return value as EnforcementLevel;
    throw new PolicyConfigError(`${where}: ${JSON.stringify(value)} is not a valid enforcement level; accepted: ${ENFORCEMENT_LEVELS.join(", ")}`);
}

/** Parses a policy config document (already JSON-parsed). */
export function parsePolicyConfig(doc: unknown, source: string): Record<string, GivenPolicyConfig> {
    if (!isObject(doc)) {
        throw new PolicyConfigError(`${source}: a policy config is a JSON object mapping rule names to a level or an object`);
    }
    const out: Record<string, GivenPolicyConfig> = {};
    for (const [name, value] of Object.entries(doc)) {
        if (typeof value === "string") out[name] = { enforcementLevel: level(value, `${source}: ${name}`), properties: {} };
        else if (isObject(value)) {
            const { enforcementLevel, ...properties } = value;
            out[name] = {
                ...(enforcementLevel !== undefined ? { enforcementLevel: level(enforcementLevel, `${source}: ${name}.enforcementLevel`) } : {}),
                properties,
            };
        } else {
            throw new PolicyConfigError(`${source}: ${name} is ${JSON.stringify(value)}; accepted: an enforcement level string or an object`);
        }
    }
    return out;
}

export function readPolicyConfig(file: string): Record<string, GivenPolicyConfig> {
    let text: string;
    try {
        text = decodeText(fs.readFileSync(file));
    } catch (e) {
        throw new PolicyConfigError(`cannot read policy config ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (text.trim() === "") return {};
    return parsePolicyConfig(
        parseJsonInput(text, `policy config ${file}`, (m) => new PolicyConfigError(m)),
        file,
    );
}

const typeOf = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v);

/** The subset of JSON Schema the rules' configSchemas use: type, enum, minimum, maximum, items. */
export function schemaProblems(value: unknown, schema: PolicyConfigJSONSchema, where: string): string[] {
    const problems: string[] = [];
    if (schema.type !== undefined) {
        const types = Array.isArray(schema.type) ? schema.type : [schema.type];
        const actual = typeOf(value);
        if (!types.some((t) => t === actual || (t === "number" && actual === "integer"))) {
            return [`${where} is ${JSON.stringify(value)} (${actual}); accepted: ${types.join(" or ")}`];
        }
    }
    if (schema.enum !== undefined && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
        problems.push(`${where} is ${JSON.stringify(value)}; accepted: ${schema.enum.map((e) => JSON.stringify(e)).join(", ")}`);
    }
    if (typeof value === "number" && schema.minimum !== undefined && value < schema.minimum)
        problems.push(`${where} is ${value}; accepted: at least ${schema.minimum}`);
    if (typeof value === "number" && schema.maximum !== undefined && value > schema.maximum)
        problems.push(`${where} is ${value}; accepted: at most ${schema.maximum}`);
    if (Array.isArray(value) && schema.items !== undefined && typeof schema.items === "object" && !Array.isArray(schema.items)) {
        const items = schema.items;
        value.forEach((v, i) => problems.push(...schemaProblems(v, items, `${where}[${i}]`)));
    }
    return problems;
}

/**
 * Every rule's effective level and properties, and the names in the config that match no rule
 * (the CLI ignores those silently; we report them so a typo is noticed).
 */
export function resolvePolicyConfig(
    policies: Policies,
    packLevel: EnforcementLevel,
    given: Record<string, GivenPolicyConfig> = {},
): { resolved: Map<string, ResolvedPolicyConfig>; unknownNames: string[] } {
    const resolved = new Map<string, ResolvedPolicyConfig>();
    for (const p of policies) {
        const defaults: Record<string, unknown> = {};
        for (const [k, s] of Object.entries(p.configSchema?.properties ?? {})) if (s.default !== undefined) defaults[k] = s.default;
        resolved.set(p.name, { enforcementLevel: p.enforcementLevel ?? packLevel, properties: defaults });
    }
    const all = given.all?.enforcementLevel;
    if (all) for (const c of resolved.values()) c.enforcementLevel = all;
    const unknownNames: string[] = [];
    for (const [name, c] of Object.entries(given)) {
        if (name === "all") continue;
        const target = resolved.get(name);
        if (!target) {
            unknownNames.push(name);
            continue;
        }
        if (c.enforcementLevel) target.enforcementLevel = c.enforcementLevel;
        Object.assign(target.properties, c.properties);
    }
    const problems: string[] = [];
    for (const p of policies) {
        if (!p.configSchema) continue;
        const props = (resolved.get(p.name) as ResolvedPolicyConfig).properties;
        for (const [k, s] of Object.entries(p.configSchema.properties))
            if (props[k] !== undefined) problems.push(...schemaProblems(props[k], s, `${p.name}.${k}`));
        for (const k of p.configSchema.required ?? []) if (props[k] === undefined) problems.push(`${p.name}.${k} is required`);
    }
    if (problems.length)
        throw new PolicyConfigError(`invalid policy config (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  - ${problems.join("\n  - ")}`);
    return { resolved, unknownNames };
}
