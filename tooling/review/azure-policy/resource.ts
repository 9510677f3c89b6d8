/**
 * A resource record seen the way Azure Policy sees the request: its ARM type, name, full name,
 * id, location, tags, kind and identity, and its body properties addressed through aliases,
 * with Azure's rules for `[*]` array aliases.
 * https://learn.microsoft.com/azure/governance/policy/concepts/definition-structure-policy-rule#fields
 * https://learn.microsoft.com/azure/governance/policy/how-to/author-policies-for-arrays#referencing-array-resource-properties
 */
import { PolicyRecord } from "../../model/records";
import { SECRET, UNKNOWN } from "../../model/plan-record";
import { ArmTypeInfo, armTypeOf, lookupAlias } from "./aliases";
import { isUnknown, Unknown, Value } from "./expression";
import { isObject } from "../../model/json";

export interface PolicyResource {
    record: PolicyRecord;
    info: ArmTypeInfo;
    /** The ARM type; "" when the azure-native token is in neither type table (then `typeUnknown` says why). */
    armType: string;
    typeUnknown?: Unknown;
    name: Value;
    fullName: Value;
    id: Value;
    resourceGroup?: string;
    /** For an extension resource (a diagnostic setting, a lock): the id of the resource it extends, when known. */
    scopeId?: string;
    /** The request content: the record's inputs without URL path parameters (modify/append change a copy). */
    body: Record<string, unknown>;
    /**
     * Properties Azure sets that the plan still determines (input path to value), read instead of
     * "known only after deploy" when Azure judges the deployed resource: the approved private
     * endpoint connection an automatically approved private endpoint of the plan creates.
     */
    azureSet?: Record<string, unknown>;
}

/** How a property Azure sets (read only) reads: absent in a request, unknown for a compliance scan. */
export type ReadOnlyMode = "absent" | "unknown";

/** A plan value (UNKNOWN, SECRET, JSON) as an evaluation value. */
export function toValue(v: unknown, what: string): Value {
    if (isUnknown(v)) return v;
    if (v === UNKNOWN) return new Unknown(`${what} is known only after apply`);
    if (v === SECRET) return new Unknown(`${what} is a secret the plan does not show`);
    if (v === undefined) return null;
    if (Array.isArray(v)) return v.map((x, i) => toValue(x, `${what}[${i}]`));
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toValue(x, `${what}.${k}`)]));
    return v as Value;
}

function known(v: unknown): string | undefined {
    return typeof v === "string" && v !== UNKNOWN && v !== SECRET && v !== "" ? v : undefined;
}

const rgOf = (id: string) => /\/resourceGroups\/([^/]+)/i.exec(id)?.[1];

/** The resource's ARM id, or Unknown when a segment is known only after apply. */
function armId(record: PolicyRecord, info: ArmTypeInfo, names: unknown[], subscription: string): Value {
    const segs = names.map(known);
    if (segs.some((s) => s === undefined)) return new Unknown(`the resource id of ${record.name} is known only after apply`);
    const [provider, ...types] = info.armType.split("/");
    const rg = known(record.inputs.resourceGroupName);
    if (info.armType === "Microsoft.Resources/subscriptions/resourceGroups") return `/subscriptions/${subscription}/resourceGroups/${segs[0]}`;
    if (info.scopeInput) {
        const scope = known(record.inputs[info.scopeInput]);
        if (!scope) return new Unknown(`the scope of ${record.name} (${info.scopeInput}) is known only after apply`);
        return `${scope.replace(/\/$/, "")}/providers/${info.armType}/${segs[0]}`;
    }
    if (!rg) return new Unknown(`the resource group of ${record.name} is known only after apply`);
    const base = `/subscriptions/${subscription}/resourceGroups/${rg}/providers`;
    if (info.armType === "Microsoft.Authorization/locks") {
        const i = record.inputs;
        const parent = known(i.parentResourcePath);
        const target = [known(i.resourceProviderNamespace), parent, known(i.resourceType), known(i.resourceName)].filter(Boolean).join("/");
        return `${base}/${target}/providers/Microsoft.Authorization/locks/${segs[0]}`;
    }
    return `${base}/${provider}/${types.map((t, k) => `${t}/${segs[k]}`).join("/")}`;
}

/**
 * An azure-native resource whose token neither type table knows: Azure Policy still evaluates it,
 * and `location`, `tags` and `kind` are top-level inputs of every azure-native resource; its type,
 * name and id are not known offline. It counts as Indexed (supports tags and location) when the
 * program sets either, which azure-native only offers on types that support them.
 */
function untypedResource(record: PolicyRecord): PolicyResource {
    const why = new Unknown(`the ARM resource type of ${record.type} is not in the offline type map (tooling/review/azure-policy/aliases.ts)`);
    const rg = known(record.inputs.resourceGroupName);
    const body = Object.fromEntries(Object.entries(record.inputs).filter(([k]) => k !== "resourceGroupName"));
    const info: ArmTypeInfo = { armType: "", names: [], indexed: "location" in record.inputs || "tags" in record.inputs, apiVersion: "", aliasesMapped: false };
    return {
        record,
        info,
        armType: "",
        typeUnknown: why,
        name: new Unknown(`the name of ${record.name}: ${why.reason}`),
        fullName: new Unknown(`the name of ${record.name}: ${why.reason}`),
        id: new Unknown(`the id of ${record.name}: ${why.reason}`),
        ...(rg ? { resourceGroup: rg } : {}),
        body,
    };
}

/** The policy view of a record, or undefined for records that are not ARM resources (components, other providers). */
export function policyResource(record: PolicyRecord, subscription: string): PolicyResource | undefined {
    if (!record.custom) return undefined;
    const info = armTypeOf(record.type);
    if (!info) return /^azure-native:[^:]+:[^:]+$/.test(record.type) ? untypedResource(record) : undefined;
    const names = info.names.map((n) => record.inputs[n]);
    const path = new Set([...info.names, "resourceGroupName", ...(info.scopeInput ? [info.scopeInput] : []), ...(info.pathInputs ?? [])]);
    const body = Object.fromEntries(Object.entries(record.inputs).filter(([k]) => !path.has(k)));
    // An absent name input is auto-named by azure-native at apply (a random suffix).
    const segs = names.map((n) =>
        n === undefined ? new Unknown(`the name of ${record.name} is generated by azure-native at apply`) : toValue(n, "the resource name"),
    );
    const last = segs[segs.length - 1];
    const unknownSeg = segs.find(isUnknown);
    const resourceGroup =
        info.armType === "Microsoft.Resources/subscriptions/resourceGroups"
            ? known(names[0])
            : (known(record.inputs.resourceGroupName) ?? rgOf(known(record.inputs[info.scopeInput ?? ""]) ?? ""));
    return {
        record,
        info,
        armType: info.armType,
        name: last ?? null,
        // No segment is unknown here; a name is a string (a null one was left empty, as join leaves it).
        fullName: unknownSeg ?? segs.map((s) => (typeof s === "string" ? s : s === null ? "" : JSON.stringify(s))).join("/"),
        id: armId(record, info, names, subscription),
        ...(resourceGroup ? { resourceGroup } : {}),
        body,
    };
}

/** Tag field syntaxes: `tags['a']`, `tags['''a''']`, `tags[a]`, `tags.a`. */
export function tagName(field: string): string | undefined {
    const quoted = /^tags\['(.*)'\]$/i.exec(field);
    if (quoted) return quoted[1].replace(/''/g, "'");
    const bare = /^tags\[(.*)\]$/i.exec(field) ?? /^tags\.(.+)$/i.exec(field);
    return bare?.[1];
}

function getCaseInsensitive(obj: Record<string, unknown>, key: string): unknown {
    if (key in obj) return obj[key];
    const found = Object.keys(obj).find((k) => k.toLowerCase() === key.toLowerCase());
    return found === undefined ? undefined : obj[found];
}

/** The values a field selects: one value, or a collection for a `[*]` alias. */
export interface FieldValue {
    collection: boolean;
    values: Value[];
    /** The whole selection is unknown (e.g. the array itself is known only after apply). */
    unknown?: Unknown;
    /** Set when the field names an alias this evaluator cannot resolve. */
    unsupported?: string;
    /** The azure-native input path the field reads, for messages. */
    path?: string;
}

/** Current array members bound by enclosing `count` expressions: `[*]` alias (lower case) to member. */
export type Bindings = ReadonlyMap<string, Value>;

/** Walks an input path with `[*]` segments over a value. */
export function select(root: unknown, path: string, what: string): FieldValue {
    const tokens = path.match(/\[\*\]|[^.[\]]+/g) ?? [];
    let current: unknown[] = [root];
    let collection = false;
    for (const token of tokens) {
        const next: unknown[] = [];
        for (const v of current) {
            if (v === UNKNOWN || v === SECRET || isUnknown(v))
                return { collection: true, values: [], unknown: isUnknown(v) ? v : (toValue(v, what) as Unknown), path };
            if (token === "[*]") {
                if (Array.isArray(v)) for (const m of v) next.push(m);
            } else if (isObject(v)) {
                next.push(getCaseInsensitive(v, token));
            } else {
                next.push(undefined);
            }
        }
        if (token === "[*]") collection = true;
        current = next;
    }
    if (collection) return { collection, values: current.filter((v) => v !== undefined).map((v) => toValue(v, what)), path };
    return { collection, values: [toValue(current[0], what)], path };
}

/**
 * Reads a field of the resource (`type`, `name`, `tags['x']`, an alias). `bindings` carry the
 * array members of enclosing count expressions; `readOnly` says how Azure-set properties read.
 */
export function readField(resource: PolicyResource, field: string, readOnly: ReadOnlyMode, bindings: Bindings = new Map()): FieldValue {
    const lower = field.toLowerCase();
    const one = (v: Value): FieldValue => ({ collection: false, values: [v] });
    switch (lower) {
        case "type":
            return one(resource.typeUnknown ?? resource.armType);
        case "name":
            return one(resource.name);
        case "fullname":
            return one(resource.fullName);
        case "id":
            return one(resource.id);
        case "location":
        case "kind":
        case "tags":
            return one(toValue(resource.body[lower], lower));
        case "identity.type":
            return one(toValue(isObject(resource.body.identity) ? resource.body.identity.type : undefined, "identity.type"));
        case "identity.userassignedidentities":
            return one(
                toValue(isObject(resource.body.identity) ? resource.body.identity.userAssignedIdentities : undefined, "identity.userAssignedIdentities"),
            );
    }
    const tag = lower.startsWith("tags") ? tagName(field) : undefined;
    if (tag !== undefined) {
        const tags = resource.body.tags;
        if (tags === UNKNOWN || tags === SECRET) return one(toValue(tags, "tags"));
        return one(toValue(isObject(tags) ? getCaseInsensitive(tags, tag) : undefined, `tag '${tag}'`));
    }
    if (resource.typeUnknown) {
        const unknown = new Unknown(`${field} cannot be read: ${resource.typeUnknown.reason}`);
        return { collection: field.includes("[*]"), values: [], unknown };
    }
    const found = lookupAlias(field, resource.armType);
    // An alias of another type reads as absent; a [*] alias of another type selects no members, so a count of it is 0.
    if (found.kind === "other-type") return field.includes("[*]") ? { collection: true, values: [] } : one(null);
    if (found.kind === "unknown") return { collection: false, values: [], unsupported: found.reason };
    const entry = found.entry;
    if (entry.readOnly) {
        const collection = entry.inputPath.includes("[*]");
        if (readOnly === "absent") return { collection, values: collection ? [] : [null], path: entry.inputPath };
        const root = entry.inputPath.split(/[.[]/)[0];
        if (resource.azureSet && root in resource.azureSet)
            return { ...selectBound(resource.azureSet, entry.inputPath, entry.alias, lower, bindings), path: entry.inputPath };
        return { collection, values: [], unknown: new Unknown(`${entry.alias} is set by Azure and known only after deploy`), path: entry.inputPath };
    }
    // Top-level ARM properties (location, tags, sku, ...) and flattened `properties` share the inputs.
    return { ...selectBound(resource.body, entry.inputPath, entry.alias, lower, bindings, resource.armType), path: entry.inputPath };
}

/** Reads an alias's input path from `root`, or, inside count.where, from the member an enclosing count binds. */
function selectBound(root: unknown, inputPath: string, alias: string, lower: string, bindings: Bindings, armType?: string): FieldValue {
    const bound = [...bindings.keys()]
        .filter((k) => lower === k || lower.startsWith(`${k}.`) || lower.startsWith(`${k}[`))
        .sort((a, b) => b.length - a.length)[0];
    if (bound !== undefined) {
        const boundEntry = lookupAlias(bound, armType ?? alias.slice(0, alias.lastIndexOf("/")));
        const member = bindings.get(bound) as Value;
        const prefix = boundEntry.kind === "alias" ? boundEntry.entry.inputPath : "";
        const rest = inputPath.slice(prefix.length).replace(/^\./, "");
        const sub = rest ? select(member, rest, alias) : { collection: false, values: [member] };
        // The counted member is one value of a collection: Azure still treats it as a collection.
        return { ...sub, collection: true };
    }
    return select(root, inputPath, alias);
}

const lowerId = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : undefined);

/**
 * The resource an input's value comes from: the one whose id the literal value is, else the single
 * resource the engine's property dependencies trace that input to (`resourceUri: account.id`).
 */
function sourceOf(
    r: PolicyResource,
    input: string,
    literal: unknown,
    byId: ReadonlyMap<string, PolicyResource>,
    byUrn: ReadonlyMap<string, PolicyResource>,
): PolicyResource | undefined {
    const id = lowerId(known(literal));
    if (id?.startsWith("/")) return byId.get(id);
    const deps = (r.record.propertyDependencies?.[input] ?? []).map((u) => byUrn.get(u)).filter((x): x is PolicyResource => x !== undefined);
    return deps.length === 1 ? deps[0] : undefined;
}

/**
 * Connects the plan's resources the way Azure will see them once deployed:
 * - an extension resource's scope (the resource a diagnostic setting or Defender setting is on)
 *   and, from it, its id;
 * - the private endpoint connection a private endpoint creates on the resource it links to:
 *   approved for `privateLinkServiceConnections` (automatic approval, the deployer holds the
 *   approval permission), pending for `manualPrivateLinkServiceConnections`
 *   (https://learn.microsoft.com/azure/private-link/private-endpoint-overview#access-to-a-private-link-resource-using-approval-workflow).
 *   Connections made outside the program are not known: the list ends with an unknown member.
 */
export function linkResources(resources: readonly PolicyResource[]): void {
    const byUrn = new Map(resources.map((r) => [r.record.urn, r]));
    const byId = new Map(resources.flatMap((r) => (typeof r.id === "string" ? [[r.id.toLowerCase(), r] as const] : [])));
    for (const r of resources) {
        if (r.info.scopeInput) {
            const literal = r.record.inputs[r.info.scopeInput];
            const known_ = known(literal);
            const scope = known_?.startsWith("/")
                ? known_
                : (() => {
                      const source = sourceOf(r, r.info.scopeInput, literal, byId, byUrn);
                      return source && typeof source.id === "string" ? source.id : undefined;
                  })();
            if (scope) {
                r.scopeId = scope.replace(/\/$/, "");
                if (isUnknown(r.id) && typeof r.name === "string") r.id = `${r.scopeId}/providers/${r.armType}/${r.name}`;
                r.resourceGroup ??= rgOf(r.scopeId);
            }
        } else if (typeof r.id === "string" && r.armType !== "") {
            const at = r.id.toLowerCase().lastIndexOf(`/providers/${r.armType.toLowerCase()}/`);
            if (at > 0 && r.armType.toLowerCase() === "microsoft.authorization/locks") r.scopeId = r.id.slice(0, at);
        }
    }
    resolveIdInputs(resources, byUrn);
    // Each linked resource's privateEndpointConnections, in the order the endpoints link them.
    const linked = new Map<PolicyResource, unknown[]>();
    for (const pe of resources.filter((r) => r.armType.toLowerCase() === "microsoft.network/privateendpoints")) {
        for (const [input, status] of [
            ["privateLinkServiceConnections", "Approved"],
            ["manualPrivateLinkServiceConnections", "Pending"],
        ] as const) {
            const list = pe.record.inputs[input];
            if (!Array.isArray(list)) continue;
            for (const conn of list) {
                if (!isObject(conn)) continue;
                const target = sourceOf(pe, input, conn.privateLinkServiceId, byId, byUrn);
                if (!target) continue;
                const set = (target.azureSet ??= {});
                const members = (set.privateEndpointConnections ??= []) as unknown[];
                members.push({
                    privateEndpoint: { id: pe.id },
                    groupIds: conn.groupIds ?? null,
                    privateLinkServiceConnectionState: {
                        status,
                        actionsRequired: "None",
                        description: status === "Approved" ? "Auto-Approved" : (conn.requestMessage ?? null),
                    },
                });
                linked.set(target, members);
            }
        }
    }
    for (const members of linked.values()) members.push(new Unknown("private endpoint connections made outside this program are not known offline"));
}

/**
 * Inputs that carry the ARM id of another resource, and the type it must be ("" for any): where
 * the plan has "known after apply" and the input's value comes from exactly one resource of
 * that type (the engine's property dependencies), the value Azure receives is that resource's id.
 */
const ID_INPUTS: Record<string, [string, string][]> = {
    "microsoft.network/privateendpoints": [
        ["privateLinkServiceConnections[*].privateLinkServiceId", ""],
        ["manualPrivateLinkServiceConnections[*].privateLinkServiceId", ""],
    ],
    "microsoft.network/privateendpoints/privatednszonegroups": [["privateDnsZoneConfigs[*].privateDnsZoneId", "Microsoft.Network/privateDnsZones"]],
    "microsoft.network/privatednszones/virtualnetworklinks": [["virtualNetwork.id", "Microsoft.Network/virtualNetworks"]],
    "microsoft.insights/diagnosticsettings": [
        ["workspaceId", "Microsoft.OperationalInsights/workspaces"],
        ["storageAccountId", "Microsoft.Storage/storageAccounts"],
    ],
    "microsoft.insights/metricalerts": [
        ["scopes[*]", ""],
        ["actions[*].actionGroupId", "Microsoft.Insights/actionGroups"],
    ],
    "microsoft.insights/activitylogalerts": [["actions.actionGroups[*].actionGroupId", "Microsoft.Insights/actionGroups"]],
};

function resolveIdInputs(resources: readonly PolicyResource[], byUrn: ReadonlyMap<string, PolicyResource>): void {
    for (const r of resources) {
        for (const [inputPath, type] of ID_INPUTS[r.armType.toLowerCase()] ?? []) {
            const top = inputPath.split(/[.[]/)[0];
            const sources = (r.record.propertyDependencies?.[top] ?? [])
                .map((u) => byUrn.get(u))
                .filter((x): x is PolicyResource => x !== undefined && (type === "" || x.armType.toLowerCase() === type.toLowerCase()));
            if (sources.length !== 1 || typeof sources[0].id !== "string") continue;
            const id = sources[0].id;
            // Replace unknown leaves along the path; an array with two unknown members is ambiguous and left alone.
            const tokens = inputPath.match(/\[\*\]|[^.[\]]+/g) ?? [];
            const fill = (node: unknown, i: number): unknown => {
                if (i === tokens.length) return node === UNKNOWN ? id : node;
                if (tokens[i] === "[*]") {
                    if (!Array.isArray(node)) return node;
                    if (i === tokens.length - 1 && node.filter((m) => m === UNKNOWN).length > 1) return node;
                    return node.map((m) => fill(m, i + 1));
                }
                if (!isObject(node) || !(tokens[i] in node)) return node;
                return { ...node, [tokens[i]]: fill(node[tokens[i]], i + 1) };
            };
            r.body = fill(r.body, 0) as Record<string, unknown>;
        }
    }
}
