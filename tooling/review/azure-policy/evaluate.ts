/**
 * Evaluates the tenant's Azure Policy assignments against a plan's resource records, offline:
 * per resource, the modify and append effects of every assignment change the request first,
 * then deny, audit, the if-not-exists effects and denyAction judge the changed request (Azure's
 * order: https://learn.microsoft.com/azure/governance/policy/concepts/effect-basics#order-of-evaluation).
 */
import { PolicyRecord } from "../../model/records";
import { canonicalEffect, exemptionFor, inScope, overrideFor, selected, Unit, unitsOf } from "./assignments";
import { evaluateCondition, resolveValue, Verdict } from "./conditions";
import { PolicyInputs } from "./definitions";
import { applyRequestChange, Environment, ifNotExists, modifyOrAppend, Outcome, Result, ruleContext } from "./effects";
import { EvaluationError, isUnknown, UnsupportedError } from "./expression";
import { withCopiedBody } from "./modify";
import { PolicyResource, policyResource, ReadOnlyMode } from "./resource";

export type { Outcome, Result } from "./effects";

export interface AzurePolicyOptions {
    /** The subscription the stack deploys to; else read from the records' ids (the offline plan's placeholder does not count). */
    subscription?: string;
    /** The clock for utcNow() and exemption expiry. */
    now?: Date;
    /** The current state of resources this change deletes or replaces; undefined when the input has no diff. */
    removals?: readonly PolicyRecord[];
}

export interface AzurePolicySection {
    subscription: string | null;
    definitions: number;
    assignments: number;
    results: Result[];
    summary: Partial<Record<Outcome, number>>;
    /** Deny and denyAction results Azure enforces: the deployment would fail. */
    blocking: number;
    notes: string[];
}

const OFFLINE_SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";
const SUBSCRIPTION_IN = /\/subscriptions\/([0-9a-fA-F-]{36})(?:\/|$)/;

/** The first subscription id the records mention that is not the offline plan's placeholder. */
export function subscriptionOf(records: readonly PolicyRecord[]): string | undefined {
    for (const r of records) {
        for (const m of JSON.stringify(r.inputs).matchAll(new RegExp(SUBSCRIPTION_IN, "g"))) if (m[1] !== OFFLINE_SUBSCRIPTION) return m[1];
    }
    return undefined;
}

const REQUEST_TIME = new Set(["deny", "modify", "append"]);

function label(unit: Unit): { assignment: string; definition: string } {
    const def = unit.definition?.displayName ?? unit.set?.displayName ?? unit.assignment.policyDefinitionId;
    return { assignment: unit.assignment.displayName, definition: unit.referenceId && unit.set ? `${def} [${unit.set.displayName} / ${unit.referenceId}]` : def };
}

/** Where the assignment does not reach the resource: undefined; where it reaches but does not evaluate: a row. */
function gate(unit: Unit, resource: PolicyResource, inputs: PolicyInputs, env: Environment): "skip" | { row: Result } | { effect: string } {
    const definition = unit.definition;
    if (!definition) return "skip";
    const mode = definition.mode.toLowerCase();
    if (mode !== "all" && mode !== "indexed") return "skip"; // resource provider modes judge components, not ARM resources
    if (mode === "indexed" && !resource.info.indexed) return "skip";
    const a = unit.assignment;
    if (!inScope(a.scope.replace("{subscription}", env.subscription ?? "{subscription}"), resource, env.subscription)) return "skip";
    if (!selected(a.resourceSelectors, resource)) return "skip";
    const base = { ...label(unit), effect: "", urn: resource.record.urn };
    const excluded = a.notScopes.find((s) => inScope(s, resource, env.subscription));
    if (excluded) return { row: { ...base, outcome: "not-evaluated", reason: `excluded by the assignment's notScopes (${excluded})` } };
    const exemption = exemptionFor(unit, resource, inputs.exemptions, env.subscription, env.now);
    if (exemption) return { row: { ...base, outcome: "not-evaluated", reason: `exempt: exemption ${exemption.displayName} (${exemption.category}${exemption.expiresOn ? `, until ${exemption.expiresOn}` : ""})` } };
    let raw: ReturnType<typeof resolveValue>;
    try {
        raw = overrideFor(unit, resource) ?? resolveValue(definition.rule.then.effect, ruleContext(unit, resource, env, "absent"));
    } catch (e) {
        if (e instanceof UnsupportedError || e instanceof EvaluationError) return { row: { ...base, outcome: "not-evaluated", reason: `the effect cannot be resolved: ${e.message}` } };
        throw e;
    }
    if (isUnknown(raw)) return { row: { ...base, outcome: "not-evaluated", reason: raw.reason } };
    const effect = canonicalEffect(raw);
    if (!effect) return { row: { ...base, outcome: "not-evaluated", reason: `effect ${JSON.stringify(raw)} is not an Azure Policy effect` } };
    if (effect === "disabled") return "skip";
    if (["manual", "addToNetworkGroup", "mutate"].includes(effect)) return { row: { ...base, effect, outcome: "not-evaluated", reason: `effect ${effect} does not act on Resource Manager requests` } };
    return { effect };
}

function enforcementCheck(unit: Unit, row: Result): Result {
    if (unit.assignment.enforcementMode !== "DoNotEnforce" || ["compliant", "not-evaluated", "audit", "auditIfNotExists"].includes(row.outcome)) return row;
    const { blocking: _blocking, ...rest } = row;
    return { ...rest, outcome: "audit", reason: `enforcementMode is DoNotEnforce: Azure only reports what it would do (${row.outcome}): ${row.reason}` };
}

/** One unit on one resource; `modified` is the request as modify/append left it. */
function evaluateUnit(unit: Unit, effect: string, resource: PolicyResource, env: Environment): Result {
    const definition = unit.definition as NonNullable<Unit["definition"]>;
    const base = { ...label(unit), effect, urn: resource.record.urn };
    const readOnly: ReadOnlyMode = REQUEST_TIME.has(effect) ? "absent" : "unknown";
    const ctx = ruleContext(unit, resource, env, readOnly);
    try {
        if (effect === "denyAction") return denyAction(unit, resource, env, base);
        const matched: Verdict = evaluateCondition(definition.rule.if, ctx);
        if (isUnknown(matched.result)) return { ...base, outcome: "not-evaluated", reason: matched.result.reason };
        if (!matched.result) return { ...base, outcome: "compliant", reason: matched.why.join("; ") };
        const details = definition.rule.then.details;
        switch (effect) {
            case "deny":
                return enforcementCheck(unit, { ...base, outcome: "deny", blocking: true, reason: matched.why.join("; ") });
            case "audit":
                return { ...base, outcome: "audit", reason: matched.why.join("; ") };
            case "modify":
            case "append": {
                const change = modifyOrAppend(effect, details, ctx);
                if (unit.assignment.enforcementMode === "DoNotEnforce") {
                    return { ...base, outcome: "audit", reason: `enforcementMode is DoNotEnforce: the ${effect} is not applied, the resource is reported non-compliant (${matched.why.join("; ")})` };
                }
                if (change.problems.length && !change.ops.length) return { ...base, outcome: "not-evaluated", reason: change.problems.join("; ") };
                return applyRequestChange(effect, change.ops, resource, base, matched);
            }
            case "auditIfNotExists":
            case "deployIfNotExists":
                return enforcementCheck(unit, ifNotExists(effect, details, ctx, env, base, matched));
            default:
                return { ...base, outcome: "not-evaluated", reason: `effect ${effect} is not evaluated offline` };
        }
    } catch (e) {
        if (e instanceof UnsupportedError) return { ...base, outcome: "not-evaluated", reason: e.message };
        if (e instanceof EvaluationError) {
            return enforcementCheck(unit, { ...base, outcome: "deny", blocking: true, reason: `Azure fails this evaluation (${e.message}); a failed evaluation is an implicit deny` });
        }
        throw e;
    }
}

/** denyAction blocks the deletes of this change; resources it only protects are compliant. */
function denyAction(unit: Unit, resource: PolicyResource, env: Environment, base: Omit<Result, "outcome" | "reason">): Result {
    const definition = unit.definition as NonNullable<Unit["definition"]>;
    const old = env.removals?.get(resource.record.urn);
    const target = old ?? resource;
    const matched = evaluateCondition(definition.rule.if, ruleContext(unit, target, env, "unknown"));
    if (isUnknown(matched.result)) return { ...base, outcome: "not-evaluated", reason: matched.result.reason };
    if (!matched.result) return { ...base, outcome: "compliant", reason: matched.why.join("; ") };
    const actions = resolveValue((definition.rule.then.details as { actionNames?: unknown } | undefined)?.actionNames ?? [], ruleContext(unit, target, env, "unknown"));
    const deletes = Array.isArray(actions) && actions.some((a) => typeof a === "string" && a.toLowerCase() === "delete");
    if (!deletes) return { ...base, outcome: "compliant", reason: "denyAction names no delete action" };
    if (target.armType === "Microsoft.Authorization/locks") return { ...base, outcome: "compliant", reason: "locks are exempt from denyAction" };
    if (!env.removals) return { ...base, outcome: "not-evaluated", reason: `denyAction blocks deleting this resource (${matched.why.join("; ")}); this input has no diff, so whether the change deletes or replaces it is not known (give a preview, --base, or run npm run review)` };
    if (!old) return { ...base, outcome: "compliant", reason: `protected from deletion (${matched.why.join("; ")}); this change neither deletes nor replaces it` };
    return enforcementCheck(unit, { ...base, outcome: "denyAction", blocking: true, reason: `this change deletes or replaces the resource, and denyAction blocks its delete (${matched.why.join("; ")})` });
}

/** Evaluates every assignment (or, without assignments, every definition with its defaults) on the records. */
export function evaluateAzurePolicy(records: readonly PolicyRecord[], inputs: PolicyInputs, options: AzurePolicyOptions = {}): AzurePolicySection {
    const subscription = options.subscription ?? subscriptionOf(records);
    const now = options.now ?? new Date();
    const head = records.map((r) => policyResource(r, subscription ?? OFFLINE_SUBSCRIPTION)).filter((r): r is PolicyResource => r !== undefined);
    const removed = options.removals?.map((r) => policyResource(r, subscription ?? OFFLINE_SUBSCRIPTION)).filter((r): r is PolicyResource => r !== undefined);
    const working = head.map(withCopiedBody);
    const env: Environment = { resources: working, ...(subscription ? { subscription } : {}), now, ...(removed ? { removals: new Map(removed.map((r) => [r.record.urn, r])) } : {}) };
    const units = unitsOf(inputs);
    const results: Result[] = [];
    for (const unit of units.filter((u) => u.problem)) results.push({ ...label(unit), effect: "", urn: "", outcome: "not-evaluated", reason: unit.problem as string });
    const ready = units.filter((u) => !u.problem);
    const deletedOnly = (removed ?? []).filter((r) => !head.some((h) => h.record.urn === r.record.urn));
    // Modify and append change each resource's request before anything else judges it.
    const rows: { resource: number; unit: number; result: Result }[] = [];
    working.forEach((resource, ri) =>
        ready.forEach((unit, ui) => {
            const g = gate(unit, resource, inputs, env);
            if (g !== "skip" && "effect" in g && (g.effect === "modify" || g.effect === "append")) rows.push({ resource: ri, unit: ui, result: evaluateUnit(unit, g.effect, resource, env) });
        }),
    );
    working.forEach((resource, ri) =>
        ready.forEach((unit, ui) => {
            const g = gate(unit, resource, inputs, env);
            if (g === "skip" || ("effect" in g && (g.effect === "modify" || g.effect === "append"))) return;
            rows.push({ resource: ri, unit: ui, result: "effect" in g ? evaluateUnit(unit, g.effect, resource, env) : g.row });
        }),
    );
    // Resources this change deletes are judged by denyAction alone, as they were.
    deletedOnly.forEach((resource, di) =>
        ready.forEach((unit, ui) => {
            const g = gate(unit, resource, inputs, env);
            if (g !== "skip" && "effect" in g && g.effect === "denyAction") rows.push({ resource: working.length + di, unit: ui, result: evaluateUnit(unit, g.effect, resource, env) });
        }),
    );
    rows.sort((a, b) => a.resource - b.resource || a.unit - b.unit);
    // The documented shape first: { assignment, definition, effect, urn, outcome, reason, ... }.
    results.push(...rows.map(({ result: { assignment, definition, effect, urn, outcome, reason, ...rest } }) => ({ assignment, definition, effect, urn, outcome, reason, ...rest })));
    const summary: Partial<Record<Outcome, number>> = {};
    for (const r of results) summary[r.outcome] = (summary[r.outcome] ?? 0) + 1;
    const notes: string[] = [];
    if (!subscription) notes.push("The subscription is not known offline: assignments at any subscription scope are taken to cover this stack, and management-group assignments always are.");
    if (!options.removals) notes.push("No diff in this input: denyAction can only say which resources it protects, not whether this change deletes them.");
    return {
        subscription: subscription ?? null,
        definitions: inputs.definitions.length + inputs.sets.length,
        assignments: inputs.assignments.length,
        results,
        summary,
        blocking: results.filter((r) => r.blocking).length,
        notes,
    };
}
