/**
 * Throughput drift: the RU/s Azure runs each database and container at, read from the control
 * plane, against what the stack declares.
 *
 * Why a check of its own: azure-native sends throughput as the `options` of the database or
 * container, which Azure applies on create and update but does not report back, so
 * `pulumi refresh` (and `pulumi preview --refresh`) never sees a throughput changed in the portal
 * or with `az` (https://github.com/pulumi/pulumi-azure-native/issues/1787, open). The value lives
 * in the child resource `.../throughputSettings/default`, which this reads
 * (Microsoft.DocumentDB 2025-10-15, operations Get Sql{Database,Container}Throughput).
 *
 * The reader is an interface so tests run without Azure; `armThroughputReader` is the real one.
 */
import { provisionedThroughput } from "../../model/inputs";
import { get } from "../../model/json";
import { PolicyRecord } from "../../model/records";
import { TYPES } from "../../model/types";

/** The API version the project's azure-native (v3.28) uses for Cosmos DB. */
export const ARM_API_VERSION = "2025-10-15";
export const ARM_ENDPOINT = "https://management.azure.com";
export const ARM_SCOPE = "https://management.azure.com/.default";

export type DeclaredThroughput = { mode: "manual"; throughput: number } | { mode: "autoscale"; maxThroughput: number };

/** A database or container with dedicated throughput, as the stack declares it. */
export interface ThroughputTarget {
    /** `appdb` or `appdb/orders`. */
    name: string;
    resourceGroup: string;
    account: string;
    database: string;
    container?: string;
    declared: DeclaredThroughput;
}

/** What `throughputSettings/default` says (properties.resource). */
export interface DeployedThroughput {
    /** Manual RU/s, or autoscale's current RU/s. */
    throughput?: number;
    /** Set when the resource runs autoscale. */
    autoscaleMaxThroughput?: number;
    /** The lowest value Azure would accept now (it grows with storage and the highest RU/s ever set). */
    minimumThroughput?: number;
    /** A throughput change is still being applied. */
    pending: boolean;
}

export interface ThroughputReader {
    /** The deployed settings, or undefined when Azure has none (404: no such resource, or no dedicated throughput). */
    read(target: ThroughputTarget): Promise<DeployedThroughput | undefined>;
}

export type FindingStatus = "ok" | "drift" | "pending" | "missing" | "error";

export interface ThroughputFinding {
    name: string;
    status: FindingStatus;
    declared: string;
    deployed: string;
    message?: string;
}

export interface ThroughputReport {
    checked: number;
    findings: ThroughputFinding[];
    summary: Record<FindingStatus, number>;
}

const describeDeclared = (d: DeclaredThroughput): string => (d.mode === "autoscale" ? `autoscale max ${d.maxThroughput} RU/s` : `manual ${d.throughput} RU/s`);
const describeDeployed = (d: DeployedThroughput): string =>
    d.autoscaleMaxThroughput !== undefined
        ? `autoscale max ${d.autoscaleMaxThroughput} RU/s`
        : d.throughput !== undefined
          ? `manual ${d.throughput} RU/s`
          : "no throughput value";

/** The databases and containers that declare dedicated throughput (plan records or a stack export). */
export function declaredThroughput(records: readonly PolicyRecord[]): ThroughputTarget[] {
    const targets: ThroughputTarget[] = [];
    for (const r of records) {
        if (r.type !== TYPES.database && r.type !== TYPES.container) continue;
        const provisioned = provisionedThroughput(r.inputs);
        if (!provisioned) continue;
        const declared: DeclaredThroughput =
            provisioned.mode === "autoscale" ? { mode: "autoscale", maxThroughput: provisioned.max } : { mode: "manual", throughput: provisioned.ru };
        const text = (key: string) => (typeof r.inputs[key] === "string" ? r.inputs[key] : "");
        targets.push({
            name: r.name,
            resourceGroup: text("resourceGroupName"),
            account: text("accountName"),
            database: text("databaseName"),
            ...(r.type === TYPES.container ? { container: text("containerName") } : {}),
            declared,
        });
    }
    return targets;
}

/** Declared against deployed, for one database or container. */
export function compareThroughput(target: ThroughputTarget, deployed: DeployedThroughput | undefined): ThroughputFinding {
    const declared = describeDeclared(target.declared);
    if (!deployed) {
        return {
            name: target.name,
            status: "missing",
            declared,
            deployed: "none",
            message: "Azure has no throughput settings for it: the resource is missing or has no dedicated throughput",
        };
    }
    const finding = { name: target.name, declared, deployed: describeDeployed(deployed) };
    const d = target.declared;
    const deployedMode = deployed.autoscaleMaxThroughput !== undefined ? "autoscale" : "manual";
    const same =
        d.mode === "autoscale" ? deployed.autoscaleMaxThroughput === d.maxThroughput : deployedMode === "manual" && deployed.throughput === d.throughput;
    if (same) return { ...finding, status: "ok" };
    if (deployed.pending)
        return { ...finding, status: "pending", message: "a throughput change is still being applied (offerReplacePending); check again later" };
    const value = d.mode === "autoscale" ? d.maxThroughput : d.throughput;
    const floor =
        deployed.minimumThroughput !== undefined && deployed.minimumThroughput > value
            ? `; Azure's minimum for it is now ${deployed.minimumThroughput} RU/s, so the declared value would be refused`
            : "";
    const how =
        d.mode !== deployedMode
            ? `switched to ${deployedMode} outside Pulumi: set the config to match (runbook: change throughput mode) or migrate it back`
            : "changed outside Pulumi (portal, az, SDK); refresh does not see it: set the config to the value you want and deploy";
    return { ...finding, status: "drift", message: `${how}${floor}` };
}

/** Reads every target (at most `concurrency` requests at a time) and compares. */
export async function checkThroughput(targets: readonly ThroughputTarget[], reader: ThroughputReader, concurrency = 8): Promise<ThroughputReport> {
    const findings: ThroughputFinding[] = new Array<ThroughputFinding>(targets.length);
    let next = 0;
    const worker = async () => {
        while (next < targets.length) {
            const i = next++;
            const target = targets[i];
            if (!target.resourceGroup || !target.account || !target.database || target.container === "") {
                findings[i] = {
                    name: target.name,
                    status: "error",
                    declared: describeDeclared(target.declared),
                    deployed: "not read",
                    message: "its account, resource group or name is not known in the input (known after apply?)",
                };
                continue;
            }
            try {
                findings[i] = compareThroughput(target, await reader.read(target));
            } catch (e) {
                findings[i] = {
                    name: target.name,
                    status: "error",
                    declared: describeDeclared(target.declared),
                    deployed: "not read",
                    message: e instanceof Error ? e.message : String(e),
                };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, targets.length) }, worker));
    const summary: Record<FindingStatus, number> = { ok: 0, drift: 0, pending: 0, missing: 0, error: 0 };
    for (const f of findings) summary[f.status] += 1;
    return { checked: targets.length, findings, summary };
}

/** Drift, a missing resource or a failed read fails the check; a change still being applied does not. */
export const throughputPassed = (report: ThroughputReport): boolean => report.summary.drift + report.summary.missing + report.summary.error === 0;

export function renderThroughputReport(report: ThroughputReport, stack: string): string {
    const lines = [`throughput of ${report.checked} database(s) and container(s) in stack ${stack}, declared against deployed`];
    for (const f of report.findings.filter((x) => x.status !== "ok")) {
        lines.push(`  ${f.status.toUpperCase()} ${f.name}: declared ${f.declared}, deployed ${f.deployed}${f.message ? `: ${f.message}` : ""}`);
    }
    const s = report.summary;
    lines.push(`${s.ok} ok, ${s.drift} drifted, ${s.pending} pending, ${s.missing} missing, ${s.error} not read`);
    return lines.join("\n");
}

/** The ARM URL of a target's throughput settings. */
export function throughputUrl(subscriptionId: string, t: ThroughputTarget, endpoint = ARM_ENDPOINT): string {
    const seg = encodeURIComponent;
    const db = `/subscriptions/${seg(subscriptionId)}/resourceGroups/${seg(t.resourceGroup)}/providers/Microsoft.DocumentDB/databaseAccounts/${seg(t.account)}/sqlDatabases/${seg(t.database)}`;
    return `${endpoint}${db}${t.container !== undefined ? `/containers/${seg(t.container)}` : ""}/throughputSettings/default?api-version=${ARM_API_VERSION}`;
}

const num = (v: unknown): number | undefined => (v === undefined || v === null || v === "" || !Number.isFinite(Number(v)) ? undefined : Number(v));

/** The settings from a `throughputSettings/default` response body. */
export function parseThroughputSettings(body: unknown): DeployedThroughput {
    const resource = get(body, "properties", "resource");
    const max = num(get(resource, "autoscaleSettings", "maxThroughput"));
    const throughput = num(get(resource, "throughput"));
    const minimum = num(get(resource, "minimumThroughput"));
    return {
        ...(throughput !== undefined ? { throughput } : {}),
        ...(max !== undefined ? { autoscaleMaxThroughput: max } : {}),
        ...(minimum !== undefined ? { minimumThroughput: minimum } : {}),
        pending: String(get(resource, "offerReplacePending")) === "true",
    };
}

export interface ArmReaderOptions {
    subscriptionId: string;
    /** A bearer token for ARM (scope ARM_SCOPE). */
    token: () => Promise<string>;
    fetch?: typeof fetch;
    endpoint?: string;
}

/** Reads throughput settings from Azure Resource Manager (needs `.../throughputSettings/read`, e.g. the Reader role). */
export function armThroughputReader(options: ArmReaderOptions): ThroughputReader {
    const doFetch = options.fetch ?? fetch;
    return {
        async read(target) {
            const url = throughputUrl(options.subscriptionId, target, options.endpoint);
            const res = await doFetch(url, { headers: { authorization: `Bearer ${await options.token()}`, accept: "application/json" } });
            if (res.status === 404) return undefined;
            if (!res.ok) {
                const body = (await res.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
                const detail = body.error ? `${body.error.code ?? ""}: ${body.error.message ?? ""}` : res.statusText;
                const hint =
                    res.status === 401 || res.status === 403
                        ? "; the identity needs Microsoft.DocumentDB/databaseAccounts/sqlDatabases/throughputSettings/read (and .../containers/throughputSettings/read), e.g. the Reader role on the account"
                        : "";
                throw new Error(`GET throughput settings answered ${res.status} (${detail.trim()})${hint}`);
            }
            return parseThroughputSettings(await res.json());
        },
    };
}
