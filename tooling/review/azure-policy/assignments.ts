/**
 * From assignments to what is evaluated: one unit per assigned definition (an initiative gives
 * one per member, with its parameter values computed from the initiative's), and per resource
 * whether the assignment reaches it (scope, notScopes, resource selectors), whether an exemption
 * applies, and which effect an override sets.
 * https://learn.microsoft.com/azure/governance/policy/concepts/assignment-structure
 * https://learn.microsoft.com/azure/governance/policy/concepts/initiative-definition-structure#passing-a-parameter-value-to-a-policy-definition
 * https://learn.microsoft.com/azure/governance/policy/concepts/exemption-structure
 */
import { ExpressionContext, isUnknown, resolve, Value } from "./expression";
import "./functions";
import { EFFECTS, PolicyAssignment, PolicyDefinition, PolicyExemption, PolicyInputs, PolicySetDefinition, ParameterDefinition, Selector } from "./definitions";
import { PolicyResource } from "./resource";

export interface Unit {
    assignment: PolicyAssignment;
    definition?: PolicyDefinition;
    set?: PolicySetDefinition;
    referenceId?: string;
    /** The definition's parameter values (assignment or initiative value, else default). */
    parameters: Record<string, Value>;
    /** Set when the unit cannot be evaluated at all (missing definition or parameter). */
    problem?: string;
}

const eq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const lastSegment = (id: string) => id.split("/").filter(Boolean).pop() ?? id;

/** Finds a definition by id, else by name (built-in ids are `/providers/.../policyDefinitions/<guid>`). */
function byId<T extends { id: string; name: string }>(list: readonly T[], id: string): T | undefined {
    return list.find((d) => eq(d.id, id)) ?? list.filter((d) => eq(d.name, lastSegment(id)))[0];
}

/** A context for parameter expressions: only parameters() of the given values. */
function parameterContext(values: Record<string, Value>): ExpressionContext {
    const none = (what: string) => () => {
        throw new Error(`${what} is not available in parameter values`);
    };
    return {
        parameter: (name) => {
            const key = Object.keys(values).find((k) => eq(k, name));
            if (key === undefined) throw new Error(`parameters('${name}') is not a parameter of the initiative`);
            return values[key];
        },
        field: none("field()"),
        current: none("current()"),
        requestContext: none("requestContext()"),
        resourceGroup: none("resourceGroup()"),
        subscription: none("subscription()"),
        policy: none("policy()"),
        now: () => new Date(),
    };
}

/** Assigned values over defaults; a missing required value or one outside allowedValues is a problem. */
export function bindParameters(
    defs: Record<string, ParameterDefinition>,
    given: Record<string, unknown>,
    what: string,
): { values: Record<string, Value>; problem?: string } {
    const values: Record<string, Value> = {};
    for (const [name, def] of Object.entries(defs)) {
        const key = Object.keys(given).find((k) => eq(k, name));
        const value = key !== undefined ? given[key] : def.defaultValue;
        if (value === undefined) return { values, problem: `${what} needs parameter '${name}', which has no default and no assigned value` };
        if (Array.isArray(def.allowedValues) && def.allowedValues.length > 0) {
            // An Array parameter's allowedValues constrain each member; other types, the value.
            const items: unknown[] = /^array$/i.test(def.type ?? "") && Array.isArray(value) ? value : [value];
            const norm = (a: unknown) => JSON.stringify(typeof a === "string" ? a.toLowerCase() : a);
            const allowed = def.allowedValues.map(norm);
            const bad = items.find((v) => !allowed.includes(norm(v)));
            if (bad !== undefined)
                return {
                    values,
                    problem: `${what}: parameter '${name}' is ${JSON.stringify(bad)}; allowed: ${def.allowedValues.map((a) => JSON.stringify(a)).join(", ")}`,
                };
        }
        values[name] = value as Value;
    }
    return { values };
}

/** The stand-in assignment for a definition or initiative no assignment names: the subscription, defaults. */
function implicitAssignment(target: PolicyDefinition | PolicySetDefinition): PolicyAssignment {
    return {
        kind: "assignment",
        id: `(unassigned)/${target.name}`,
        name: target.name,
        displayName: `${target.displayName} (not assigned: evaluated with its defaults at subscription scope)`,
        scope: "/subscriptions/{subscription}",
        notScopes: [],
        policyDefinitionId: target.id,
        parameters: {},
        enforcementMode: "Default",
        overrides: [],
        resourceSelectors: [],
        implicit: true,
        source: target.source,
    };
}

/** Every unit to evaluate. Without assignments, each definition and initiative stands in as assigned. */
export function unitsOf(inputs: PolicyInputs): Unit[] {
    const assignments =
        inputs.assignments.length > 0
            ? inputs.assignments
            : [...inputs.sets, ...inputs.definitions.filter((d) => !inputs.sets.some((s) => s.members.some((m) => byId([d], m.policyDefinitionId))))].map(
                  implicitAssignment,
              );
    const units: Unit[] = [];
    for (const assignment of assignments) {
        const set =
            /policySetDefinitions/i.test(assignment.policyDefinitionId) || assignment.implicit ? byId(inputs.sets, assignment.policyDefinitionId) : undefined;
        if (set) {
            const bound = bindParameters(set.parameters, assignment.parameters, `initiative ${set.displayName}`);
            for (const member of set.members) {
                const definition = byId(inputs.definitions, member.policyDefinitionId);
                if (!definition) {
                    units.push({
                        assignment,
                        set,
                        referenceId: member.referenceId,
                        parameters: {},
                        problem: `member ${member.referenceId} (${member.policyDefinitionId}) of initiative ${set.displayName} is not among the given definitions`,
                    });
                    continue;
                }
                if (bound.problem) {
                    units.push({ assignment, set, definition, referenceId: member.referenceId, parameters: {}, problem: bound.problem });
                    continue;
                }
                let given: Record<string, unknown>;
                try {
                    given = Object.fromEntries(Object.entries(member.parameters).map(([k, v]) => [k, resolve(v, parameterContext(bound.values))]));
                } catch (e) {
                    units.push({
                        assignment,
                        set,
                        definition,
                        referenceId: member.referenceId,
                        parameters: {},
                        problem: `initiative ${set.displayName}, member ${member.referenceId}: ${(e as Error).message}`,
                    });
                    continue;
                }
                const own = bindParameters(definition.parameters, given, `${definition.displayName} in ${set.displayName}`);
                units.push({
                    assignment,
                    set,
                    definition,
                    referenceId: member.referenceId,
                    parameters: own.values,
                    ...(own.problem ? { problem: own.problem } : {}),
                });
            }
            continue;
        }
        const definition = byId(inputs.definitions, assignment.policyDefinitionId);
        if (!definition) {
            units.push({
                assignment,
                parameters: {},
                problem: `assignment ${assignment.displayName} assigns ${assignment.policyDefinitionId}, which is not among the given definitions`,
            });
            continue;
        }
        const own = bindParameters(
            definition.parameters,
            assignment.parameters,
            assignment.implicit ? definition.displayName : `${definition.displayName} (assignment ${assignment.displayName})`,
        );
        units.push({ assignment, definition, parameters: own.values, ...(own.problem ? { problem: own.problem } : {}) });
    }
    return units;
}

const normalLocation = (l: string) => l.replace(/\s/g, "").toLowerCase();

function selectorMatches(s: Selector, resource: PolicyResource, referenceId?: string): boolean {
    const kind = s.kind.toLowerCase();
    let subject: string | undefined;
    if (kind === "resourcelocation") subject = typeof resource.body.location === "string" ? normalLocation(resource.body.location) : undefined;
    else if (kind === "resourcetype") subject = resource.armType.toLowerCase();
    else if (kind === "policydefinitionreferenceid") subject = referenceId?.toLowerCase();
    else if (kind === "resourcewithoutlocation")
        subject = resource.body.location === undefined && !resource.resourceGroup ? "subscriptionlevelresources" : undefined;
    const norm = (v: string) => (kind === "resourcelocation" ? normalLocation(v) : v.toLowerCase());
    if (s.in) return subject !== undefined && s.in.map(norm).includes(subject);
    if (s.notIn) return subject === undefined || !s.notIn.map(norm).includes(subject);
    return true;
}

/** Resource selectors: any selector group whose selectors all match (none given: everything). */
export function selected(groups: { selectors: Selector[] }[], resource: PolicyResource): boolean {
    return groups.length === 0 || groups.some((g) => g.selectors.every((s) => selectorMatches(s, resource)));
}

/**
 * Whether a scope (management group, subscription, resource group, resource) contains the
 * resource. `subscription` is the stack's, when known; management groups are assumed to
 * contain it (their hierarchy is not in the exports).
 */
export function inScope(scope: string, resource: PolicyResource, subscription: string | undefined): boolean {
    const s = scope.replace(/\/$/, "");
    if (/^\/providers\/microsoft\.management\/managementgroups\//i.test(s) || s === "" || s === "/") return true;
    const m = /^\/subscriptions\/([^/]+)(?:\/resourcegroups\/([^/]+)(\/.*)?)?$/i.exec(s);
    if (!m) return false;
    const [, sub, rg, rest] = m;
    if (subscription && sub !== "{subscription}" && !eq(sub, subscription)) return false;
    if (!rg) return true;
    if (!resource.resourceGroup || !eq(rg, resource.resourceGroup)) return false;
    if (!rest) return true;
    if (typeof resource.id !== "string") return false;
    const tail = resource.id.slice(resource.id.toLowerCase().indexOf("/resourcegroups/"));
    const want = `/resourcegroups/${rg}${rest}`.toLowerCase();
    return tail.toLowerCase() === want || tail.toLowerCase().startsWith(`${want}/`);
}

/** The exemption that exempts this unit on this resource, if any (expired ones no longer count). */
export function exemptionFor(
    unit: Unit,
    resource: PolicyResource,
    exemptions: readonly PolicyExemption[],
    subscription: string | undefined,
    now: Date,
): PolicyExemption | undefined {
    return exemptions.find(
        (e) =>
            eq(e.policyAssignmentId, unit.assignment.id) &&
            (e.referenceIds.length === 0 || (unit.referenceId !== undefined && e.referenceIds.some((r) => eq(r, unit.referenceId as string)))) &&
            (e.expiresOn === undefined || Date.parse(e.expiresOn) > now.getTime()) &&
            inScope(e.scope, resource, subscription) &&
            selected(e.resourceSelectors, resource),
    );
}

/** The effect an assignment override sets for this unit and resource (the first override that matches). */
export function overrideFor(unit: Unit, resource: PolicyResource): string | undefined {
    const o = unit.assignment.overrides.find((x) => /^policyeffect$/i.test(x.kind) && x.selectors.every((s) => selectorMatches(s, resource, unit.referenceId)));
    return o?.value;
}

/** The effect name in canonical casing. */
export function canonicalEffect(effect: Value): string | undefined {
    if (isUnknown(effect) || typeof effect !== "string") return undefined;
    return EFFECTS.find((n) => eq(n, effect));
}
