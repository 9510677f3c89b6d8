/**
 * What one assigned definition does to one resource, effect by effect, in Azure's order:
 * modify and append change the request first, then deny, audit, the if-not-exists effects
 * (judged against the plan's other resources) and denyAction (for deletes in a diff).
 * https://learn.microsoft.com/azure/governance/policy/concepts/effect-basics#order-of-evaluation
 */
import { Unit } from "./assignments";
import { evaluateCondition, resolveValue, RuleContext, Verdict } from "./conditions";
import { EvaluationError, isUnknown, openObject, Unknown, UnsupportedError, Value } from "./expression";
import { EXTENSION_TYPES } from "./aliases";
import { valueText } from "../../model/json";
import { applyOperations, Operation, PerpetualDiff, targetPath } from "./modify";
import { PolicyResource, ReadOnlyMode } from "./resource";

export type Outcome = "deny" | "audit" | "modify" | "append" | "deployIfNotExists" | "auditIfNotExists" | "denyAction" | "compliant" | "not-evaluated";

export interface Result {
    assignment: string;
    definition: string;
    effect: string;
    urn: string;
    outcome: Outcome;
    reason: string;
    /** A deny or denyAction Azure enforces: the deployment would fail. */
    blocking?: boolean;
    /** Modify/append: the operations Azure applies to the request. */
    operations?: { operation: string; property: string; value?: unknown }[];
    /** Modify/append on a property the program also sets: the diff that never goes away. */
    perpetualDiffs?: PerpetualDiff[];
    /** If-not-exists effects: the related resource Azure looks for, and what the plan has. */
    related?: { type: string; name?: string; found: string[] };
}

export interface Environment {
    /** Every resource of the plan (after modify/append), for related-resource lookups. */
    resources: readonly PolicyResource[];
    subscription?: string;
    now: Date;
    /** Resources this change deletes or replaces, with their current state; absent when the input has no diff. */
    removals?: ReadonlyMap<string, PolicyResource>;
}

const rgValue = (resource: PolicyResource, env: Environment): Value => {
    const rg = env.resources.find(
        (r) =>
            r.armType === "Microsoft.Resources/subscriptions/resourceGroups" &&
            typeof r.name === "string" &&
            r.name.toLowerCase() === resource.resourceGroup?.toLowerCase(),
    );
    if (!rg) return new Unknown(`resourceGroup() of ${resource.record.name}: the resource group is not in this plan`);
    return {
        id: rg.id,
        name: rg.name,
        type: rg.armType,
        location: (rg.body.location as Value) ?? null,
        tags: (rg.body.tags as Value) ?? {},
        properties: { provisioningState: "Succeeded" },
    };
};

export function ruleContext(unit: Unit, resource: PolicyResource, env: Environment, readOnly: ReadOnlyMode): RuleContext {
    const definition = unit.definition as NonNullable<Unit["definition"]>;
    return {
        resource,
        readOnly,
        parameters: unit.parameters,
        // requestContext().apiVersion is the version azure-native sends; the rest (the caller's identity) only Azure knows.
        // https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-policy-rule#policy-functions
        requestContext: openObject(
            { apiVersion: resource.info.apiVersion || new Unknown(`the API version of ${resource.record.type} is not in the offline type map`) },
            "requestContext() beyond apiVersion describes the caller of the request, which only Azure knows",
        ),
        resourceGroup: rgValue(resource, env),
        subscription: env.subscription
            ? {
                  id: `/subscriptions/${env.subscription}`,
                  subscriptionId: env.subscription,
                  displayName: new Unknown("the subscription's display name is not in the plan"),
                  tenantId: new Unknown("the tenant id is not in the plan"),
              }
            : new Unknown("the subscription is not known offline"),
        policy: {
            assignmentId: unit.assignment.id,
            definitionId: definition.id,
            setDefinitionId: unit.set?.id ?? "",
            definitionReferenceId: unit.referenceId ?? "",
        },
        now: env.now,
    };
}

const summary = (v: Verdict) => v.why.join("; ");

/** Modify or append: the operations and their consequences, or undefined when the rule does not match. */
export function modifyOrAppend(
    effect: "modify" | "append",
    details: unknown,
    ctx: RuleContext,
): { ops: { op: Operation; tag?: string }[]; conflictEffect: string; problems: string[] } {
    const problems: string[] = [];
    const ops: { op: Operation; tag?: string }[] = [];
    const list =
        effect === "append"
            ? Array.isArray(details)
                ? details
                : []
            : Array.isArray((details as { operations?: unknown })?.operations)
              ? (details as { operations: unknown[] }).operations
              : [];
    for (const raw of list) {
        const item = raw as Record<string, unknown>;
        if (item.condition !== undefined) {
            const cond = resolveValue(item.condition, ctx);
            if (isUnknown(cond)) {
                problems.push(cond.reason);
                continue;
            }
            if (cond !== true && !(typeof cond === "string" && cond.toLowerCase() === "true")) continue;
        }
        const field = resolveValue(item.field, ctx);
        if (typeof field !== "string") throw new EvaluationError(`a ${effect} field must be a string`);
        const target = targetPath(field, ctx.resource);
        if ("error" in target) throw new UnsupportedError(target.error);
        const operation =
            effect === "append"
                ? "append"
                : ((typeof item.operation === "string" ? item.operation : "").replace(/^./, (c) => c.toLowerCase()) as Operation["operation"]);
        if (!["add", "addOrReplace", "remove", "append"].includes(operation))
            throw new UnsupportedError(`modify operation '${String(item.operation)}' is not add, addOrReplace or remove`);
        const value = item.value === undefined ? undefined : resolveValue(item.value, ctx);
        if (isUnknown(value)) {
            problems.push(value.reason);
            continue;
        }
        ops.push({
            op: { operation, field, property: target.path, ...(value !== undefined ? { value } : {}) },
            ...(target.tag !== undefined ? { tag: target.tag } : {}),
        });
    }
    const conflictEffect = valueText((details as { conflictEffect?: unknown })?.conflictEffect ?? "deny").toLowerCase();
    return { ops, conflictEffect, problems };
}

/** Applies modify/append operations to the resource's request (mutating its body) and builds the result. */
export function applyRequestChange(
    effect: "modify" | "append",
    ops: { op: Operation; tag?: string }[],
    resource: PolicyResource,
    base: Omit<Result, "outcome" | "reason">,
    matched: Verdict,
): Result {
    const applied = applyOperations(resource, ops);
    const operations = applied.changed.map((o) => ({ operation: o.operation, property: o.property, ...(o.value !== undefined ? { value: o.value } : {}) }));
    if (applied.conflicts.length) {
        return {
            ...base,
            outcome: "deny",
            blocking: true,
            reason: `append conflicts with the request, so Azure denies it: ${applied.conflicts.join("; ")} (matched: ${summary(matched)})`,
        };
    }
    if (applied.unknowns.length && !applied.changed.length)
        return { ...base, outcome: "not-evaluated", reason: `the ${effect} may apply: ${applied.unknowns.join("; ")}` };
    if (!applied.changed.length && applied.skipped.length)
        return {
            ...base,
            outcome: "compliant",
            reason: `the rule matches but Azure skips the ${effect}: ${applied.skipped.join("; ")} (matched: ${summary(matched)})`,
        };
    if (!applied.changed.length)
        return { ...base, outcome: "compliant", reason: `the rule matches but the request already has the values (${summary(matched)})` };
    const skipped = applied.skipped.length ? ` Skipped: ${applied.skipped.join("; ")}.` : "";
    const diffs = applied.perpetualDiffs.length
        ? ` Perpetual diff: ${applied.perpetualDiffs.map((d) => `${d.property} is ${JSON.stringify(d.program)} in the program, Azure stores ${JSON.stringify(d.policy)}`).join("; ")}.`
        : "";
    return {
        ...base,
        outcome: effect,
        reason: `${operations.map((o) => `${o.operation} ${o.property}${o.value !== undefined ? ` = ${JSON.stringify(o.value)}` : ""}`).join(", ")} (matched: ${summary(matched)}).${skipped}${diffs}`,
        operations,
        ...(applied.perpetualDiffs.length ? { perpetualDiffs: applied.perpetualDiffs } : {}),
    };
}

/**
 * The related resources `details` describe for `resource`, where Azure looks for them
 * (https://learn.microsoft.com/azure/governance/policy/concepts/effect-audit-if-not-exists#auditifnotexists-properties):
 * a type underneath the evaluated resource (a child, or an extension resource such as
 * diagnosticSettings, which lives at `<resource id>/providers/<type>`) within the resource's
 * own scope; any other type in its resource group, another named one, or the subscription
 * (`existenceScope`). An extension resource's scope is its scope input when that is a literal
 * id, else the resource that input's value comes from (the plan's property dependencies); where
 * neither says, whether it is this resource's is not known.
 */
function relatedCandidates(
    details: Record<string, unknown>,
    ctx: RuleContext,
    env: Environment,
): { type: string; name?: string; candidates: PolicyResource[]; undetermined: PolicyResource[] } {
    const resource = ctx.resource;
    const type = resolveValue(details.type, ctx);
    if (typeof type !== "string") throw new UnsupportedError("details.type of an if-not-exists effect must be a resource type");
    const nameValue = details.name === undefined ? undefined : resolveValue(details.name, ctx);
    if (isUnknown(nameValue)) throw new UnsupportedError(nameValue.reason);
    const name = typeof nameValue === "string" ? nameValue : undefined;
    const ofType = env.resources.filter((r) => r.armType.toLowerCase() === type.toLowerCase());
    let candidates: PolicyResource[];
    const undetermined: PolicyResource[] = [];
    const child = resource.armType !== "" && type.toLowerCase().startsWith(`${resource.armType.toLowerCase()}/`);
    const extension = EXTENSION_TYPES.has(type.toLowerCase());
    if (child) {
        if (typeof resource.fullName !== "string")
            throw new UnsupportedError(
                `which ${type} belong to this resource: ${isUnknown(resource.fullName) ? resource.fullName.reason : "its name is not known"}`,
            );
        const prefix = `${resource.fullName.toLowerCase()}/`;
        candidates = ofType.filter((r) => typeof r.fullName === "string" && r.fullName.toLowerCase().startsWith(prefix));
        for (const r of ofType) if (typeof r.fullName !== "string") undetermined.push(r);
    } else if (extension) {
        const id = typeof resource.id === "string" ? resource.id.toLowerCase() : undefined;
        candidates = [];
        for (const r of ofType) {
            if (r.scopeId === undefined || id === undefined) undetermined.push(r);
            else if (r.scopeId.toLowerCase() === id) candidates.push(r);
        }
    } else {
        const existenceScope = valueText(details.existenceScope ?? "ResourceGroup").toLowerCase();
        const rg = details.resourceGroupName === undefined ? resource.resourceGroup : resolveValue(details.resourceGroupName, ctx);
        if (existenceScope === "subscription") candidates = ofType;
        else {
            // A resource group name known only after deploy leaves the related resources unknown, as an unknown name does.
            if (isUnknown(rg)) throw new UnsupportedError(rg.reason);
            const rgName = rg === undefined ? undefined : valueText(rg).toLowerCase();
            candidates = ofType.filter((r) => r.resourceGroup?.toLowerCase() === rgName);
        }
    }
    if (name !== undefined) {
        const want = name.toLowerCase();
        // A name that is not a known string matches no name.
        const lower = (v: Value) => (typeof v === "string" ? v.toLowerCase() : undefined);
        const named = (r: PolicyResource) => {
            const n = lower(child ? r.fullName : r.name);
            if (want.endsWith("/?")) return n !== undefined && n.startsWith(want.slice(0, -1));
            return n === want || (!child && lower(r.fullName) === want);
        };
        // A candidate whose name is known only after apply may be the named one: undetermined, not absent.
        const nameKnown = (r: PolicyResource) => typeof (child ? r.fullName : r.name) === "string";
        const pending = [...undetermined.filter((r) => typeof r.name !== "string" || named(r)), ...candidates.filter((r) => !nameKnown(r) && !named(r))];
        candidates = candidates.filter(named);
        undetermined.length = 0;
        for (const r of pending) undetermined.push(r);
    }
    return { type, ...(name !== undefined ? { name } : {}), candidates, undetermined };
}

/** auditIfNotExists / deployIfNotExists: looks for the related resource among the plan's records. */
export function ifNotExists(
    effect: "auditIfNotExists" | "deployIfNotExists",
    details: unknown,
    ctx: RuleContext,
    env: Environment,
    base: Omit<Result, "outcome" | "reason">,
    matched: Verdict,
): Result {
    const d = (details ?? {}) as Record<string, unknown>;
    const { type, name, candidates, undetermined } = relatedCandidates(d, ctx, env);
    const label = `${type}${name ? ` '${name}'` : ""}`;
    const found: string[] = [];
    let unknown: Unknown | undefined;
    for (const candidate of candidates) {
        // Conditions read the related resource; field() still reads the evaluated one.
        const verdict =
            d.existenceCondition === undefined
                ? { result: true, why: [] }
                : evaluateCondition(d.existenceCondition, { ...ctx, resource: candidate, readOnly: "unknown", functionResource: ctx.resource });
        if (verdict.result === true) found.push(`${candidate.record.name}${verdict.why.length ? ` (${verdict.why.join("; ")})` : ""}`);
        else if (isUnknown(verdict.result)) unknown = unknown ?? verdict.result;
    }
    const related = { type, ...(name ? { name } : {}), found: candidates.map((c) => c.record.name) };
    if (found.length) return { ...base, outcome: "compliant", related, reason: `the plan creates the related ${label}: ${found.join(", ")}` };
    if (unknown)
        return { ...base, outcome: "not-evaluated", related, reason: `whether the related ${label} satisfies the existence condition: ${unknown.reason}` };
    if (undetermined.length) {
        const which = undetermined.map((r) => r.record.name).join(", ");
        return {
            ...base,
            outcome: "not-evaluated",
            related,
            reason: `whether ${which} belongs to this resource is known only after apply (its scope or name is an output the plan does not trace to a resource)`,
        };
    }
    const action =
        effect === "deployIfNotExists"
            ? "Azure deploys it after the resource is created (the policy's template, outside this program)"
            : "Azure marks the resource non-compliant";
    const seen = candidates.length ? `; ${candidates.map((c) => c.record.name).join(", ")} fail the existence condition` : "";
    return { ...base, outcome: effect, related, reason: `no related ${label} for this resource in the plan${seen}: ${action} (matched: ${summary(matched)})` };
}
