/**
 * Databases, containers, their throughput and scripts of one account, into the data model
 * (`databases`, `throughput`), script files, and the inputs the round trip expects.
 */
import { RESOURCE_ID } from "../../components/shared/primitives";
import { ArmDocument } from "./documents";
import { Gap } from "./errors";
import { ContainerEstate, DatabaseEstate } from "./estate";
import { AccountDraft, Comment } from "./model";
import { TYPES } from "../model/types";
import { AdoptedRestore, AdoptedThroughput, CONTAINER_ROWS, DATABASE_ROWS, DataRowContext, scriptRows, THROUGHPUT_ROWS, throughputInput } from "./rows/data";
import { applyRows, plainContext, sameJson } from "./table";
import { Json } from "../model/json";

export interface Sink {
    gaps: Gap[];
    notes: string[];
    comments: Comment[];
}

/** A role assignment that repeats another (same role, principal and scope): the stack config names one, so the second is a gap. */
export function duplicateAssignmentGap(sink: Sink, doc: ArmDocument, role: string, principal: string, otherId: unknown): void {
    sink.gaps.push({
        source: doc.source,
        id: doc.id,
        property: "name",
        value: doc.name,
        reason: `a second assignment of '${role}' to ${principal} at the same scope (also ${String(otherId)}); the stack config holds one, so delete the duplicate in Azure first`,
    });
}

/** Where adopted scripts go, relative to the project: one folder per account, database and container. */
export function scriptPath(account: string, db: string, container: string, kind: "sprocs" | "triggers" | "udfs", name: string): string {
    return `scripts/adopted/${account}/${db}/${container}/${kind}/${name}.js`;
}

const SCAN_DATA = ["properties", "properties.resource", "properties.options"];
const SCAN_THROUGHPUT = ["properties", "properties.resource", "properties.resource.autoscaleSettings"];

/** Runs rows over a document into a config object and expected inputs; returns the throughput and in-place restore it reported. */
function run(
    doc: ArmDocument,
    rows: Parameters<typeof applyRows<DataRowContext>>[0],
    root: Json,
    inputs: Json,
    sink: Sink,
    prefix: (string | number)[],
    scan: string[],
): { throughput?: AdoptedThroughput; restore?: AdoptedRestore } {
    const found: { throughput?: AdoptedThroughput; restore?: AdoptedRestore } = {};
    const ctx: DataRowContext = {
        ...plainContext(doc, root, inputs, sink, prefix),
        throughput: (t) => (found.throughput = t),
        restored: (r) => (found.restore = r),
    };
    applyRows(rows, ctx, scan);
    return found;
}

/** The account's in-place restores, as `restoreInPlace` entries (completed: Azure has created them). */
class Restores {
    private source?: string;
    readonly entries: Json[] = [];
    constructor(private readonly sink: Sink) {}

    add(doc: ArmDocument, name: string, r: AdoptedRestore | undefined, databaseRestored = false): void {
        if (!r) return;
        const gap = (reason: string): void =>
            void this.sink.gaps.push({ source: doc.source, id: doc.id, property: "properties.resource.createMode", value: "Restore", reason });
        if (databaseRestored)
            return gap(`restored with its database: the stack config restores '${name.split("/")[0]}' and imports its containers without create options`);
        if (this.source !== undefined && this.source !== r.restoreSource)
            return gap(
                `restored from ${r.restoreSource}, another account's backup than the others (${this.source}); the stack config's restoreInPlace has one restorable account id`,
            );
        this.source = r.restoreSource;
        this.entries.push({ name, timestamp: r.timestamp, ...(r.ttlDisabled ? { ttlDisabled: true } : {}), completed: true });
    }

    config(): Json | undefined {
        return this.source === undefined ? undefined : { restorableAccountId: this.source, resources: this.entries };
    }
}

/** A database's or container's throughput: its throughputSettings document wins over the GET's options. */
function throughputFrom(own: AdoptedThroughput | undefined, doc: ArmDocument | undefined, sink: Sink, sources: string[]): AdoptedThroughput | undefined {
    if (!doc) return own;
    sources.push(doc.source);
    const fromDoc = run(doc, THROUGHPUT_ROWS, {}, {}, sink, [], SCAN_THROUGHPUT).throughput;
    if (own && fromDoc && !sameJson(own, fromDoc))
        sink.notes.push(
            `${doc.id}: the throughput settings (${JSON.stringify(fromDoc)}) differ from the GET's options (${JSON.stringify(own)}); adopted the throughput settings`,
        );
    return fromDoc ?? own;
}

function locators(doc: ArmDocument): Json {
    return {
        accountName: doc.account,
        resourceGroupName: doc.resourceGroup,
        ...(doc.database !== undefined ? { databaseName: doc.database } : {}),
        ...(doc.container !== undefined ? { containerName: doc.container } : {}),
    };
}

function nameProblem(doc: ArmDocument, sink: Sink): boolean {
    if (RESOURCE_ID.test(doc.name)) return false;
    sink.gaps.push({
        source: doc.source,
        id: doc.id,
        property: "name",
        value: doc.name,
        reason: "the stack config takes names of letters, digits, '.', '_' and '-' (starting with a letter or digit)",
    });
    return true;
}

const SCRIPT_KINDS = [
    ["storedProcedures", "storedProcedure", "sprocs", "storedProcedureName"],
    ["triggers", "trigger", "triggers", "triggerName"],
    ["userDefinedFunctions", "userDefinedFunction", "udfs", "userDefinedFunctionName"],
] as const;

interface DatabaseScope {
    index: number;
    shared: boolean;
    serverless: boolean;
    restored: boolean;
    restores: Restores;
}

function convertContainer(draft: AccountDraft, c: ContainerEstate, j: number, db: DatabaseScope, sink: Sink): Json {
    const prefix = ["databases", db.index, "containers", j];
    const config: Json = {};
    const inputs: Json = { ...locators(c.doc) };
    const sources = [c.doc.source];
    const own = run(c.doc, CONTAINER_ROWS, config, inputs, sink, prefix, SCAN_DATA);
    db.restores.add(c.doc, `${c.doc.database}/${c.doc.name}`, own.restore, db.restored);
    const throughput = throughputFrom(own.throughput, c.throughput, sink, sources);
    const key = `${c.doc.database}/${c.doc.name}`;
    if (throughput) {
        setThroughput(draft, "containers", key, throughput);
        inputs.options = throughputInput(throughput);
    } else if (!db.shared && !db.serverless) {
        sink.gaps.push({
            source: c.doc.source,
            id: c.doc.id,
            property: "throughput",
            value: undefined,
            reason: `the container's throughput is not in the input and its database has none; add \`az cosmosdb sql container throughput show\` for '${key}'`,
        });
    }
    draft.checks.push({ id: c.doc.id, type: TYPES.container, sources, expected: inputs });
    if (config.tags) draft.tagSets.push(config.tags as Record<string, string>);

    for (const [listKey, kind, folder, nameInput] of SCRIPT_KINDS) {
        const scripts: Json[] = [];
        for (const s of c[listKey]) {
            if (nameProblem(s, sink)) continue;
            const scriptConfig: Json = {};
            const scriptInputs: Json = { ...locators(s), [nameInput]: s.name };
            run(s, scriptRows(kind), scriptConfig, scriptInputs, sink, [...prefix, listKey, scripts.length], SCAN_DATA);
            if (typeof scriptConfig.body !== "string") continue;
            const file = scriptPath(draft.name, c.doc.database ?? "", c.doc.name, folder, s.name);
            draft.scripts.push({ path: file, body: scriptConfig.body });
            const { body: _body, ...rest } = scriptConfig;
            scripts.push({ ...rest, name: s.name, file });
            draft.checks.push({ id: s.id, type: TYPES[kind], sources: [s.source], expected: scriptInputs });
            draft.counts.scripts += 1;
        }
        if (scripts.length > 0) config[listKey] = scripts;
    }
    draft.counts.containers += 1;
    // Name first, tags last: the order a reader of the stack file expects.
    const { name, tags, ...rest } = config;
    return { name: name ?? c.doc.name, ...rest, ...(tags !== undefined ? { tags } : {}) };
}

function setThroughput(draft: AccountDraft, kind: "databases" | "containers", key: string, t: AdoptedThroughput): void {
    const throughput = (draft.config.throughput ??= {}) as Json;
    const map = (throughput[kind] ??= {}) as Json;
    map[key] = t;
}

/** The account's databases, into `draft.config.databases` and `draft.config.throughput`. */
export function convertDatabases(draft: AccountDraft, databases: readonly DatabaseEstate[], serverless: boolean, sink: Sink): void {
    const out: Json[] = [];
    const restores = new Restores(sink);
    for (const db of databases) {
        if (nameProblem(db.doc, sink)) continue;
        const i = out.length;
        const config: Json = {};
        const inputs: Json = { ...locators(db.doc), databaseName: db.doc.name };
        const sources = [db.doc.source];
        const own = run(db.doc, DATABASE_ROWS, config, inputs, sink, ["databases", i], SCAN_DATA);
        restores.add(db.doc, db.doc.name, own.restore);
        const throughput = throughputFrom(own.throughput, db.throughput, sink, sources);
        if (throughput) {
            setThroughput(draft, "databases", db.doc.name, throughput);
            inputs.options = throughputInput(throughput);
        }
        draft.checks.push({ id: db.doc.id, type: TYPES.database, sources, expected: inputs });
        if (config.tags) draft.tagSets.push(config.tags as Record<string, string>);
        const scope: DatabaseScope = { index: i, shared: throughput !== undefined, serverless, restored: own.restore !== undefined, restores };
        const containers = db.containers.filter((c) => !nameProblem(c.doc, sink)).map((c, j) => convertContainer(draft, c, j, scope, sink));
        const { name: _name, ...rest } = config;
        out.push({ name: db.doc.name, ...rest, containers });
        draft.counts.databases += 1;
    }
    draft.config.databases = out;
    const restoreInPlace = restores.config();
    if (restoreInPlace) {
        draft.config.restoreInPlace = restoreInPlace;
        draft.comments.push({
            path: ["restoreInPlace"],
            text: "set by adopt: these were restored in place; Azure reads the restore only at creation, so the entries change nothing (remove them once imported)",
        });
    }
}
