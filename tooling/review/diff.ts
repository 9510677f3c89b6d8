/**
 * What a change does: compares two sets of resource records (base and head) and classifies
 * each difference as import, create, update, replace or delete, flags data loss, and warns about
 * changes Azure rejects or that need a runbook. Pure: no Pulumi, no Azure.
 */
import { aliasIndex } from "./aliases";
import { get, isObject, Json } from "../model/json";
import { PolicyRecord } from "../model/records";
import { UNKNOWN } from "../model/plan-record";
import { TYPES } from "../model/types";

/**
 * `import`: a resource new to the stack that carries the `import` resource option, so the engine
 * adopts the existing Azure resource under that id instead of creating one ("If the resource
 * exists and has the same ID or ImportID, the resource is treated like any other resource";
 * otherwise it is read and compared with the inputs:
 * https://github.com/pulumi/pulumi/blob/master/developer-docs/architecture/import.md).
 */
export type ChangeKind = "import" | "create" | "update" | "replace" | "delete";

export interface PropertyChange {
    path: string;
    before: unknown;
    after: unknown;
}

export interface Change {
    urn: string;
    type: string;
    kind: ChangeKind;
    dataLoss: boolean;
    warnings: string[];
    properties: PropertyChange[];
    /** For an import: the ARM id the engine adopts. */
    importId?: string;
}

/** Deleting or replacing these loses data (a resource group takes its account with it). */
export const DATA_BEARING: ReadonlySet<string> = new Set([TYPES.account, TYPES.database, TYPES.container, TYPES.resourceGroup]);

/**
 * Properties whose change makes Azure (or the provider) create a new resource: the resource's
 * own name and its parents' names, location, and the properties Azure fixes at creation.
 */
const COMMON_REPLACE = ["resourceGroupName", "location"];
export const REPLACE_PROPERTIES: Record<string, string[]> = {
    [TYPES.resourceGroup]: ["resourceGroupName", "location"],
    [TYPES.account]: [...COMMON_REPLACE, "accountName", "kind", "createMode", "restoreParameters"],
    [TYPES.database]: [...COMMON_REPLACE, "accountName", "databaseName", "resource.id"],
    [TYPES.container]: [...COMMON_REPLACE, "accountName", "databaseName", "containerName", "resource.id", "resource.partitionKey", "resource.uniqueKeyPolicy"],
    [TYPES.storedProcedure]: [...COMMON_REPLACE, "accountName", "databaseName", "containerName", "storedProcedureName"],
    [TYPES.trigger]: [...COMMON_REPLACE, "accountName", "databaseName", "containerName", "triggerName"],
    [TYPES.userDefinedFunction]: [...COMMON_REPLACE, "accountName", "databaseName", "containerName", "userDefinedFunctionName"],
    [TYPES.roleDefinition]: ["resourceGroupName", "accountName", "roleDefinitionId"],
    [TYPES.roleAssignment]: ["resourceGroupName", "accountName", "roleAssignmentId", "principalId", "scope", "roleDefinitionId"],
    [TYPES.azureRoleAssignment]: ["roleAssignmentName", "scope", "principalId", "roleDefinitionId"],
    [TYPES.resourceLock]: ["resourceGroupName", "lockName", "resourceName", "resourceType", "resourceProviderNamespace", "parentResourcePath"],
    [TYPES.virtualNetwork]: [...COMMON_REPLACE, "virtualNetworkName"],
    [TYPES.privateEndpoint]: [...COMMON_REPLACE, "privateEndpointName", "subnet"],
    [TYPES.privateDnsZoneGroup]: ["resourceGroupName", "privateEndpointName", "privateDnsZoneGroupName"],
    [TYPES.privateZone]: ["resourceGroupName", "privateZoneName"],
    [TYPES.virtualNetworkLink]: ["resourceGroupName", "privateZoneName", "virtualNetworkLinkName"],
    [TYPES.identity]: [...COMMON_REPLACE, "resourceName"],
    [TYPES.workspace]: [...COMMON_REPLACE, "workspaceName"],
    [TYPES.actionGroup]: ["resourceGroupName", "actionGroupName"],
    [TYPES.metricAlert]: ["resourceGroupName", "ruleName"],
    [TYPES.activityLogAlert]: ["resourceGroupName", "activityLogAlertName"],
    [TYPES.scheduledQueryRule]: [...COMMON_REPLACE, "ruleName"],
    [TYPES.diagnosticSetting]: ["resourceUri", "name"],
    [TYPES.budget]: ["scope", "budgetName"],
    [TYPES.workbook]: [...COMMON_REPLACE, "resourceName"],
    [TYPES.threatProtection]: ["resourceId", "settingName"],
};

/**
 * Properties that name an element of an array of objects (a region, an index path, a capability,
 * an IP rule, a VNet rule): such arrays are compared element by element, so a change reads
 * `locations[northeurope].isZoneRedundant` rather than "the whole array changed".
 */
const ELEMENT_KEYS = ["locationName", "path", "name", "ipAddressOrRange", "id"];

/** The key property that identifies every element of `items` uniquely, if there is one. */
function keyOf(items: unknown[]): string | undefined {
    return ELEMENT_KEYS.find(
        (k) => items.every((i) => isObject(i) && typeof i[k] === "string") && new Set(items.map((i) => (i as Json)[k])).size === items.length,
    );
}

function keyedChanges(before: unknown[], after: unknown[], path: string): PropertyChange[] | undefined {
    const key = before.length === 0 ? keyOf(after) : after.length === 0 ? keyOf(before) : keyOf(before) === keyOf(after) ? keyOf(before) : undefined;
    if (!key) return undefined;
    const byKey = (items: unknown[]) => new Map(items.map((i) => [(i as Json)[key] as string, i]));
    const b = byKey(before);
    const a = byKey(after);
    const changes = [...new Set([...b.keys(), ...a.keys()])].flatMap((k) => propertyChanges(b.get(k), a.get(k), `${path}[${k}]`));
    // Same elements in another order: still a change of the array (the provider sends it).
    return changes.length > 0 ? changes : [{ path, before, after }];
}

/**
 * Leaf-level differences between two input objects, as dotted paths (`resource.partitionKey.paths`);
 * arrays of keyed objects by element (`locations[westeurope].failoverPriority`, an added element
 * as `resource.indexingPolicy.excludedPaths[/notes/*]` with `before` undefined).
 */
export function propertyChanges(before: unknown, after: unknown, path = ""): PropertyChange[] {
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    if (isObject(before) && isObject(after)) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        return keys.flatMap((k) => propertyChanges(before[k], after[k], path ? `${path}.${k}` : k));
    }
    if (path && Array.isArray(before) && Array.isArray(after)) {
        const keyed = keyedChanges(before, after, path);
        if (keyed) return keyed;
    }
    return [{ path: path || "(inputs)", before, after }];
}

/** Whether a changed property path falls under one of the given (replace-on-change) paths. */
function under(path: string, roots: readonly string[]): boolean {
    return roots.some((root) => path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[`));
}

/** The objects of a list; undefined when the value is not a list (unknown, a secret, malformed input). */
const listedObjects = (v: unknown): Json[] | undefined => (Array.isArray(v) ? v.filter(isObject) : undefined);

function throughputMode(r: PolicyRecord): "manual" | "autoscale" | "none" {
    const options = get(r.inputs, "options");
    if (get(options, "autoscaleSettings", "maxThroughput") !== undefined) return "autoscale";
    if (get(options, "throughput") !== undefined) return "manual";
    return "none";
}

function accountWarnings(base: PolicyRecord, head: PolicyRecord, props: PropertyChange[]): string[] {
    const warnings: string[] = [];
    // A list the records do not know (unknown, a secret, not a list) says nothing about what changes.
    const regions = (r: PolicyRecord) =>
        listedObjects(get(r.inputs, "locations"))?.map((l) => ({ name: String(l.locationName), priority: Number(l.failoverPriority) }));
    const before = regions(base) ?? [];
    const after = regions(head) ?? [];
    const known = regions(base) !== undefined && regions(head) !== undefined;
    const names = (rs: { name: string }[]) =>
        rs
            .map((r) => r.name)
            .sort()
            .join(",");
    const regionSetChanged = known && names(before) !== names(after);
    const priorityChanged =
        known &&
        !regionSetChanged &&
        JSON.stringify(before.sort((a, b) => a.priority - b.priority)) !== JSON.stringify(after.sort((a, b) => a.priority - b.priority));
    const others = props.filter((p) => !p.path.startsWith("locations") && p.path !== "location");
    if (regionSetChanged && others.length > 0) {
        warnings.push(
            `regions are added or removed together with other account changes (${others.map((p) => p.path).join(", ")}); Azure rejects this: deploy the region change on its own`,
        );
    } else if (regionSetChanged) {
        warnings.push("regions are added or removed: each region takes 10-15 minutes and must be its own deployment (runbook: add or remove a region)");
    }
    // Zone redundancy of a region is set when the region is added; Azure does not change it in
    // place: remove the region, then add it back, one deployment each (the write region needs a
    // failover first). https://learn.microsoft.com/azure/reliability/migrate-cosmos-nosql
    const zones = (r: PolicyRecord) =>
        new Map((listedObjects(get(r.inputs, "locations")) ?? []).map((l) => [String(l.locationName), l.isZoneRedundant === true]));
    const zonesAfter = zones(head);
    const flipped = [...zones(base)].filter(([name, z]) => zonesAfter.has(name) && zonesAfter.get(name) !== z);
    if (flipped.length > 0) {
        warnings.push(
            `zone redundancy changes on ${flipped.map(([name, z]) => `${name} (${z} to ${!z})`).join(", ")}, which stay${flipped.length === 1 ? "s" : ""} in locations: Azure does not change zone redundancy in place; ` +
                "remove the region in one deployment and add it back with the new setting in the next (runbook: change zone redundancy of a region)",
        );
    }
    if (priorityChanged && others.length > 0) {
        warnings.push(
            `failover priorities change together with other account changes (${others.map((p) => p.path).join(", ")}); Azure rejects this: change priorities in a deployment of their own (runbook: fail over)`,
        );
    } else if (priorityChanged) {
        warnings.push("failover priorities change: this is a failover-priority operation of its own and may move the write region (runbook: fail over)");
    }
    if (get(base.inputs, "enableMultipleWriteLocations") === true && get(head.inputs, "enableMultipleWriteLocations") === false) {
        warnings.push("multi-region writes are turned off: Azure cannot turn them off on an existing account");
    }
    const backup = (r: PolicyRecord) => ({
        type: get(r.inputs, "backupPolicy", "type"),
        tier: get(r.inputs, "backupPolicy", "continuousModeProperties", "tier"),
    });
    const b0 = backup(base);
    const b1 = backup(head);
    if (b0.type === "Continuous" && b1.type === "Periodic") warnings.push("backup changes from Continuous to Periodic: Azure does not allow this");
    else if (b0.type === "Periodic" && b1.type === "Continuous")
        warnings.push("backup changes from Periodic to Continuous: a one-way migration that must be its own update, with no other change");
    else if (b0.tier !== b1.tier && b0.type === "Continuous")
        warnings.push(`continuous backup tier changes (${String(b0.tier)} to ${String(b1.tier)}): its own update, with no other change`);
    warnings.push(...capabilityWarnings(base, head));
    if (props.some((p) => p.path === "enableFreeTier")) warnings.push("free tier changes: fixed when the account is created");
    return warnings;
}

/**
 * Capabilities: serverless (and another API's) are fixed at creation; the NoSQL feature
 * capabilities can be added to a live account (`az cosmosdb update --capabilities ...`, per the
 * vector and full-text search pages) but not taken back once containers use them.
 */
function capabilityWarnings(base: PolicyRecord, head: PolicyRecord): string[] {
    const names = (r: PolicyRecord) => new Set((listedObjects(get(r.inputs, "capabilities")) ?? []).map((c) => String(c.name)));
    const before = names(base);
    const after = names(head);
    const added = [...after].filter((c) => !before.has(c));
    const removed = [...before].filter((c) => !after.has(c));
    const fixed = (c: string) => c === "EnableServerless" || /^Enable(Mongo|Cassandra|Gremlin|Table)$/.test(c);
    const warnings: string[] = [];
    const creationOnly = [...added, ...removed].filter(fixed);
    if (creationOnly.length > 0) warnings.push(`capability ${creationOnly.join(", ")} changes: fixed when the account is created; Azure rejects the update`);
    const dropped = removed.filter((c) => !fixed(c));
    if (dropped.length > 0)
        warnings.push(
            `capability ${dropped.join(", ")} is removed: Azure keeps vector and full-text search on once containers use them, and may reject the update`,
        );
    if (added.some((c) => !fixed(c)))
        warnings.push(
            `capability ${added.filter((c) => !fixed(c)).join(", ")} is added: applied to the live account (takes up to 15 minutes); deploy it before the containers that need it if this update fails`,
        );
    return warnings;
}

/** Declared sizes (GB) by container name, to judge whether an index rebuild is large. */
export type ContainerSizes = ReadonlyMap<string, number>;
export const LARGE_CONTAINER_GB = 10;

function warningsFor(base: PolicyRecord, head: PolicyRecord, props: PropertyChange[], sizes: ContainerSizes): string[] {
    const warnings: string[] = [];
    if (head.type === TYPES.account) warnings.push(...accountWarnings(base, head, props));
    if (head.type === TYPES.database || head.type === TYPES.container) {
        const m0 = throughputMode(base);
        const m1 = throughputMode(head);
        if (m0 !== m1 && m0 !== "none" && m1 !== "none")
            warnings.push(`throughput switches from ${m0} to ${m1}: Azure needs the migrate API (runbook: change throughput mode), not an update`);
        else if (m0 === "none" && m1 !== "none")
            warnings.push("dedicated throughput is added to a resource created without it: Azure does not allow this; create a new container and copy");
        else if (m0 !== "none" && m1 === "none") warnings.push("dedicated throughput is removed: Azure does not allow this on an existing resource");
    }
    if (head.type === TYPES.container && props.some((p) => p.path.startsWith("resource.indexingPolicy"))) {
        const gb = sizes.get(head.name);
        warnings.push(
            gb !== undefined && gb >= LARGE_CONTAINER_GB
                ? `index policy changes on a large container (${gb} GB declared): the rebuild runs in the background and consumes RU for a long time (runbook: change an index policy safely)`
                : "index policy changes: the index is rebuilt in the background and consumes RU until it finishes",
        );
    }
    if (head.options.import !== undefined && head.options.import !== base.options.import) {
        warnings.push(`adopted as it exists in Azure (import of ${head.options.import}), not created: it came back with its database's in-place restore`);
    }
    if (DATA_BEARING.has(head.type)) {
        if (base.options.protect && !head.options.protect) warnings.push("protection is removed from a data-bearing resource");
        if (base.options.retainOnDelete === true && head.options.retainOnDelete === false)
            warnings.push("retainOnDelete is removed from a data-bearing resource");
    }
    return warnings;
}

/**
 * A database or container restored in place (`createMode: Restore`): Azure creates it from the
 * account's backup; nothing is lost (docs/restore.md). Undefined for anything else.
 */
function inPlaceRestoreNote(h: PolicyRecord): string | undefined {
    if ((h.type !== TYPES.database && h.type !== TYPES.container) || get(h.inputs, "resource", "createMode") !== "Restore") return undefined;
    const at = get(h.inputs, "resource", "restoreParameters", "restoreTimestampInUtc");
    return `restores the deleted ${h.type === TYPES.database ? "database (with its containers)" : "container"} from the account's continuous backup at ${String(at)}: Azure creates it from the backup, no data is lost (after \`pulumi refresh\` has dropped the deleted one from state; docs/restore.md)`;
}

/**
 * Compares base and head records by URN, or through an alias, as the engine does (a head record
 * whose alias is a base URN is that resource). Resources unknown to both (the stack itself) are ignored.
 */
export function diffRecords(base: readonly PolicyRecord[], head: readonly PolicyRecord[], sizes: ContainerSizes = new Map()): Change[] {
    const before = new Map(base.filter((r) => r.custom).map((r) => [r.urn, r]));
    const after = new Map(head.filter((r) => r.custom).map((r) => [r.urn, r]));
    const aliases = aliasIndex(head);
    /** Base URNs a head record takes over through an alias. */
    const aliased = new Map<string, string>();
    const takesOver = new Map<string, string>();
    for (const [urn, h] of after) {
        if (before.has(urn)) continue;
        const old = [...(aliases.get(h.urn) ?? [])].find((a) => before.has(a) && !after.has(a) && !aliased.has(a));
        if (old) {
            aliased.set(old, urn);
            takesOver.set(urn, old);
        }
    }
    const baseOf = (urn: string) => before.get(takesOver.get(urn) ?? urn);
    const changes: Change[] = [];
    for (const [urn, h] of after) {
        const b = baseOf(urn);
        const restoreNote = inPlaceRestoreNote(h);
        if (!b) {
            const importId = typeof h.options.import === "string" && h.options.import !== "" ? h.options.import : undefined;
            changes.push({
                urn,
                type: h.type,
                kind: importId ? "import" : "create",
                dataLoss: false,
                warnings: restoreNote ? [restoreNote] : [],
                properties: [],
                ...(importId ? { importId } : {}),
            });
            continue;
        }
        if (restoreNote && get(b.inputs, "resource", "createMode") !== "Restore") {
            changes.push({ urn, type: h.type, kind: "create", dataLoss: false, warnings: [restoreNote], properties: propertyChanges(b.inputs, h.inputs) });
            continue;
        }
        // Pulumi ignores these on update (the SqlData component's create-only restore settings, for one).
        const props = propertyChanges(b.inputs, h.inputs).filter((p) => !under(p.path, h.options.ignoreChanges ?? []));
        const optionWarnings = warningsFor(b, h, props, sizes);
        if (props.length === 0 && optionWarnings.length === 0) continue;
        const replaceOn = [...(REPLACE_PROPERTIES[h.type] ?? COMMON_REPLACE), ...(h.options.replaceOnChanges ?? [])];
        // An input that is unknown in the head plan may or may not change; only a known change replaces.
        const replace = props.some((p) => under(p.path, replaceOn) && p.after !== UNKNOWN);
        const kind: ChangeKind = replace ? "replace" : "update";
        const warnings = [...optionWarnings];
        if (replace && h.options.protect) warnings.push("the resource is protected: the engine will refuse this replace until it is unprotected");
        changes.push({ urn, type: h.type, kind, dataLoss: replace && DATA_BEARING.has(h.type), warnings, properties: props });
    }
    for (const [urn, b] of before) {
        if (after.has(urn) || aliased.has(urn)) continue;
        const warnings: string[] = [];
        const created = [...after.values()].find((h) => h.type === b.type && h.parent === b.parent && !before.has(h.urn));
        // Same type and name under another URN (a new parent chain, project or stack): Pulumi
        // sees another resource, deletes this one and creates that one, unless `aliases` link them.
        const moved = [...after.values()].find((h) => h.type === b.type && h.name === b.name && !before.has(h.urn) && !takesOver.has(h.urn));
        if (moved) warnings.push(`its URN changes to ${moved.urn}: without an alias Pulumi deletes it and creates it anew`);
        else if (created && DATA_BEARING.has(b.type))
            warnings.push(`looks like a rename to '${created.name}': Azure deletes '${b.name}' and its data, then creates an empty one`);
        if (b.type === TYPES.resourceLock) warnings.push("the delete lock is removed");
        if (b.options.protect) warnings.push("the resource is protected: the engine will refuse this delete until it is unprotected");
        changes.push({ urn, type: b.type, kind: "delete", dataLoss: DATA_BEARING.has(b.type), warnings, properties: [] });
    }
    // Data loss first, then warnings, then the rest; stable by URN.
    const rank = (c: Change) => (c.dataLoss ? 0 : c.warnings.length > 0 ? 1 : 2);
    return changes.sort((a, b) => rank(a) - rank(b) || (a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : 0));
}

export interface DiffSummary {
    /** Existing resources the stack adopts (the `import` option), changing nothing by itself; absent is none. */
    import?: number;
    create: number;
    update: number;
    replace: number;
    delete: number;
    dataLoss: number;
    warnings: number;
}

export function summariseChanges(changes: readonly Change[]): DiffSummary {
    const count = (k: ChangeKind) => changes.filter((c) => c.kind === k).length;
    const imports = count("import");
    return {
        // Only when something is imported, so the usual summary (and its JSON) reads as it always has.
        ...(imports > 0 ? { import: imports } : {}),
        create: count("create"),
        update: count("update"),
        replace: count("replace"),
        delete: count("delete"),
        dataLoss: changes.filter((c) => c.dataLoss).length,
        warnings: changes.reduce((n, c) => n + c.warnings.length, 0),
    };
}

/**
 * The counts as one line: `3 to import, ` leads only when something is imported (an adoption),
 * so the usual line reads as it always has. `bold` is the Markdown report's form.
 */
export function countsText(m: DiffSummary, bold = false): string {
    const n = (x: number) => (bold ? `**${x}**` : String(x));
    const imports = (m.import ?? 0) > 0 ? `${n(m.import ?? 0)} to import, ` : "";
    return `${imports}${n(m.create)} to create, ${n(m.update)} to update, ${n(m.replace)} to replace, ${n(m.delete)} to delete; ${n(m.dataLoss)} with data loss${bold ? "," : ";"} ${n(m.warnings)} warnings`;
}
