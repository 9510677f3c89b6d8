/**
 * The documents grouped into accounts, each with its databases, containers, throughput settings,
 * scripts, data-plane roles, and the extension resources that belong to it (private endpoints with
 * their DNS zone groups, diagnostic settings, locks, control-plane role assignments). Input errors found here: a child whose account (or database, or
 * container) is not in the input, an account of another API, two different documents for one id.
 */
import { ArmDocument, DocKind } from "./documents";
import { isObject } from "../model/json";
import { AdoptInputError, AdoptInputErrors } from "./errors";

export interface ContainerEstate {
    doc: ArmDocument;
    throughput?: ArmDocument;
    storedProcedures: ArmDocument[];
    triggers: ArmDocument[];
    userDefinedFunctions: ArmDocument[];
}

export interface DatabaseEstate {
    doc: ArmDocument;
    throughput?: ArmDocument;
    containers: ContainerEstate[];
}

export interface PrivateEndpointEstate {
    doc: ArmDocument;
    zoneGroups: ArmDocument[];
}

export interface AccountEstate {
    doc: ArmDocument;
    databases: DatabaseEstate[];
    roleDefinitions: ArmDocument[];
    roleAssignments: ArmDocument[];
    /** Endpoints whose connection points at the account, each with its DNS zone groups. */
    privateEndpoints: PrivateEndpointEstate[];
    diagnosticSettings: ArmDocument[];
    locks: ArmDocument[];
    /** Azure RBAC assignments at the account (or below it), and of a Cosmos DB role at its resource group. */
    controlRoleAssignments: ArmDocument[];
}

/** Capabilities that make an account another API's; adopt handles NoSQL only. */
const API_CAPABILITIES: Record<string, string> = {
    enablemongo: "MongoDB",
    enablecassandra: "Cassandra",
    enablegremlin: "Gremlin",
    enabletable: "Table",
};

/** Why an account document is not a NoSQL account, or undefined. */
export function otherApiOf(doc: ArmDocument): string | undefined {
    const kind = doc.envelope.kind;
    if (typeof kind === "string" && kind !== "GlobalDocumentDB") return kind === "MongoDB" ? "MongoDB" : `kind '${kind}'`;
    const capabilities = Array.isArray(doc.properties.capabilities) ? doc.properties.capabilities : [];
    for (const c of capabilities) {
        const api = isObject(c) && typeof c.name === "string" ? API_CAPABILITIES[c.name.toLowerCase()] : undefined;
        if (api) return api;
    }
    return undefined;
}

const byName = <T extends { doc: ArmDocument } | ArmDocument>(items: T[]): T[] =>
    [...items].sort((a, b) => {
        const x = "doc" in a ? a.doc.name : a.name;
        const y = "doc" in b ? b.doc.name : b.name;
        return x < y ? -1 : x > y ? 1 : 0;
    });

const SCRIPT_KINDS: Partial<Record<DocKind, "storedProcedures" | "triggers" | "userDefinedFunctions">> = {
    storedProcedure: "storedProcedures",
    trigger: "triggers",
    userDefinedFunction: "userDefinedFunctions",
};

/** Groups documents; every input error at once. */
export function groupEstate(docs: readonly ArmDocument[]): AccountEstate[] {
    const errors: AdoptInputError[] = [];
    // The same resource may come twice (a list and a GET): fine when they agree.
    const unique = new Map<string, ArmDocument>();
    for (const doc of docs) {
        const key = doc.id.toLowerCase();
        const seen = unique.get(key);
        if (!seen) unique.set(key, doc);
        else if (JSON.stringify([seen.envelope, seen.properties]) !== JSON.stringify([doc.envelope, doc.properties])) {
            errors.push(new AdoptInputError(`${doc.source}: ${doc.id} is also in ${seen.source}, with other properties; give each resource once`));
        }
    }
    const accountKey = (d: ArmDocument) => d.accountId.toLowerCase();
    const accounts = new Map<string, AccountEstate>();
    for (const doc of unique.values()) {
        if (doc.kind !== "account") continue;
        const other = otherApiOf(doc);
        if (other) {
            errors.push(new AdoptInputError(`${doc.source}: account '${doc.account}' is a ${other} account; adopt handles Cosmos DB for NoSQL only`));
            continue;
        }
        accounts.set(accountKey(doc), {
            doc,
            databases: [],
            roleDefinitions: [],
            roleAssignments: [],
            privateEndpoints: [],
            diagnosticSettings: [],
            locks: [],
            controlRoleAssignments: [],
        });
    }
    const databases = new Map<string, DatabaseEstate>();
    const containers = new Map<string, ContainerEstate>();
    const missing = (doc: ArmDocument, what: string, hint: string) =>
        errors.push(new AdoptInputError(`${doc.source}: ${doc.kind} '${doc.name}' belongs to ${what}, which is not in the input; add ${hint}`));
    const accountOf = (doc: ArmDocument) => {
        const a = accounts.get(accountKey(doc));
        if (!a) missing(doc, `account '${doc.account}' (resource group ${doc.resourceGroup})`, "the account's document (az cosmosdb show)");
        return a;
    };
    const ordered = [...unique.values()];
    for (const doc of ordered.filter((d) => d.kind === "database")) {
        const a = accountOf(doc);
        if (!a) continue;
        const db: DatabaseEstate = { doc, containers: [] };
        a.databases.push(db);
        databases.set(doc.id.toLowerCase(), db);
    }
    const dbIdOf = (doc: ArmDocument) => `${doc.accountId}/sqlDatabases/${doc.database}`.toLowerCase();
    const databaseOf = (doc: ArmDocument) => {
        if (!accountOf(doc)) return undefined;
        const db = databases.get(dbIdOf(doc));
        if (!db) missing(doc, `database '${doc.database}'`, "the database's document (az cosmosdb sql database show or list)");
        return db;
    };
    for (const doc of ordered.filter((d) => d.kind === "container")) {
        const db = databaseOf(doc);
        if (!db) continue;
        const c: ContainerEstate = { doc, storedProcedures: [], triggers: [], userDefinedFunctions: [] };
        db.containers.push(c);
        containers.set(`${dbIdOf(doc)}/containers/${(doc.container ?? "").toLowerCase()}`, c);
    }
    const endpoints = new Map<string, PrivateEndpointEstate>();
    const containerOf = (doc: ArmDocument) => {
        if (!databaseOf(doc)) return undefined;
        const c = containers.get(`${dbIdOf(doc)}/containers/${(doc.container ?? "").toLowerCase()}`);
        if (!c) missing(doc, `container '${doc.database}/${doc.container}'`, "the container's document (az cosmosdb sql container show or list)");
        return c;
    };
    for (const doc of ordered) {
        if (doc.kind === "databaseThroughput") {
            const db = databaseOf(doc);
            if (db) db.throughput = doc;
        } else if (doc.kind === "containerThroughput") {
            const c = containerOf(doc);
            if (c) c.throughput = doc;
        } else if (SCRIPT_KINDS[doc.kind]) {
            const c = containerOf(doc);
            if (c) c[SCRIPT_KINDS[doc.kind] as "storedProcedures"].push(doc);
        } else if (doc.kind === "roleDefinition" || doc.kind === "roleAssignment") {
            const a = accountOf(doc);
            if (a) (doc.kind === "roleDefinition" ? a.roleDefinitions : a.roleAssignments).push(doc);
        } else if (doc.kind === "privateEndpoint") {
            const a = accountOf(doc);
            if (a) {
                const endpoint: PrivateEndpointEstate = { doc, zoneGroups: [] };
                a.privateEndpoints.push(endpoint);
                endpoints.set(doc.id.toLowerCase(), endpoint);
            }
        } else if (doc.kind === "diagnosticSetting" || doc.kind === "lock") {
            const a = accountOf(doc);
            if (a) (doc.kind === "lock" ? a.locks : a.diagnosticSettings).push(doc);
        } else if (doc.kind === "controlRoleAssignment" && doc.scope !== "resourceGroup") {
            accountOf(doc)?.controlRoleAssignments.push(doc);
        }
    }
    // After the endpoints: a zone group belongs to its endpoint, and through it to the account.
    for (const doc of ordered.filter((d) => d.kind === "privateDnsZoneGroup")) {
        const endpoint = endpoints.get((doc.parentId ?? "").toLowerCase());
        if (endpoint) endpoint.zoneGroups.push(doc);
        else missing(doc, `private endpoint '${(doc.parentId ?? "").split("/").pop()}'`, "the endpoint's document (az network private-endpoint show)");
    }
    // An assignment at a resource group goes with the account in that group (the first by name): its Access component creates it.
    for (const doc of ordered.filter((d) => d.kind === "controlRoleAssignment" && d.scope === "resourceGroup")) {
        const inGroup = byName([...accounts.values()]).find(
            (a) =>
                a.doc.subscriptionId.toLowerCase() === doc.subscriptionId.toLowerCase() &&
                a.doc.resourceGroup.toLowerCase() === doc.resourceGroup.toLowerCase(),
        );
        if (inGroup) inGroup.controlRoleAssignments.push(doc);
        else missing(doc, `resource group '${doc.resourceGroup}'`, "an account of that group, or leave the assignment out");
    }
    if (errors.length > 0) throw new AdoptInputErrors(errors);
    if (accounts.size === 0)
        throw new AdoptInputErrors([new AdoptInputError("the input holds no Cosmos DB account document; add the account's (az cosmosdb show)")]);
    return byName([...accounts.values()]).map((a) => ({
        ...a,
        databases: byName(a.databases).map((db) => ({
            ...db,
            containers: byName(db.containers).map((c) => ({
                ...c,
                storedProcedures: byName(c.storedProcedures),
                triggers: byName(c.triggers),
                userDefinedFunctions: byName(c.userDefinedFunctions),
            })),
        })),
        roleDefinitions: byName(a.roleDefinitions),
        roleAssignments: byName(a.roleAssignments),
        privateEndpoints: byName(a.privateEndpoints).map((pe) => ({ ...pe, zoneGroups: byName(pe.zoneGroups) })),
        diagnosticSettings: byName(a.diagnosticSettings),
        locks: byName(a.locks),
        controlRoleAssignments: byName(a.controlRoleAssignments),
    }));
}
