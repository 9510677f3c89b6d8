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
import { isObject, Json } from "../../model/json";

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
    if (!Array.isArray(v) || !v.every((s) => typeof s === "string")) throw new AzurePolicyInputError(`${where} must be an array of strings; got ${JSON.stringify(v).slice(0, 80)}`);
    return v;
}

function selectors(v: unknown, where: string): Selector[] {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw new AzurePolicyInputError(`${where} must be an array of selectors ({ kind, in | notIn })`);
    return v.map((s, i) => {
        if (!isObject(s) || typeof s.kind !== "string") throw new AzurePolicyInputError(`${where}[${i}] needs a "kind"`);
        return { kind: s.kind, ...(s.in !== undefined ? { in: strings(s.in, `${where}[${i}].in`) } : {}), ...(s.notIn !== undefined ? { notIn: strings(s.notIn, `${where}[${i}].notIn`) } : {}) };
    });
}

function resourceSelectors(v: unknown, where: string) {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw new AzurePolicyInputError(`${where} must be an array`);
    return v.map((r, i) => ({ name: isObject(r) ? String(r.name ?? i) : String(i), selectors: selectors(isObject(r) ? r.selectors : undefined, `${where}[${i}].selectors`) }));
}

function parameterDefinitions(v: unknown, where: string): Record<string, ParameterDefinition> {
    if (v === undefined || v === null) return {};
    if (!isObject(v)) throw new AzurePolicyInputError(`${where} must be an object of parameter definitions`);
    return Object.fromEntries(Object.entries(v).map(([k, p]) => [k, isObject(p) ? (p as ParameterDefinition) : {}]));
}

/** Assignment parameter values: `{ name: { value } }`. */
function parameterValues(v: unknown, where: string): Record<string, unknown> {
    if (v === undefined || v === null) return {};
    if (!isObject(v)) throw new AzurePolicyInputError(`${where} must be an object of { "<name>": { "value": ... } }`);
    return Object.fromEntries(
        Object.entries(v).map(([k, p]) => {
            if (!isObject(p) || !("value" in p)) throw new AzurePolicyInputError(`${where}.${k} must be { "value": ... }; got ${JSON.stringify(p).slice(0, 80)}`);
            return [k, p.value];
        }),
    );
}

/** The scope an assignment or exemption lives at: its id up to `/providers/Microsoft.Authorization/`. */
function scopeOfId(id: string): string {
    const i = id.toLowerCase().lastIndexOf("/providers/microsoft.authorization/");
    return i > 0 ? id.slice(0, i) : "";
}

/** One parsed document (already merged with its `properties`). */
function fromJson(raw: Json, where: string): PolicyDocument {
    const doc: Json = isObject(raw.properties) ? { ...raw, ...raw.properties } : raw;
    const id = str(doc.id) ?? "";
    const name = str(doc.name) ?? lastSegment(id);
    const displayName = str(doc.displayName) ?? name;
    if (isObject(doc.policyRule)) {
        const rule = doc.policyRule;
        if (!isObject(rule.if) || !isObject(rule.then) || rule.then.effect === undefined) {
            throw new AzurePolicyInputError(`${where}: policyRule needs "if" and "then.effect" (policy definition ${displayName})`);
        }
        return { kind: "definition", id: id || `/providers/Microsoft.Authorization/policyDefinitions/${name}`, name, displayName, mode: str(doc.mode) ?? "Indexed", parameters: parameterDefinitions(doc.parameters, `${where}: parameters`), rule: { if: rule.if, then: rule.then }, source: where };
    }
    if (Array.isArray(doc.policyDefinitions)) {
        const members = doc.policyDefinitions.map((m, i) => {
            if (!isObject(m) || typeof m.policyDefinitionId !== "string") throw new AzurePolicyInputError(`${where}: policyDefinitions[${i}] needs a policyDefinitionId`);
            return { policyDefinitionId: m.policyDefinitionId, referenceId: str(m.policyDefinitionReferenceId) ?? lastSegment(m.policyDefinitionId), parameters: parameterValues(m.parameters, `${where}: policyDefinitions[${i}].parameters`) };
        });
        return { kind: "set", id: id || `/providers/Microsoft.Authorization/policySetDefinitions/${name}`, name, displayName, parameters: parameterDefinitions(doc.parameters, `${where}: parameters`), members, source: where };
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
        const mode = str(doc.enforcementMode) ?? "Default";
        if (!/^(default|donotenforce)$/i.test(mode)) throw new AzurePolicyInputError(`${where}: enforcementMode is "${mode}"; accepted: Default, DoNotEnforce (assignment ${displayName})`);
        const scope = str(doc.scope) ?? scopeOfId(id);
        if (!scope) throw new AzurePolicyInputError(`${where}: assignment ${displayName} has no scope and no id to read it from`);
        const overrides = (Array.isArray(doc.overrides) ? doc.overrides : []).map((o, i) => {
            if (!isObject(o) || typeof o.value !== "string") throw new AzurePolicyInputError(`${where}: overrides[${i}] needs a "value" (an effect)`);
            return { kind: str(o.kind) ?? "policyEffect", value: o.value, selectors: selectors(o.selectors, `${where}: overrides[${i}].selectors`) };
        });
        return {
            kind: "assignment",
            id: id || `${scope}/providers/Microsoft.Authorization/policyAssignments/${name}`,
            name,
            displayName,
            scope,
            notScopes: strings(doc.notScopes, `${where}: notScopes`),
            policyDefinitionId: doc.policyDefinitionId,
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

/** Parses one JSON document (object or array of objects). */
export function documentsFrom(doc: unknown, where: string): PolicyDocument[] {
    const list = Array.isArray(doc) ? doc : [doc];
    return list.map((d, i) => {
        const at = Array.isArray(doc) ? `${where}[${i}]` : where;
        if (!isObject(d)) throw new AzurePolicyInputError(`${at} is not a JSON object`);
        return fromJson(d, at);
    });
}

function jsonFiles(p: string): string[] {
    let stat: fs.Stats;
    try {
        stat = fs.statSync(p);
    } catch {
        throw new AzurePolicyInputError(`cannot read ${p}: no such file or directory`);
    }
    if (!stat.isDirectory()) return [p];
    return fs
        .readdirSync(p)
        .sort()
        .flatMap((e) => {
            const full = path.join(p, e);
            return fs.statSync(full).isDirectory() ? jsonFiles(full) : e.toLowerCase().endsWith(".json") ? [full] : [];
        });
}

/** Reads files and directories of policy documents, grouped by kind. */
export function readPolicyInputs(paths: readonly string[]): PolicyInputs {
    const out: PolicyInputs = { definitions: [], sets: [], assignments: [], exemptions: [] };
    for (const p of paths) {
        for (const file of jsonFiles(p)) {
            let doc: unknown;
            try {
                doc = JSON.parse(fs.readFileSync(file, "utf8"));
            } catch (e) {
                throw new AzurePolicyInputError(`${file} is not JSON (${(e as Error).message})`);
            }
            for (const d of documentsFrom(doc, file)) {
                if (d.kind === "definition") out.definitions.push(d);
                else if (d.kind === "set") out.sets.push(d);
                else if (d.kind === "assignment") out.assignments.push(d);
                else out.exemptions.push(d);
            }
        }
    }
    return out;
}
