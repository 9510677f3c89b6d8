/**
 * Azure's JSON documents of a Cosmos DB NoSQL estate, as `az` and the REST API return them: what
 * each one is (by its ARM `type`, cross-checked with its `id`), where it sits (subscription,
 * resource group, account, database, container), and its properties in the REST shape.
 *
 * Two shapes reach us for the same resource: the REST API's (`{ id, name, type, properties: {...} }`)
 * and the Azure CLI's, whose Python models flatten `properties` into the top level (and rename a
 * property named `type` to `typePropertiesType`, and `_rid`/`_ts`/`_etag` to `rid`/`ts`/`etag`).
 * Both become the REST shape here, so the converter reads one form. Documents of other providers
 * that belong to an account (its private endpoints, their zone groups, its diagnostic settings,
 * locks and role assignments) are classified in extensions.ts.
 * REST: https://learn.microsoft.com/rest/api/cosmos-db-resource-provider/ (API 2025-10-15)
 */
import { AdoptInputError } from "./errors";
import { isObject, Json } from "../model/json";
import { classifyExtension, EXTENSION_TYPES } from "./extensions";

export type DocKind =
    | "account"
    | "database"
    | "container"
    | "databaseThroughput"
    | "containerThroughput"
    | "storedProcedure"
    | "trigger"
    | "userDefinedFunction"
    | "roleDefinition"
    | "roleAssignment"
    // Resources of other providers that belong to an account (tooling/adopt/extensions.ts).
    | "privateEndpoint"
    | "privateDnsZoneGroup"
    | "diagnosticSetting"
    | "lock"
    | "controlRoleAssignment";

/** One resource of the input, in the REST shape. */
export interface ArmDocument {
    kind: DocKind;
    /** The ARM id in the REST API's path form (`.../sqlDatabases/<db>/containers/<c>`). */
    id: string;
    /** Where it came from, for messages: `<file>: value[2]`. */
    source: string;
    subscriptionId: string;
    resourceGroup: string;
    account: string;
    /** The account's ARM id. */
    accountId: string;
    database?: string;
    container?: string;
    /** The resource's own name (script, role definition or assignment GUID); the last id segment. */
    name: string;
    /** Envelope fields (`location`, `tags`, `kind`, `identity`); null values removed. */
    envelope: Record<string, unknown>;
    /** `properties`, null values removed. */
    properties: Record<string, unknown>;
    /**
     * Where an extension resource sits: a private DNS zone group's endpoint (its canonical id), a
     * control-plane assignment's scope. An empty `account` is filled in by the grouping (a zone
     * group by its endpoint, an assignment at the resource group by the account in that group).
     */
    parentId?: string;
    scope?: "account" | "resourceGroup" | "below";
}

const PROVIDER = "microsoft.documentdb/databaseaccounts";

/**
 * Child segments of an account id, per kind, with the spellings Azure uses: the REST paths say
 * `containers`, `storedProcedures`, ...; the REST examples and some responses' `type` say
 * `sqlContainers`, `sqlStoredProcedures`, ... Keys are lower case.
 */
const SEGMENT_ALIASES: Record<string, string> = {
    sqldatabases: "sqlDatabases",
    containers: "containers",
    sqlcontainers: "containers",
    storedprocedures: "storedProcedures",
    sqlstoredprocedures: "storedProcedures",
    triggers: "triggers",
    sqltriggers: "triggers",
    userdefinedfunctions: "userDefinedFunctions",
    sqluserdefinedfunctions: "userDefinedFunctions",
    throughputsettings: "throughputSettings",
    sqlroledefinitions: "sqlRoleDefinitions",
    sqlroleassignments: "sqlRoleAssignments",
};

/** The kind of a resource type path below the account (`sqlDatabases/containers`), canonical segments. */
const KIND_OF_PATH: Record<string, DocKind> = {
    "": "account",
    sqlDatabases: "database",
    "sqlDatabases/containers": "container",
    "sqlDatabases/throughputSettings": "databaseThroughput",
    "sqlDatabases/containers/throughputSettings": "containerThroughput",
    "sqlDatabases/containers/storedProcedures": "storedProcedure",
    "sqlDatabases/containers/triggers": "trigger",
    "sqlDatabases/containers/userDefinedFunctions": "userDefinedFunction",
    sqlRoleDefinitions: "roleDefinition",
    sqlRoleAssignments: "roleAssignment",
};

/** Child types of the other APIs, and what they belong to (for "not a NoSQL resource" messages). */
const OTHER_API_SEGMENTS: Record<string, string> = {
    mongodbdatabases: "MongoDB",
    mongodbroledefinitions: "MongoDB",
    mongodbuserdefinitions: "MongoDB",
    cassandrakeyspaces: "Cassandra",
    gremlindatabases: "Gremlin",
    tables: "Table",
};

export const ACCEPTED_TYPES =
    "Microsoft.DocumentDB/databaseAccounts and its sqlDatabases, containers, throughputSettings, storedProcedures, triggers, userDefinedFunctions, sqlRoleDefinitions and sqlRoleAssignments; an account's Microsoft.Network/privateEndpoints (and their privateDnsZoneGroups), Microsoft.Insights/diagnosticSettings, Microsoft.Authorization/locks and roleAssignments";

/** Canonical child path of a type (`Microsoft.DocumentDB/databaseAccounts/sqlDatabases/sqlContainers` -> `sqlDatabases/containers`). */
export function childPathOfType(type: string, where: string): string {
    const lower = type.toLowerCase();
    if (!lower.startsWith(PROVIDER)) {
        throw new AdoptInputError(`${where}: type '${type}' is not a Cosmos DB resource; accepted: ${ACCEPTED_TYPES}`);
    }
    const rest = type
        .slice(PROVIDER.length)
        .split("/")
        .filter((s) => s !== "");
    return rest
        .map((segment) => {
            const other = OTHER_API_SEGMENTS[segment.toLowerCase()];
            if (other) throw new AdoptInputError(`${where}: type '${type}' belongs to the ${other} API; adopt handles Cosmos DB for NoSQL only`);
            const canonical = SEGMENT_ALIASES[segment.toLowerCase()];
            if (!canonical) throw new AdoptInputError(`${where}: type '${type}' is not a Cosmos DB NoSQL resource; accepted: ${ACCEPTED_TYPES}`);
            return canonical;
        })
        .join("/");
}

interface ParsedId {
    subscriptionId: string;
    resourceGroup: string;
    account: string;
    /** Canonical child segments and names below the account. */
    children: { segment: string; name: string }[];
}

const ID_HEAD = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.DocumentDB\/databaseAccounts\/([^/]+)((?:\/[^/]+\/[^/]+)*)\/?$/i;

/** Parses an ARM id of the account or a child; child segments canonical. */
export function parseArmId(id: string, where: string): ParsedId {
    const m = ID_HEAD.exec(id);
    if (!m) {
        throw new AdoptInputError(
            `${where}: id '${id}' is not a Cosmos DB account or child id; expected /subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.DocumentDB/databaseAccounts/<name>[/...]`,
        );
    }
    const parts = m[4].split("/").filter((s) => s !== "");
    const children: { segment: string; name: string }[] = [];
    for (let i = 0; i < parts.length; i += 2) {
        const segment = SEGMENT_ALIASES[parts[i].toLowerCase()];
        if (!segment) {
            const other = OTHER_API_SEGMENTS[parts[i].toLowerCase()];
            throw new AdoptInputError(
                other
                    ? `${where}: id '${id}' is a ${other} API resource; adopt handles Cosmos DB for NoSQL only`
                    : `${where}: id '${id}' has a segment '${parts[i]}' that is not a Cosmos DB NoSQL resource`,
            );
        }
        children.push({ segment, name: parts[i + 1] });
    }
    return { subscriptionId: m[1], resourceGroup: m[2], account: m[3], children };
}

/** The REST path form of an id (canonical segments), for matching ids across spellings. */
export function canonicalId(parsed: ParsedId): string {
    const head = `/subscriptions/${parsed.subscriptionId}/resourceGroups/${parsed.resourceGroup}/providers/Microsoft.DocumentDB/databaseAccounts/${parsed.account}`;
    return head + parsed.children.map((c) => `/${c.segment}/${c.name}`).join("");
}

const ENVELOPE = new Set(["id", "name", "type", "location", "tags", "kind", "identity", "systemData", "resourceGroup", "etag", "zones", "properties"]);

/** Drops nulls (the CLI writes `"options": null` for "not set"), keeping everything else. */
export function withoutNulls(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(withoutNulls);
    if (!isObject(value)) return value;
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = withoutNulls(v);
    return out;
}

/** The CLI's names for what the REST API calls `_rid`, `_ts`, `_etag`, ... inside `resource`. */
const CLI_SYSTEM_NAMES: Record<string, string> = { rid: "_rid", ts: "_ts", etag: "_etag", self: "_self", colls: "_colls", users: "_users" };

export function restProperties(doc: Json): Json {
    if (isObject(doc.properties)) return withoutNulls(doc.properties) as Json;
    // The CLI's flattened form: everything but the envelope is a property.
    const out: Json = {};
    for (const [k, v] of Object.entries(doc)) {
        if (ENVELOPE.has(k) || v === null || v === undefined) continue;
        out[k === "typePropertiesType" ? "type" : k] = withoutNulls(v);
    }
    const resource = out.resource;
    if (isObject(resource)) {
        out.resource = Object.fromEntries(Object.entries(resource).map(([k, v]) => [CLI_SYSTEM_NAMES[k] ?? k, v]));
    }
    return out;
}

/** The envelope fields of a document (`location`, `tags`, `kind`, `identity`), nulls removed. */
export function envelopeOf(doc: Json): Json {
    const envelope: Json = {};
    for (const key of ["location", "tags", "kind", "identity"]) if (doc[key] !== null && doc[key] !== undefined) envelope[key] = withoutNulls(doc[key]);
    return envelope;
}

/** One resource object of an input, classified. `where` names it in messages. */
export function classify(doc: unknown, where: string): ArmDocument {
    const read = classifyOrSkip(doc, where);
    if ("skipped" in read) throw new AdoptInputError(`${where}: ${read.skipped}`);
    return read;
}

/**
 * A document, or why it is left out: a lock or role assignment of the resource group or the
 * subscription (`az lock list` and `az role assignment list --include-inherited` list them with
 * the account's own), which the stack does not manage. A note, never silence.
 */
export function classifyOrSkip(doc: unknown, where: string): ArmDocument | { skipped: string } {
    if (!isObject(doc))
        throw new AdoptInputError(`${where}: expected a resource object with "id" and "type"; got ${Array.isArray(doc) ? "an array" : typeof doc}`);
    // A private DNS zone group is a sub-resource without "type" in Azure's responses (API 2024-05-01): its id says what it is.
    if (doc.type === undefined && typeof doc.id === "string" && /\/privateDnsZoneGroups\/[^/]+\/?$/i.test(doc.id)) {
        return classifyExtension(doc as Json & { id: string; type: string }, "privateDnsZoneGroup", where);
    }
    if (typeof doc.type !== "string" || typeof doc.id !== "string") {
        const keys = Object.keys(doc).slice(0, 6).join(", ") || "none";
        throw new AdoptInputError(
            `${where}: not an Azure resource document (no "id" and "type"; keys: ${keys}); accepted: ${ACCEPTED_TYPES}, as az or the REST API return them`,
        );
    }
    const extension = EXTENSION_TYPES[doc.type.toLowerCase()];
    if (extension) return classifyExtension(doc as Json & { id: string; type: string }, extension, where);
    const typePath = childPathOfType(doc.type, where);
    const parsed = parseArmId(doc.id, where);
    const idPath = parsed.children.map((c) => c.segment).join("/");
    if (idPath !== typePath) {
        throw new AdoptInputError(`${where}: id '${doc.id}' does not match its type '${doc.type}'`);
    }
    const kind = KIND_OF_PATH[typePath];
    if (!kind) throw new AdoptInputError(`${where}: type '${doc.type}' is not a resource adopt reads; accepted: ${ACCEPTED_TYPES}`);
    const byName = (segment: string) => parsed.children.find((c) => c.segment === segment)?.name;
    const last = parsed.children[parsed.children.length - 1];
    const envelope = envelopeOf(doc);
    return {
        kind,
        id: canonicalId(parsed),
        source: where,
        subscriptionId: parsed.subscriptionId,
        resourceGroup: parsed.resourceGroup,
        account: parsed.account,
        accountId: canonicalId({ ...parsed, children: [] }),
        ...(byName("sqlDatabases") !== undefined ? { database: byName("sqlDatabases") } : {}),
        ...(byName("containers") !== undefined ? { container: byName("containers") } : {}),
        name: last ? last.name : parsed.account,
        envelope,
        properties: restProperties(doc),
    };
}
