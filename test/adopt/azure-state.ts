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
import { UNKNOWN } from "../../tooling/model/plan-record";

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
    /^(provisioningState|documentEndpoint|instanceId|EnabledApiTypes|customerManagedKeyStatus|keyVaultKeyUriVersion)$/,
    /^(writeLocations|readLocations|failoverPolicies|keysMetadata|privateEndpointConnections)(\[|\.|$)/,
    /^locations\[\d+\]\.(id|documentEndpoint|provisioningState)$/,
    /^identity\.(principalId|tenantId)$/,
    /^resource\._(rid|ts|etag|self|colls|users)$/,
    /^resource\.(minimumThroughput|offerReplacePending|instantMaximumThroughput|softAllowedMaximumThroughput)$/,
    /^resource\.partitionKey\.systemKey$/,
    // Defaults Azure fills in, equal to what not sending the property means.
    /^(enablePartitionKeyMonitor|configurationOverrides|cors|apiProperties)$/,
    /^diagnosticLogSettings\.enableFullTextQuery$/,
    /^resource\.indexingPolicy\.includedPaths\[\d+\]\.indexes(\[|$)/,
    /^resource\.indexingPolicy\.(compositeIndexes|spatialIndexes|vectorIndexes|fullTextIndexes)$/, // only when empty (a leaf)
    /^resource\.(geospatialConfig\.type|computedProperties)$/,
    /^resource\.uniqueKeyPolicy\.uniqueKeys$/, // only when empty (a leaf)
    /^permissions\[0\]\.notDataActions$/, // only when empty (a leaf)
    /^applicationSecurityGroups$/, // only when empty (a leaf)
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
    defaultIdentity: "FirstPartyIdentity",
};

/** A sub-resource's own settings, in either shape: REST's `{ name, id, properties }` or the CLI's flattened one (its `id`, `type`, `etag` and `resourceGroup` are Azure's). */
function own(value: unknown): Json {
    const v = isObject(value) ? value : {};
    const {
        properties: _properties,
        id,
        type: _type,
        etag: _etag,
        resourceGroup: _rg,
        provisioningState: _state,
        ...rest
    } = { ...v, ...(isObject(v.properties) ? v.properties : {}) };
    return { ...(rest.name === undefined && typeof id === "string" ? { name: id.split("/").pop() } : {}), ...rest };
}

/** The account id an extension resource's id starts with (`<account id>/providers/...`). */
const accountPrefix = (id: string): string => id.replace(/\/providers\/Microsoft\.(Insights|Authorization)\/.*$/i, "");

/** The stored view of an extension resource (endpoint, zone group, diagnostic setting, lock, control-plane assignment) in azure-native's input names. */
function extensionView(doc: ArmDocument): Json {
    const props = doc.properties;
    const list = (v: unknown) => (Array.isArray(v) ? v.map(own) : []);
    switch (doc.kind) {
        case "privateEndpoint": {
            const {
                provisioningState: _s,
                networkInterfaces: _n,
                customDnsConfigs: _c,
                privateLinkServiceConnections,
                manualPrivateLinkServiceConnections,
                ipConfigurations,
                subnet,
                ...rest
            } = props;
            const connections = (v: unknown) => list(v).map(({ privateLinkServiceConnectionState: _state, ...c }) => c);
            return {
                ...rest,
                ...(list(privateLinkServiceConnections).length ? { privateLinkServiceConnections: connections(privateLinkServiceConnections) } : {}),
                ...(list(manualPrivateLinkServiceConnections).length
                    ? { manualPrivateLinkServiceConnections: connections(manualPrivateLinkServiceConnections) }
                    : {}),
                ...(list(ipConfigurations).length ? { ipConfigurations: list(ipConfigurations) } : {}),
                subnet: { id: own(subnet).id ?? (subnet as Json).id },
                location: doc.envelope.location,
                tags: doc.envelope.tags ?? {},
            };
        }
        case "privateDnsZoneGroup":
            return { privateDnsZoneGroupName: doc.name, privateDnsZoneConfigs: list(props.privateDnsZoneConfigs).map(({ recordSets: _r, ...c }) => c) };
        case "diagnosticSetting": {
            // Enabled categories only: a disabled one is what not listing it means (an assumption, docs/runbooks/adopt.md).
            const enabled = (v: unknown) =>
                list(v)
                    .filter((c) => c.enabled === true)
                    .map(({ retentionPolicy: _r, ...c }) => c);
            return { ...props, logs: enabled(props.logs), metrics: enabled(props.metrics), name: doc.name, resourceUri: accountPrefix(doc.id) };
        }
        case "lock":
            return { ...props, lockName: doc.name };
        default: {
            const { principalName: _p, roleDefinitionName: _r, createdOn: _c, updatedOn: _u, createdBy: _cb, updatedBy: _ub, ...rest } = props;
            return { ...rest, roleAssignmentName: doc.name };
        }
    }
}

/** The document's stored properties in the input's names (throughput merged into `options`). */
export function storedView(doc: ArmDocument, throughput?: ArmDocument): Json {
    const props: Json = { ...doc.properties };
    if (doc.kind === "account") {
        const stored = isObject(doc.envelope.identity) ? doc.envelope.identity : { type: "None" };
        // azure-native takes user-assigned identities as a list of their ids (Azure's map keys).
        const assigned = isObject(stored.userAssignedIdentities) ? { userAssignedIdentities: Object.keys(stored.userAssignedIdentities) } : {};
        const identity = {
            type: stored.type,
            ...(stored.principalId ? { principalId: stored.principalId } : {}),
            ...(stored.tenantId ? { tenantId: stored.tenantId } : {}),
            ...assigned,
        };
        return { ...props, location: doc.envelope.location, kind: doc.envelope.kind, tags: doc.envelope.tags ?? {}, identity };
    }
    if (["privateEndpoint", "privateDnsZoneGroup", "diagnosticSetting", "lock", "controlRoleAssignment"].includes(doc.kind)) return extensionView(doc);
    if (doc.kind === "roleDefinition") return { ...props, roleDefinitionId: doc.name };
    if (doc.kind === "roleAssignment") return { ...props, roleAssignmentId: doc.name };
    if (throughput && isObject(throughput.properties.resource)) {
        const r = throughput.properties.resource;
        props.options = isObject(r.autoscaleSettings)
            ? { autoscaleSettings: { maxThroughput: r.autoscaleSettings.maxThroughput } }
            : { throughput: r.throughput };
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
    if (Array.isArray(view.locations))
        sorted.locations = [...(view.locations as unknown[])].sort(
            (a, b) => ((a as Json).failoverPriority as number) - ((b as Json).failoverPriority as number),
        );
    if (Array.isArray(view.ipRules))
        sorted.ipRules = [...(view.ipRules as unknown[])].sort(
            (a, b) => ipOrder(String((a as Json).ipAddressOrRange)) - ipOrder(String((b as Json).ipAddressOrRange)),
        );
    if (Array.isArray(view.networkAclBypassResourceIds)) sorted.networkAclBypassResourceIds = [...(view.networkAclBypassResourceIds as string[])].sort();
    if (Array.isArray(view.permissions))
        sorted.permissions = view.permissions.map((p) => ({ ...(p as Json), dataActions: [...((p as Json).dataActions as string[])].sort() }));
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
const LOCATORS =
    /^(accountName|resourceGroupName|databaseName|containerName|storedProcedureName|triggerName|userDefinedFunctionName|privateEndpointName|resourceProviderNamespace|parentResourcePath|resourceType|resourceName|apiVersion)$/;

/** What the program plans that Azure reports differently or not at all, with the value it must have. */
const PLANNED_DEFAULTS: [RegExp, (v: unknown) => boolean][] = [
    [/^createMode$/, (v) => v === "Default"],
    [/^networkAclBypassResourceIds$/, (v) => Array.isArray(v) && v.length === 0],
    [/^resource\.partitionKey\.version$/, (v) => v === 1 || v === 2],
    [/^resource\.indexingPolicy\.automatic$/, (v) => typeof v === "boolean"],
    // azure-native's SDK fills in a subnet reference's network-policy defaults; Azure reports the reference's id only.
    [/^subnet\.privateEndpointNetworkPolicies$/, (v) => v === "Disabled"],
    [/^subnet\.privateLinkServiceNetworkPolicies$/, (v) => v === "Enabled"],
    // The project writes resource-specific tables; Azure does not report the value reliably.
    [/^logAnalyticsDestinationType$/, (v) => v === "Dedicated"],
];

/**
 * Differences between the planned inputs and Azure's stored state, one line each. `accountId`: the
 * account's ARM id, which inputs taken from the account's `id` output (unknown offline) resolve to.
 */
export function stateDifferences(planned: Json, view: Json, accountId?: string): string[] {
    const expected = expectedLeaves(view);
    const got = leaves(planned);
    const lines: string[] = [];
    for (const [path, value] of expected) {
        if (got.get(path) === UNKNOWN && accountId !== undefined && value === accountId) continue;
        if (JSON.stringify(got.get(path)) !== JSON.stringify(value))
            lines.push(`${path}: planned ${JSON.stringify(got.get(path))}, Azure ${JSON.stringify(value)}`);
    }
    for (const [path, value] of got) {
        if (expected.has(path) || LOCATORS.test(path)) continue;
        if (PLANNED_DEFAULTS.some(([re, ok]) => re.test(path) && ok(value))) continue;
        lines.push(`${path}: planned ${JSON.stringify(value)}, not in Azure's state`);
    }
    return lines;
}
