/**
 * Reading the tenant's Azure Policy documents: policy definitions, policy set definitions
 * (initiatives), assignments and exemptions, in the shapes Azure publishes them: the REST shape
 * (`{ id, name, properties: {...} }`, as in the Azure/azure-policy repository) and the flat
 * shape `az policy ... show/list` prints. A file holds one document or an array of them; a
 * directory is read recursively (`*.json`). The kind of each document is detected by shape.
 * https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-basics
 * https://learn.microsoft.com/azure/governance/policy/concepts/initiative-definition-structure
 * https://learn.microsoft.com/azure/governance/policy/concepts/assignment-structure
 * https://learn.microsoft.com/azure/governance/policy/concepts/exemption-structure
 */
import * as fs from "fs";
import * as path from "path";
import { readJsonInput } from "../../model/input-json";
import { isObject, Json, valueText } from "../../model/json";
import { canonicalCondition, OPERATORS, RULE_LIMITS } from "./conditions";
import { isExpression, parseCounted, PolicyLimitError, UnsupportedError } from "./expression";

/** A policy document cannot be read or is not one Azure would accept. */
export class AzurePolicyInputError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "AzurePolicyInputError";
    }
}

export interface ParameterDefinition {
    type?: string;
    defaultValue?: unknown;
    allowedValues?: unknown[];
}

export interface PolicyDefinition {
    kind: "definition";
    id: string;
    name: string;
    displayName: string;
    /** `All`, `Indexed` (also for an absent mode, as Azure does), or a resource provider mode. */
    mode: string;
    parameters: Record<string, ParameterDefinition>;
    rule: { if: unknown; then: Json };
    /** `{Major}.{Minor}.{Patch}`, with `-preview` or `-deprecated` on built-ins; absent on older exports. */
    version?: string;
    source: string;
}

export interface PolicySetMember {
    policyDefinitionId: string;
    referenceId: string;
    parameters: Record<string, unknown>;
}

export interface PolicySetDefinition {
    kind: "set";
    id: string;
    name: string;
    displayName: string;
    parameters: Record<string, ParameterDefinition>;
    members: PolicySetMember[];
    source: string;
}

export interface Selector {
    kind: string;
    in?: string[];
    notIn?: string[];
}

export interface PolicyAssignment {
    kind: "assignment";
    id: string;
    name: string;
    displayName: string;
    scope: string;
    notScopes: string[];
    policyDefinitionId: string;
    /** `#.*.*` or `#.#.*`: the built-in version the assignment evaluates. */
    definitionVersion?: string;
    parameters: Record<string, unknown>;
    enforcementMode: "Default" | "DoNotEnforce";
    overrides: { kind: string; value: string; selectors: Selector[] }[];
    resourceSelectors: { name: string; selectors: Selector[] }[];
    /** True for the stand-in assignment of a definition no assignments file assigns. */
    implicit?: boolean;
    source: string;
}

export interface PolicyExemption {
    kind: "exemption";
    id: string;
    name: string;
    displayName: string;
    scope: string;
    policyAssignmentId: string;
    referenceIds: string[];
    category: string;
    expiresOn?: string;
    resourceSelectors: { name: string; selectors: Selector[] }[];
    source: string;
}

export type PolicyDocument = PolicyDefinition | PolicySetDefinition | PolicyAssignment | PolicyExemption;

export interface PolicyInputs {
    definitions: PolicyDefinition[];
    sets: PolicySetDefinition[];
    assignments: PolicyAssignment[];
    exemptions: PolicyExemption[];
}

const lastSegment = (id: string) => id.split("/").filter(Boolean).pop() ?? id;
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

function strings(v: unknown, where: string): string[] {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || !v.every((s) => typeof s === "string"))
        throw new AzurePolicyInputError(`${where} must be an array of strings; got ${JSON.stringify(v).slice(0, 80)}`);
    return v;
}

function selectors(v: unknown, where: string): Selector[] {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw new AzurePolicyInputError(`${where} must be an array of selectors ({ kind, in | notIn })`);
    return v.map((s, i) => {
        if (!isObject(s) || typeof s.kind !== "string") throw new AzurePolicyInputError(`${where}[${i}] needs a "kind"`);
        return {
            kind: s.kind,
            ...(s.in !== undefined ? { in: strings(s.in, `${where}[${i}].in`) } : {}),
            ...(s.notIn !== undefined ? { notIn: strings(s.notIn, `${where}[${i}].notIn`) } : {}),
        };
    });
}

function resourceSelectors(v: unknown, where: string) {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw new AzurePolicyInputError(`${where} must be an array`);
    return v.map((r: unknown, i) => ({
        name: isObject(r) && r.name !== undefined && r.name !== null ? valueText(r.name) : String(i),
        selectors: selectors(isObject(r) ? r.selectors : undefined, `${where}[${i}].selectors`),
    }));
}

function parameterDefinitions(v: unknown, where: string): Record<string, ParameterDefinition> {
    if (v === undefined || v === null) return {};
    if (!isObject(v)) throw new AzurePolicyInputError(`${where} must be an object of parameter definitions`);
    return Object.fromEntries(
        Object.entries(v).map(([k, p]) => [
            k,
            isObject(p) ? (keysAs(p, ["type", "defaultValue", "allowedValues", "metadata"], `${where}.${k}`) as ParameterDefinition) : {},
        ]),
    );
}

/** Assignment parameter values: `{ name: { value } }`. */
function parameterValues(v: unknown, where: string): Record<string, unknown> {
    if (v === undefined || v === null) return {};
    if (!isObject(v)) throw new AzurePolicyInputError(`${where} must be an object of { "<name>": { "value": ... } }`);
    return Object.fromEntries(
        Object.entries(v).map(([k, raw]) => {
            const p = isObject(raw) ? keysAs(raw, ["value"], `${where}.${k}`) : raw;
            if (!isObject(p) || !("value" in p))
                throw new AzurePolicyInputError(`${where}.${k} must be { "value": ... }; got ${(JSON.stringify(p) ?? String(p)).slice(0, 80)}`);
            return [k, p.value];
        }),
    );
}

/** The scope an assignment or exemption lives at: its id up to `/providers/Microsoft.Authorization/`. */
function scopeOfId(id: string): string {
    const i = id.toLowerCase().lastIndexOf("/providers/microsoft.authorization/");
    return i > 0 ? id.slice(0, i) : "";
}

/**
 * Every effect Azure Policy has, canonical casing: those of
 * https://learn.microsoft.com/azure/governance/policy/concepts/effect-basics, and three that
 * built-ins in Azure/azure-policy still use: auditAction (General/MFA_DenyAction.json, the
 * audit counterpart of denyAction), enforceRegoPolicy (legacy AKS) and enforceSetting.
 */
export const EFFECTS = [
    "deny",
    "audit",
    "modify",
    "append",
    "auditIfNotExists",
    "deployIfNotExists",
    "denyAction",
    "auditAction",
    "disabled",
    "manual",
    "addToNetworkGroup",
    "mutate",
    "enforceRegoPolicy",
    "enforceSetting",
] as const;

const isEffect = (v: unknown) => typeof v === "string" && EFFECTS.some((e) => e.toLowerCase() === v.toLowerCase());

/**
 * Keys in their documented spelling: ARM reads JSON property names case-insensitively, so
 * `PolicyRule`, `IF` and `policyrule` are one key. Two spellings of one key in an object are refused.
 */
function keysAs(obj: Json, known: readonly string[], where: string): Json {
    const out: Json = {};
    for (const [k, v] of Object.entries(obj)) {
        const key = known.find((x) => x.toLowerCase() === k.toLowerCase()) ?? k;
        if (Object.prototype.hasOwnProperty.call(out, key))
            throw new AzurePolicyInputError(`${where} has "${key}" twice, in two spellings (JSON names are case-insensitive in Azure)`);
        out[key] = v;
    }
    return out;
}

const DOC_KEYS = [
    "properties",
    "id",
    "name",
    "displayName",
    "description",
    "mode",
    "parameters",
    "policyRule",
    "policyDefinitions",
    "policyAssignmentId",
    "policyDefinitionId",
    "definitionVersion",
    "scope",
    "notScopes",
    "enforcementMode",
    "overrides",
    "resourceSelectors",
    "expiresOn",
    "exemptionCategory",
    "policyDefinitionReferenceIds",
    "policyDefinitionReferenceId",
    "version",
    "metadata",
    "policyType",
];
const THEN_KEYS = ["effect", "details"];
const DETAILS_KEYS = [
    "type",
    "name",
    "existenceCondition",
    "existenceScope",
    "resourceGroupName",
    "evaluationDelay",
    "roleDefinitionIds",
    "deployment",
    "operations",
    "conflictEffect",
    "actionNames",
    "cascadeBehaviors",
];
const OPERATION_KEYS = ["operation", "field", "value", "condition"];

/** A definition `version` (https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-basics#version-preview). */
const VERSION = /^\d+\.\d+\.\d+(-preview|-deprecated)?$/i;
/** An assignment's `definitionVersion` (https://learn.microsoft.com/azure/governance/policy/concepts/assignment-structure#policy-definition-id-and-version-preview). */
const DEFINITION_VERSION = /^\d+\.(\d+|\*)\.\*$/;

/** The rule with condition and effect names in their documented spelling. */
function canonicalRule(rule: Json, where: string): { if: unknown; then: Json } {
    const r = keysAs(rule, ["if", "then"], `${where}: policyRule`);
    if (!isObject(r.if) || !isObject(r.then)) throw new AzurePolicyInputError(`${where}: policyRule needs "if" and "then" objects`);
    const then = keysAs(r.then, THEN_KEYS, `${where}: policyRule.then`);
    if (then.effect === undefined) throw new AzurePolicyInputError(`${where}: policyRule.then needs an "effect"`);
    if (isObject(then.details)) {
        const d = keysAs(then.details, DETAILS_KEYS, `${where}: then.details`);
        if (Array.isArray(d.operations))
            d.operations = d.operations.map((o: unknown, i) => (isObject(o) ? keysAs(o, OPERATION_KEYS, `${where}: then.details.operations[${i}]`) : o));
        then.details = d;
    } else if (Array.isArray(then.details)) {
        then.details = then.details.map((o: unknown, i) => (isObject(o) ? keysAs(o, ["field", "value"], `${where}: then.details[${i}]`) : o));
    }
    try {
        const cond = canonicalCondition(r.if);
        if (isObject(then.details) && then.details.existenceCondition !== undefined)
            then.details = { ...then.details, existenceCondition: canonicalCondition(then.details.existenceCondition) };
        return { if: cond, then };
    } catch (e) {
        if (e instanceof UnsupportedError) throw new AzurePolicyInputError(`${where}: ${e.message}`);
        throw e;
    }
}

/** Leaf conditions (those with an operator) in a condition tree. */
function countConditions(node: unknown): number {
    if (!isObject(node)) return 0;
    let n = OPERATORS.some((op) => op in node) ? 1 : 0;
    for (const op of ["allOf", "anyOf"]) if (Array.isArray(node[op])) for (const c of node[op] as unknown[]) n += countConditions(c);
    if ("not" in node) n += countConditions(node.not);
    if (isObject(node.count) && node.count.where !== undefined) n += countConditions(node.count.where);
    return n;
}

/**
 * Refuses a rule beyond the limits Azure enforces when a definition is created
 * (https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-policy-rule#policy-rule-limits):
 * conditions, functions and their nesting, field counts per array, value counts and their
 * iterations (those of literal arrays; an array from a parameter is checked when evaluated).
 */
function checkRuleLimits(rule: { if: unknown; then: Json }, where: string): void {
    const fail = (message: string): never => {
        throw new AzurePolicyInputError(`${where}: ${message}, which Azure refuses`);
    };
    const conditions = countConditions(rule.if);
    if (conditions > RULE_LIMITS.ifConditions) fail(`the "if" has ${conditions} conditions; Azure allows ${RULE_LIMITS.ifConditions}`);
    const details = isObject(rule.then.details) ? rule.then.details : {};
    const existence = countConditions(details.existenceCondition);
    if (existence > RULE_LIMITS.existenceConditions)
        fail(`the existenceCondition has ${existence} conditions; Azure allows ${RULE_LIMITS.existenceConditions}`);
    let calls = 0;
    const fieldCounts = new Map<string, number>();
    let valueCounts = 0;
    // Iteratively: a hostile rule can be deep, and the walk must not exhaust the stack.
    const stack: { v: unknown; iterations: number }[] = [
        { v: rule.if, iterations: 1 },
        { v: { ...rule.then, details: { ...details, deployment: undefined } }, iterations: 1 },
    ];
    while (stack.length) {
        const { v, iterations } = stack.pop() as { v: unknown; iterations: number };
        if (typeof v === "string") {
            if (!isExpression(v)) continue;
            try {
                calls += parseCounted(v).calls;
            } catch (e) {
                if (e instanceof PolicyLimitError) fail(e.message.replace(/, which Azure refuses$/, ""));
                if (!(e instanceof UnsupportedError)) throw e; // syntax this evaluator does not read: reported when evaluated
            }
            continue;
        }
        if (Array.isArray(v)) {
            for (const c of v) stack.push({ v: c, iterations });
            continue;
        }
        if (!isObject(v)) continue;
        let inner = iterations;
        if (isObject(v.count)) {
            if (typeof v.count.field === "string" && !isExpression(v.count.field)) {
                const key = v.count.field.toLowerCase();
                fieldCounts.set(key, (fieldCounts.get(key) ?? 0) + 1);
                if ((fieldCounts.get(key) as number) > RULE_LIMITS.fieldCountsPerArray)
                    fail(`${fieldCounts.get(key)} field count expressions over ${v.count.field}; Azure allows ${RULE_LIMITS.fieldCountsPerArray} per array`);
            }
            if ("value" in v.count) {
                if (++valueCounts > RULE_LIMITS.valueCounts) fail(`${valueCounts} value count expressions; Azure allows ${RULE_LIMITS.valueCounts} per rule`);
                if (Array.isArray(v.count.value)) {
                    inner = iterations * v.count.value.length;
                    if (inner > RULE_LIMITS.valueCountIterations)
                        fail(`a value count iterates ${inner} times (with its enclosing value counts); Azure allows ${RULE_LIMITS.valueCountIterations}`);
                }
            }
        }
        for (const [k, c] of Object.entries(v)) stack.push({ v: c, iterations: k === "count" ? inner : iterations });
    }
    if (calls > RULE_LIMITS.functions) fail(`the rule calls ${calls} functions; Azure allows ${RULE_LIMITS.functions}`);
}

/** A literal effect must be one of Azure's; a parameterised one must allow and default to effects only. */
function checkEffect(effect: unknown, parameters: Record<string, ParameterDefinition>, where: string): void {
    const accepted = `accepted: ${EFFECTS.join(", ")} (any casing)`;
    if (typeof effect !== "string") throw new AzurePolicyInputError(`${where}: then.effect is ${JSON.stringify(effect)}; ${accepted}`);
    if (!isExpression(effect)) {
        if (!isEffect(effect)) throw new AzurePolicyInputError(`${where}: effect "${effect}" is not an Azure Policy effect; ${accepted}`);
        return;
    }
    const m = /^\[\s*parameters\s*\(\s*'([^']+)'\s*\)\s*\]$/i.exec(effect);
    if (!m) return; // computed: checked when evaluated
    const key = Object.keys(parameters).find((k) => k.toLowerCase() === m[1].toLowerCase());
    if (key === undefined) throw new AzurePolicyInputError(`${where}: the effect reads parameters('${m[1]}'), which the definition does not declare`);
    const p = parameters[key];
    for (const v of [...(Array.isArray(p.allowedValues) ? p.allowedValues : []), ...(p.defaultValue !== undefined ? [p.defaultValue] : [])]) {
        if (!isEffect(v))
            throw new AzurePolicyInputError(
                `${where}: parameter '${key}' (the effect) allows or defaults to ${JSON.stringify(v)}, which is not an Azure Policy effect; ${accepted}`,
            );
    }
}

function versionOf(doc: Json, where: string): string | undefined {
    const meta = isObject(doc.metadata) ? keysAs(doc.metadata, ["version"], `${where}: metadata`) : {};
    for (const [v, at] of [
        [doc.version, "version"],
        [meta.version, "metadata.version"],
    ] as const) {
        if (v !== undefined && (typeof v !== "string" || !VERSION.test(v)))
            throw new AzurePolicyInputError(
                `${where}: ${at} is ${JSON.stringify(v)}; expected {Major}.{Minor}.{Patch}, optionally with -preview or -deprecated (e.g. 1.2.0)`,
            );
    }
    return str(doc.version) ?? str(meta.version);
}

/** One parsed document (already merged with its `properties`). */
function fromJson(input: Json, where: string): PolicyDocument {
    const raw = keysAs(input, DOC_KEYS, where);
    const doc: Json = isObject(raw.properties) ? { ...raw, ...keysAs(raw.properties, DOC_KEYS, `${where}: properties`) } : raw;
    const id = str(doc.id) ?? "";
    const name = str(doc.name) ?? lastSegment(id);
    const displayName = str(doc.displayName) ?? name;
    if (isObject(doc.policyRule)) {
        const at = `${where} (policy definition ${displayName})`;
        const rule = canonicalRule(doc.policyRule, at);
        const parameters = parameterDefinitions(doc.parameters, `${where}: parameters`);
        checkEffect(rule.then.effect, parameters, at);
        checkRuleLimits(rule, at);
        const version = versionOf(doc, at);
        return {
            kind: "definition",
            id: id || `/providers/Microsoft.Authorization/policyDefinitions/${name}`,
            name,
            displayName,
            mode: str(doc.mode) ?? "Indexed",
            parameters,
            rule,
            ...(version ? { version } : {}),
            source: where,
        };
    }
    if (Array.isArray(doc.policyDefinitions)) {
        versionOf(doc, `${where} (initiative ${displayName})`);
        const members = doc.policyDefinitions.map((raw: unknown, i) => {
            const m = isObject(raw) ? keysAs(raw, DOC_KEYS, `${where}: policyDefinitions[${i}]`) : raw;
            if (!isObject(m) || typeof m.policyDefinitionId !== "string")
                throw new AzurePolicyInputError(`${where}: policyDefinitions[${i}] needs a policyDefinitionId`);
            return {
                policyDefinitionId: m.policyDefinitionId,
                referenceId: str(m.policyDefinitionReferenceId) ?? lastSegment(m.policyDefinitionId),
                parameters: parameterValues(m.parameters, `${where}: policyDefinitions[${i}].parameters`),
            };
        });
        return {
            kind: "set",
            id: id || `/providers/Microsoft.Authorization/policySetDefinitions/${name}`,
            name,
            displayName,
            parameters: parameterDefinitions(doc.parameters, `${where}: parameters`),
            members,
            source: where,
        };
    }
    if (typeof doc.policyAssignmentId === "string") {
        const expiresOn = str(doc.expiresOn);
        return {
            kind: "exemption",
            id,
            name,
            displayName,
            scope: str(doc.scope) ?? scopeOfId(id),
            policyAssignmentId: doc.policyAssignmentId,
            referenceIds: strings(doc.policyDefinitionReferenceIds, `${where}: policyDefinitionReferenceIds`),
            category: str(doc.exemptionCategory) ?? "Waiver",
            ...(expiresOn ? { expiresOn } : {}),
            resourceSelectors: resourceSelectors(doc.resourceSelectors, `${where}: resourceSelectors`),
            source: where,
        };
    }
    if (typeof doc.policyDefinitionId === "string") {
        const definitionVersion = doc.definitionVersion;
        if (definitionVersion !== undefined && (typeof definitionVersion !== "string" || !DEFINITION_VERSION.test(definitionVersion))) {
            throw new AzurePolicyInputError(
                `${where}: definitionVersion is ${JSON.stringify(definitionVersion)}; expected #.*.* or #.#.* (e.g. 1.*.*) (assignment ${displayName})`,
            );
        }
        const mode = str(doc.enforcementMode) ?? "Default";
        if (!/^(default|donotenforce)$/i.test(mode))
            throw new AzurePolicyInputError(`${where}: enforcementMode is "${mode}"; accepted: Default, DoNotEnforce (assignment ${displayName})`);
        const scope = str(doc.scope) ?? scopeOfId(id);
        if (!scope) throw new AzurePolicyInputError(`${where}: assignment ${displayName} has no scope and no id to read it from`);
        const overrides = (Array.isArray(doc.overrides) ? doc.overrides : []).map((raw: unknown, i) => {
            const o = isObject(raw) ? keysAs(raw, ["kind", "value", "selectors"], `${where}: overrides[${i}]`) : raw;
            if (!isObject(o) || typeof o.value !== "string") throw new AzurePolicyInputError(`${where}: overrides[${i}] needs a "value" (an effect)`);
            const kind = str(o.kind) ?? "policyEffect";
            // Azure validates an override's effect before it creates the assignment (assignment-structure#overrides).
            if (/^policyeffect$/i.test(kind) && !isEffect(o.value))
                throw new AzurePolicyInputError(
                    `${where}: overrides[${i}] sets effect "${o.value}", which is not an Azure Policy effect; accepted: ${EFFECTS.join(", ")} (assignment ${displayName})`,
                );
            if (/^policyversion$/i.test(kind) && !DEFINITION_VERSION.test(o.value))
                throw new AzurePolicyInputError(`${where}: overrides[${i}] sets version "${o.value}"; expected #.*.* or #.#.* (assignment ${displayName})`);
            return { kind, value: o.value, selectors: selectors(o.selectors, `${where}: overrides[${i}].selectors`) };
        });
        return {
            kind: "assignment",
            id: id || `${scope}/providers/Microsoft.Authorization/policyAssignments/${name}`,
            name,
            displayName,
            scope,
            notScopes: strings(doc.notScopes, `${where}: notScopes`),
            policyDefinitionId: doc.policyDefinitionId,
            ...(typeof definitionVersion === "string" ? { definitionVersion } : {}),
            parameters: parameterValues(doc.parameters, `${where}: parameters`),
            enforcementMode: /^donotenforce$/i.test(mode) ? "DoNotEnforce" : "Default",
            overrides,
            resourceSelectors: resourceSelectors(doc.resourceSelectors, `${where}: resourceSelectors`),
            source: where,
        };
    }
    const keys = Object.keys(doc).slice(0, 6).join(", ") || "none";
    throw new AzurePolicyInputError(
        `${where} is not an Azure Policy document (keys: ${keys}); accepted: a policy definition ("policyRule"), a policy set definition ("policyDefinitions"), an assignment ("policyDefinitionId") or an exemption ("policyAssignmentId")`,
    );
}

/**
 * JSON nesting beyond which a document is refused before it is read: room for Azure's 512 levels
 * of nested conditions (two JSON levels each for allOf/anyOf), and a bound on every recursive walk.
 */
const MAX_JSON_DEPTH = 1100;

function checkDepth(doc: unknown, where: string): void {
    const stack: [unknown, number][] = [[doc, 1]];
    while (stack.length) {
        const [v, depth] = stack.pop() as [unknown, number];
        if (v === null || typeof v !== "object") continue;
        if (depth > MAX_JSON_DEPTH)
            throw new AzurePolicyInputError(`${where} nests JSON more than ${MAX_JSON_DEPTH} levels deep; a policy document Azure accepts does not`);
        for (const c of Array.isArray(v) ? v : Object.values(v)) stack.push([c, depth + 1]);
    }
}

/** Parses one JSON document (object or array of objects). */
export function documentsFrom(doc: unknown, where: string): PolicyDocument[] {
    checkDepth(doc, where);
    const list = Array.isArray(doc) ? doc : [doc];
    return list.map((d, i) => {
        const at = Array.isArray(doc) ? `${where}[${i}]` : where;
        if (!isObject(d)) throw new AzurePolicyInputError(`${at} is not a JSON object`);
        return fromJson(d, at);
    });
}

/**
 * The `*.json` files under a path, sorted, read through symbolic links. A dangling link, a link
 * loop, a directory reached twice through links, or anything that is not a regular file or a
 * directory (a FIFO would block the read) is refused, naming the path.
 */
function jsonFiles(p: string): string[] {
    const out: string[] = [];
    const visited = new Set<string>();
    const visit = (entry: string, given: boolean): void => {
        let real: string;
        let stat: fs.Stats;
        try {
            real = fs.realpathSync(entry);
            stat = fs.statSync(real);
        } catch (e) {
            const code = (e as NodeJS.ErrnoException).code;
            const isLink = (() => {
                try {
                    return fs.lstatSync(entry).isSymbolicLink();
                } catch {
                    return false;
                }
            })();
            if (code === "ELOOP") throw new AzurePolicyInputError(`cannot read ${entry}: a symbolic link loop`);
            if (isLink) throw new AzurePolicyInputError(`cannot read ${entry}: a symbolic link to ${fs.readlinkSync(entry)}, which does not exist`);
            throw new AzurePolicyInputError(`cannot read ${entry}: ${code === "ENOENT" ? "no such file or directory" : (code ?? (e as Error).message)}`);
        }
        if (stat.isDirectory()) {
            if (visited.has(real)) throw new AzurePolicyInputError(`cannot read ${entry}: a symbolic link loop (it leads back to ${real}, already read)`);
            visited.add(real);
            let names: string[];
            try {
                names = fs.readdirSync(real).sort();
            } catch (e) {
                throw new AzurePolicyInputError(`cannot read directory ${entry}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
            }
            for (const name of names) {
                const full = path.join(entry, name);
                let follow = name.toLowerCase().endsWith(".json");
                try {
                    const l = fs.lstatSync(full);
                    follow ||= l.isDirectory() || l.isSymbolicLink(); // every link is followed, so a dangling one is named
                } catch {
                    follow = true;
                }
                if (follow) visit(full, false);
            }
            return;
        }
        if (!stat.isFile()) throw new AzurePolicyInputError(`cannot read ${entry}: not a regular file or a directory`);
        if (given || entry.toLowerCase().endsWith(".json")) out.push(entry);
    };
    visit(p, true);
    return out;
}

/** Larger files are refused: Azure takes at most 1 MiB per definition, initiative or assignment. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** Reads files and directories of policy documents, grouped by kind, and checks the assignments' versions against them. */
export function readPolicyInputs(paths: readonly string[]): PolicyInputs {
    const out: PolicyInputs = { definitions: [], sets: [], assignments: [], exemptions: [] };
    for (const p of paths) {
        for (const file of jsonFiles(p)) {
            if (fs.statSync(file).size > MAX_FILE_BYTES)
                throw new AzurePolicyInputError(`${file} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; Azure takes at most 1 MiB per policy document`);
            // One reader for outside JSON (BOM, UTF-16, empty, truncated: one line), at this kind's own depth.
            const doc = readJsonInput(
                file,
                (m) => new AzurePolicyInputError(m),
                "Azure Policy definitions, set definitions, assignments or exemptions as Azure publishes them",
                { maxDepth: MAX_JSON_DEPTH },
            );
            for (const d of documentsFrom(doc, file)) {
                if (d.kind === "definition") out.definitions.push(d);
                else if (d.kind === "set") out.sets.push(d);
                else if (d.kind === "assignment") out.assignments.push(d);
                else out.exemptions.push(d);
            }
        }
    }
    checkVersions(out);
    return out;
}

/**
 * An assignment that pins `definitionVersion` must find that version among the given definitions:
 * `2.*.*` against a file of version 1.0.0 would judge with rules Azure does not use.
 */
export function checkVersions(inputs: PolicyInputs): void {
    for (const a of inputs.assignments) {
        if (!a.definitionVersion) continue;
        const target = [...inputs.definitions, ...inputs.sets].find(
            (d) => d.id.toLowerCase() === a.policyDefinitionId.toLowerCase() || d.name.toLowerCase() === lastSegment(a.policyDefinitionId).toLowerCase(),
        );
        const version = target?.kind === "definition" ? target.version : undefined;
        if (!target || !version) continue;
        const [major, minor] = a.definitionVersion.split(".");
        const [vMajor, vMinor] = version.split(".");
        if (major !== vMajor || (minor !== "*" && minor !== vMinor)) {
            throw new AzurePolicyInputError(
                `${a.source}: assignment ${a.displayName} evaluates version ${a.definitionVersion} of ${target.displayName}, but ${target.source} is version ${version}; export the version the assignment uses`,
            );
        }
    }
}
