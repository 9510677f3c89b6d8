/**
 * The test's own reading of "what Azure stores", written apart from adopt/rows so a row that drops
 * or bends a property on both of its sides is still caught: each fixture document is flattened to
 * leaf paths in azure-native's input names (they are ARM's names: `properties.x` -> `x`,
 * `properties.resource.x` -> `resource.x`), minus the read-only fields and the defaults Azure
 * fills in that the program does not send, and compared leaf by leaf with the planned inputs.
 */
import { findRegion } from "../../components/shared/regions";
import { ArmDocument } from "../../tooling/adopt/documents";
import { isObject, Json } from "../../tooling/model/json";


/** path -> leaf value; arrays by index, empty arrays and objects as leaves. */
export function leaves(value: unknown, path = "", out = new Map<string, unknown>()): Map<string, unknown> {
    if (Array.isArray(value) && value.length > 0) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
    else if (isObject(value) && Object.keys(value).length > 0) for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
    else out.set(path, value);
    return out;
}

/** Read-only fields, and Azure's defaults that the program leaves out (each with why). */
const SOURCE_IGNORED: RegExp[] = [
    // Status and identity Azure reports.
    /^(provisioningState|documentEndpoint|instanceId|EnabledApiTypes|customerManagedKeyStatus)$/,
    /^(writeLocations|readLocations|failoverPolicies|keysMetadata|privateEndpointConnections)(\[|\.|$)/,
    /^locations\[\d+\]\.(id|documentEndpoint|provisioningState)$/,
    /^identity\.(principalId|tenantId)$/,
    /^resource\._(rid|ts|etag|self|colls|users)$/,
    /^resource\.(minimumThroughput|offerReplacePending|instantMaximumThroughput|softAllowedMaximumThroughput)$/,
    /^resource\.partitionKey\.systemKey$/,
    // Defaults Azure fills in, equal to what not sending the property means.
    /^(enablePartitionKeyMonitor|configurationOverrides|cors|apiProperties|defaultIdentity)$/,
    /^diagnosticLogSettings\.enableFullTextQuery$/,
    /^resource\.indexingPolicy\.includedPaths\[\d+\]\.indexes(\[|$)/,
    /^resource\.indexingPolicy\.(compositeIndexes|spatialIndexes|vectorIndexes|fullTextIndexes)$/, // only when empty (a leaf)
    /^resource\.(geospatialConfig\.type|computedProperties)$/,
    /^resource\.uniqueKeyPolicy\.uniqueKeys$/, // only when empty (a leaf)
    /^permissions\[0\]\.notDataActions$/, // only when empty (a leaf)
];

/**
 * Switches the program sends only when they differ from Azure's default (components/account/component.ts):
 * at that default they are what not sending them means; any other value must be planned.
 */
const UNSENT_AT_DEFAULT: Record<string, unknown> = {
    enablePartitionMerge: false,
    enablePriorityBasedExecution: false,
    enablePerRegionPerPartitionAutoscale: false,
    defaultPriorityLevel: "High",
    "analyticalStorageConfiguration.schemaType": "WellDefined",
};

/** The document's stored properties in the input's names (throughput merged into `options`). */
export function storedView(doc: ArmDocument, throughput?: ArmDocument): Json {
    const props: Json = { ...doc.properties };
    if (doc.kind === "account") {
        const identity = isObject(doc.envelope.identity) ? doc.envelope.identity : { type: "None" };
        return { ...props, location: doc.envelope.location, kind: doc.envelope.kind, tags: doc.envelope.tags ?? {}, identity };
    }
    if (doc.kind === "roleDefinition") return { ...props, roleDefinitionId: doc.name };
    if (doc.kind === "roleAssignment") return { ...props, roleAssignmentId: doc.name };
    if (throughput && isObject(throughput.properties.resource)) {
        const r = throughput.properties.resource;
        props.options = isObject(r.autoscaleSettings) ? { autoscaleSettings: { maxThroughput: r.autoscaleSettings.maxThroughput } } : { throughput: r.throughput };
    }
    const scripts = ["storedProcedure", "trigger", "userDefinedFunction"].includes(doc.kind);
    return scripts ? props : { ...props, tags: doc.envelope.tags ?? {} };
}

/** Values that mean the same to Azure, written one way (region names; index mode case). */
function normalise(path: string, value: unknown): unknown {
    if ((path === "location" || /^locations\[\d+\]\.locationName$/.test(path)) && typeof value === "string") return findRegion(value)?.name ?? value;
    if (path === "resource.indexingPolicy.indexingMode" && typeof value === "string") return value.toLowerCase();
    return value;
}

/** A sortable number for an IPv4 address or range (address, then prefix). */
function ipOrder(rule: string): number {
    const [address, prefix] = rule.split("/");
    return address.split(".").reduce((n, o) => n * 256 + Number(o), 0) * 64 + Number(prefix ?? 32);
}

/** Leaves of Azure's stored state that the plan must carry, after the ignores above. */
export function expectedLeaves(view: Json): Map<string, unknown> {
    const out = new Map<string, unknown>();
    const consistency = isObject(view.consistencyPolicy) ? view.consistencyPolicy.defaultConsistencyLevel : undefined;
    // Sets in Azure, sorted by the program (an assumption documented in docs/runbooks/adopt.md): IP rules, ACL-bypass resources, a role's data actions.
    const sorted: Json = { ...view };
    if (Array.isArray(view.locations)) sorted.locations = [...view.locations].sort((a, b) => ((a as Json).failoverPriority as number) - ((b as Json).failoverPriority as number));
    if (Array.isArray(view.ipRules)) sorted.ipRules = [...view.ipRules].sort((a, b) => ipOrder(String((a as Json).ipAddressOrRange)) - ipOrder(String((b as Json).ipAddressOrRange)));
    if (Array.isArray(view.networkAclBypassResourceIds)) sorted.networkAclBypassResourceIds = [...(view.networkAclBypassResourceIds as string[])].sort();
    if (Array.isArray(view.permissions)) sorted.permissions = view.permissions.map((p) => ({ ...(p as Json), dataActions: [...((p as Json).dataActions as string[])].sort() }));
    for (const [path, value] of leaves(sorted)) {
        if (SOURCE_IGNORED.some((re) => re.test(path))) continue;
        if (path in UNSENT_AT_DEFAULT && UNSENT_AT_DEFAULT[path] === value) continue;
        if (path === "resource.conflictResolutionPolicy.conflictResolutionProcedure" && value === "") continue;
        if (consistency !== "BoundedStaleness" && /^consistencyPolicy\.max/.test(path)) continue;
        if (path === "capacity.totalThroughputLimit" && value === -1) continue;
        if (/^resource\.conflictResolutionPolicy\./.test(path) && view.resource && isObject((view.resource as Json).conflictResolutionPolicy)) {
            const p = (view.resource as Json).conflictResolutionPolicy as Json;
            if (p.mode === "LastWriterWins" && (p.conflictResolutionPath ?? "/_ts") === "/_ts") continue;
        }
        out.set(path, normalise(path, value));
    }
    return out;
}

/** Inputs that locate the resource (names), checked by the import id instead. */
const LOCATORS = /^(accountName|resourceGroupName|databaseName|containerName|storedProcedureName|triggerName|userDefinedFunctionName)$/;

/** What the program plans that Azure reports differently or not at all, with the value it must have. */
const PLANNED_DEFAULTS: [RegExp, (v: unknown) => boolean][] = [
    [/^createMode$/, (v) => v === "Default"],
    [/^networkAclBypassResourceIds$/, (v) => Array.isArray(v) && v.length === 0],
    [/^resource\.partitionKey\.version$/, (v) => v === 1 || v === 2],
    [/^resource\.indexingPolicy\.automatic$/, (v) => typeof v === "boolean"],
];

/** Differences between the planned inputs and Azure's stored state, one line each. */
export function stateDifferences(planned: Json, view: Json): string[] {
    const expected = expectedLeaves(view);
    const got = leaves(planned);
    const lines: string[] = [];
    for (const [path, value] of expected) {
        if (JSON.stringify(got.get(path)) !== JSON.stringify(value)) lines.push(`${path}: planned ${JSON.stringify(got.get(path))}, Azure ${JSON.stringify(value)}`);
    }
    for (const [path, value] of got) {
        if (expected.has(path) || LOCATORS.test(path)) continue;
        if (PLANNED_DEFAULTS.some(([re, ok]) => re.test(path) && ok(value))) continue;
        lines.push(`${path}: planned ${JSON.stringify(value)}, not in Azure's state`);
    }
    return lines;
}
