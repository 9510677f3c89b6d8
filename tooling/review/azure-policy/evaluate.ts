/**
 * Evaluates the tenant's Azure Policy assignments against a plan's resource records, offline:
 * per resource, the modify and append effects of every assignment change the request first,
 * then deny, audit, the if-not-exists effects and denyAction judge the changed request (Azure's
 * order: https://learn.microsoft.com/azure/governance/policy/concepts/effect-basics#order-of-evaluation).
 */
import { PolicyRecord } from "../../model/records";
import { canonicalEffect, exemptionFor, inScope, overrideFor, selected, Unit, unitsOf } from "./assignments";
import { evaluateCondition, policyEquals, resolveValue, Verdict } from "./conditions";
import { AzurePolicyInputError, EFFECTS, PolicyInputs } from "./definitions";
import { applyRequestChange, Environment, ifNotExists, modifyOrAppend, Outcome, Result, ruleContext } from "./effects";
import { EvaluationError, isUnknown, PolicyLimitError, UnsupportedError, Value } from "./expression";
import { Operation, withCopiedBody } from "./modify";
import { linkResources, PolicyResource, policyResource, ReadOnlyMode } from "./resource";

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
    return {
        assignment: unit.assignment.displayName,
        definition: unit.referenceId && unit.set ? `${def} [${unit.set.displayName} / ${unit.referenceId}]` : def,
    };
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
    if (exemption)
        return {
            row: {
                ...base,
                outcome: "not-evaluated",
                reason: `exempt: exemption ${exemption.displayName} (${exemption.category}${exemption.expiresOn ? `, until ${exemption.expiresOn}` : ""})`,
            },
        };
    let raw: ReturnType<typeof resolveValue>;
    try {
        raw = overrideFor(unit, resource) ?? resolveValue(definition.rule.then.effect, ruleContext(unit, resource, env, "absent"));
    } catch (e) {
        if (e instanceof UnsupportedError || e instanceof EvaluationError)
            return { row: { ...base, outcome: "not-evaluated", reason: `the effect cannot be resolved: ${e.message}` } };
        throw e;
    }
    if (isUnknown(raw)) return { row: { ...base, outcome: "not-evaluated", reason: raw.reason } };
    const effect = canonicalEffect(raw);
    // Azure refuses an assignment whose effect is not one (assignment-structure#overrides, effect-basics).
    if (!effect)
        throw new AzurePolicyInputError(
            `${a.source}: assignment ${a.displayName} gives ${definition.displayName} the effect ${JSON.stringify(raw)}, which is not an Azure Policy effect; accepted: ${EFFECTS.join(", ")}`,
        );
    if (effect === "disabled") return "skip";
    if (["manual", "addToNetworkGroup", "mutate", "enforceRegoPolicy", "enforceSetting"].includes(effect))
        return { row: { ...base, effect, outcome: "not-evaluated", reason: `effect ${effect} does not act on Resource Manager requests` } };
    return { effect };
}

function enforcementCheck(unit: Unit, row: Result): Result {
    if (unit.assignment.enforcementMode !== "DoNotEnforce" || ["compliant", "not-evaluated", "audit", "auditIfNotExists"].includes(row.outcome)) return row;
    const { blocking: _blocking, ...rest } = row;
    return { ...rest, outcome: "audit", reason: `enforcementMode is DoNotEnforce: Azure only reports what it would do (${row.outcome}): ${row.reason}` };
}

/** A modify or append whose rule matched, with the operations it would apply, before conflicts are settled. */
interface PendingChange {
    kind: "pending";
    effect: "modify" | "append";
    ops: { op: Operation; tag?: string }[];
    conflictEffect: string;
    matched: Verdict;
    base: Omit<Result, "outcome" | "reason">;
}

/** One unit on one resource; with `defer`, a matching modify/append returns its pending change instead of applying it. */
function evaluateUnit(unit: Unit, effect: string, resource: PolicyResource, env: Environment, defer = false): Result | PendingChange {
    const definition = unit.definition as NonNullable<Unit["definition"]>;
    const base = { ...label(unit), effect, urn: resource.record.urn };
    const readOnly: ReadOnlyMode = REQUEST_TIME.has(effect) ? "absent" : "unknown";
    const ctx = ruleContext(unit, resource, env, readOnly);
    try {
        if (effect === "denyAction" || effect === "auditAction") return denyAction(unit, resource, env, base, effect === "auditAction");
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
                    return {
                        ...base,
                        outcome: "audit",
                        reason: `enforcementMode is DoNotEnforce: the ${effect} is not applied, the resource is reported non-compliant (${matched.why.join("; ")})`,
                    };
                }
                if (change.problems.length && !change.ops.length) return { ...base, outcome: "not-evaluated", reason: change.problems.join("; ") };
                if (defer) return { kind: "pending", effect, ops: change.ops, conflictEffect: change.conflictEffect, matched, base };
                return applyRequestChange(effect, change.ops, resource, base, matched);
            }
            case "auditIfNotExists":
            case "deployIfNotExists":
                return enforcementCheck(unit, ifNotExists(effect, details, ctx, env, base, matched));
            default:
                return { ...base, outcome: "not-evaluated", reason: `effect ${effect} is not evaluated offline` };
        }
    } catch (e) {
        // A limit Azure enforces when the definition is created or assigned: Azure would have refused it.
        if (e instanceof PolicyLimitError)
            throw new AzurePolicyInputError(`${definition.source}: ${definition.displayName} (assignment ${unit.assignment.displayName}): ${e.message}`);
        if (e instanceof UnsupportedError) return { ...base, outcome: "not-evaluated", reason: e.message };
        if (e instanceof EvaluationError) {
            return enforcementCheck(unit, {
                ...base,
                outcome: "deny",
                blocking: true,
                reason: `Azure fails this evaluation (${e.message}); a failed evaluation is an implicit deny`,
            });
        }
        throw e;
    }
}

/** What an operation leaves at its property, or undefined when it leaves the request as it is (add on a set property). */
function written(op: Operation, tag: string | undefined, body: Record<string, unknown>): { value: unknown } | undefined {
    const path = tag !== undefined ? ["tags", tag] : op.property.includes("[*]") ? undefined : op.property.split(".");
    let current: unknown = body;
    for (const key of path ?? [])
        current =
            current !== null && typeof current === "object" && !Array.isArray(current)
                ? Object.entries(current).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1]
                : undefined;
    if (path && op.operation === "add" && current !== undefined) return undefined;
    if (op.operation === "remove") return path && current === undefined ? undefined : { value: "(removed)" };
    return { value: op.value };
}

/**
 * Applies the pending modify and append changes of one resource, in order, after settling
 * conflicts: two modify definitions that leave one property with different values follow their
 * `conflictEffect` (default deny). The one with deny takes precedence and applies; those with
 * audit skip all their operations; two or more with deny deny the request as a conflict; with
 * none on deny, no conflicting operation is applied.
 * https://learn.microsoft.com/azure/governance/policy/concepts/effect-modify#modify-properties
 */
function settleChanges(resource: PolicyResource, pending: { unit: number; change: PendingChange }[]): { unit: number; result: Result }[] {
    const writers = new Map<string, { at: number; value: unknown }[]>();
    pending.forEach(({ change }, at) => {
        if (change.effect !== "modify") return;
        for (const { op, tag } of change.ops) {
            const w = written(op, tag, resource.body);
            if (!w) continue;
            const key = (tag !== undefined ? `tags.${tag}` : op.property).toLowerCase();
            writers.set(key, [...(writers.get(key) ?? []), { at, value: w.value }]);
        }
    });
    // Pending changes that conflict, with the properties and the other definitions involved.
    const conflicts = new Map<number, { properties: Set<string>; with: Set<number> }>();
    for (const [key, list] of writers) {
        const units = [...new Set(list.map((w) => w.at))];
        if (units.length < 2 || list.every((w) => policyEquals(w.value as Value, list[0].value as Value))) continue;
        for (const at of units) {
            const c = conflicts.get(at) ?? { properties: new Set<string>(), with: new Set<number>() };
            c.properties.add(key);
            units.filter((u) => u !== at).forEach((u) => c.with.add(u));
            conflicts.set(at, c);
        }
    }
    const effectOf = (at: number) => (["audit", "deny", "disabled"].includes(pending[at].change.conflictEffect) ? pending[at].change.conflictEffect : "deny");
    const denying = [...conflicts.keys()].filter((at) => effectOf(at) === "deny");
    return pending.map(({ unit, change }, at) => {
        const c = conflicts.get(at);
        if (!c) return { unit, result: applyRequestChange(change.effect, change.ops, resource, change.base, change.matched) };
        const others = [...c.with].map((u) => pending[u].change.base.definition).join(", ");
        const what = `its modify conflicts with ${others} on ${[...c.properties].join(", ")} (different values)`;
        const own = effectOf(at);
        if (own === "deny" && denying.length === 1) {
            return { unit, result: applyRequestChange(change.effect, change.ops, resource, change.base, change.matched) };
        }
        if (own === "deny")
            return {
                unit,
                result: {
                    ...change.base,
                    outcome: "deny",
                    blocking: true,
                    reason: `${what}; more than one of them has conflictEffect deny, so Azure denies the request as a conflict`,
                },
            };
        const winner =
            denying.length === 1
                ? `; ${pending[denying[0]].change.base.definition} (conflictEffect deny) takes precedence`
                : denying.length
                  ? ""
                  : "; none has conflictEffect deny, so no conflicting operation is applied";
        if (own === "audit")
            return {
                unit,
                result: {
                    ...change.base,
                    outcome: "audit",
                    reason: `${what}; conflictEffect audit skips all its operations and reports the resource non-compliant${winner}`,
                },
            };
        return { unit, result: { ...change.base, outcome: "compliant", reason: `${what}; conflictEffect disabled skips all its operations${winner}` } };
    });
}

/**
 * denyAction blocks the deletes of this change; creates and updates are never blocked, and a
 * resource it only protects is compliant. auditAction reports the same deletes without blocking.
 * https://learn.microsoft.com/azure/governance/policy/concepts/effect-deny-action
 */
function denyAction(unit: Unit, resource: PolicyResource, env: Environment, base: Omit<Result, "outcome" | "reason">, auditOnly = false): Result {
    const definition = unit.definition as NonNullable<Unit["definition"]>;
    const old = env.removals?.get(resource.record.urn);
    const target = old ?? resource;
    const matched = evaluateCondition(definition.rule.if, ruleContext(unit, target, env, "unknown"));
    if (isUnknown(matched.result)) return { ...base, outcome: "not-evaluated", reason: matched.result.reason };
    if (!matched.result) return { ...base, outcome: "compliant", reason: matched.why.join("; ") };
    const actions = resolveValue(
        (definition.rule.then.details as { actionNames?: unknown } | undefined)?.actionNames ?? [],
        ruleContext(unit, target, env, "unknown"),
    );
    const deletes = Array.isArray(actions) && actions.some((a) => typeof a === "string" && a.toLowerCase() === "delete");
    if (!deletes) return { ...base, outcome: "compliant", reason: "denyAction names no delete action" };
    if (target.armType === "Microsoft.Authorization/locks") return { ...base, outcome: "compliant", reason: "locks are exempt from denyAction" };
    if (!env.removals)
        return {
            ...base,
            outcome: "not-evaluated",
            reason: `denyAction blocks deleting this resource (${matched.why.join("; ")}); this input has no diff, so whether the change deletes or replaces it is not known (give a preview, --base, or run npm run review)`,
        };
    if (!old)
        return { ...base, outcome: "compliant", reason: `protected from deletion (${matched.why.join("; ")}); this change neither deletes nor replaces it` };
    if (auditOnly)
        return {
            ...base,
            outcome: "audit",
            reason: `this change deletes or replaces the resource; auditAction records the delete without blocking it (${matched.why.join("; ")})`,
        };
    return enforcementCheck(unit, {
        ...base,
        outcome: "denyAction",
        blocking: true,
        reason: `this change deletes or replaces the resource, and denyAction blocks its delete (${matched.why.join("; ")})`,
    });
}

/** Evaluates every assignment (or, without assignments, every definition with its defaults) on the records. */
export function evaluateAzurePolicy(records: readonly PolicyRecord[], inputs: PolicyInputs, options: AzurePolicyOptions = {}): AzurePolicySection {
    const subscription = options.subscription ?? subscriptionOf(records);
    const now = options.now ?? new Date();
    const head = records.map((r) => policyResource(r, subscription ?? OFFLINE_SUBSCRIPTION)).filter((r): r is PolicyResource => r !== undefined);
    const removed = options.removals?.map((r) => policyResource(r, subscription ?? OFFLINE_SUBSCRIPTION)).filter((r): r is PolicyResource => r !== undefined);
    linkResources(head);
    if (removed) linkResources(removed);
    const working = head.map(withCopiedBody);
    const env: Environment = {
        resources: working,
        ...(subscription ? { subscription } : {}),
        now,
        ...(removed ? { removals: new Map(removed.map((r) => [r.record.urn, r])) } : {}),
    };
    const units = unitsOf(inputs);
    const results: Result[] = [];
    for (const unit of units.filter((u) => u.problem))
        results.push({ ...label(unit), effect: "", urn: "", outcome: "not-evaluated", reason: unit.problem as string });
    const ready = units.filter((u) => !u.problem);
    const deletedOnly = (removed ?? []).filter((r) => !head.some((h) => h.record.urn === r.record.urn));
    // Modify and append change each resource's request before anything else judges it.
    const rows: { resource: number; unit: number; result: Result }[] = [];
    working.forEach((resource, ri) => {
        const pending: { unit: number; change: PendingChange }[] = [];
        ready.forEach((unit, ui) => {
            const g = gate(unit, resource, inputs, env);
            if (g === "skip" || !("effect" in g) || (g.effect !== "modify" && g.effect !== "append")) return;
            const r = evaluateUnit(unit, g.effect, resource, env, true);
            if ("kind" in r) pending.push({ unit: ui, change: r });
            else rows.push({ resource: ri, unit: ui, result: r });
        });
        for (const { unit, result } of settleChanges(resource, pending)) rows.push({ resource: ri, unit, result });
    });
    working.forEach((resource, ri) =>
        ready.forEach((unit, ui) => {
            const g = gate(unit, resource, inputs, env);
            if (g === "skip" || ("effect" in g && (g.effect === "modify" || g.effect === "append"))) return;
            rows.push({ resource: ri, unit: ui, result: "effect" in g ? (evaluateUnit(unit, g.effect, resource, env) as Result) : g.row });
        }),
    );
    // Resources this change deletes are judged by denyAction alone, as they were.
    deletedOnly.forEach((resource, di) =>
        ready.forEach((unit, ui) => {
            const g = gate(unit, resource, inputs, env);
            if (g !== "skip" && "effect" in g && (g.effect === "denyAction" || g.effect === "auditAction"))
                rows.push({ resource: working.length + di, unit: ui, result: evaluateUnit(unit, g.effect, resource, env) as Result });
        }),
    );
    rows.sort((a, b) => a.resource - b.resource || a.unit - b.unit);
    // The documented shape first: { assignment, definition, effect, urn, outcome, reason, ... }.
    for (const {
        result: { assignment, definition, effect, urn, outcome, reason, ...rest },
    } of rows)
        results.push({ assignment, definition, effect, urn, outcome, reason, ...rest });
    const summary: Partial<Record<Outcome, number>> = {};
    for (const r of results) summary[r.outcome] = (summary[r.outcome] ?? 0) + 1;
    const notes: string[] = [];
    if (!subscription)
        notes.push(
            "The subscription is not known offline: assignments at any subscription scope are taken to cover this stack, and management-group assignments always are.",
        );
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
