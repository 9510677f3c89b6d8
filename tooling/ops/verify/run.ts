/**
 * Runs the verify steps against one container, timing each and adding up its RU charges (the
 * performance baseline), then deletes every item it wrote. Nothing here picks credentials or
 * endpoints: the CLI builds the client, tests pass one that talks to a local server.
 */
import { Container } from "@azure/cosmos";
import { describeFailure, errorFacts, FailureContext, isAccessFailure, missingContainer } from "./errors";
import { ContainerShape, newRunId, PartitionKeyValue } from "./items";
import { Profile, SchemaCheck, Step, StepContext, STEPS } from "./steps";

export type StepStatus = "ok" | "failed" | "skipped" | "not run";

export interface StepResult {
    name: string;
    does: string;
    status: StepStatus;
    /** Request units charged by the step's requests. */
    ru: number;
    /** Wall time of the step in milliseconds. */
    ms: number;
    note?: string;
}

export interface VerifyReport {
    formatVersion: 1;
    host: string;
    database: string;
    container: string;
    profile: Profile;
    runId: string;
    startedAt: string;
    steps: StepResult[];
    cleanup: { deleted: number; leftBehind: { id: string; partitionKey: PartitionKeyValue }[] };
    /** Set when access or the network path is missing: the one thing to fix first. */
    accessProblem?: string;
    summary: { ok: number; failed: number; skipped: number; notRun: number; ru: number; ms: number };
}

export interface VerifyOptions {
    host: string;
    database: string;
    container: string;
    auth: FailureContext["auth"];
    profile: Profile;
    schema?: SchemaCheck;
    waitMs?: number;
    runId?: string;
    /** Steps to run (default: all); tests narrow this. */
    steps?: Step[];
    sleep?: (ms: number) => Promise<void>;
    now?: () => number;
}

/** The RU charge of a response or an error: its requestCharge, else the x-ms-request-charge header. */
export function requestCharge(r: unknown): number {
    const res = r as { requestCharge?: unknown; headers?: Record<string, unknown> } | undefined;
    if (typeof res?.requestCharge === "number") return res.requestCharge;
    const header = Number(res?.headers?.["x-ms-request-charge"]);
    return Number.isFinite(header) ? header : 0;
}

const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** The container's partition key, unique keys and TTL, as the service reports them. */
export async function readShape(container: Container): Promise<{ shape: ContainerShape; ru: number }> {
    const res = await container.read();
    const def = res.resource;
    if (!def) throw new Error(`container ${container.id} answered ${res.statusCode} without a definition`);
    return {
        shape: {
            partitionKeyPaths: def.partitionKey?.paths ?? ["/id"],
            uniqueKeys: (def.uniqueKeyPolicy?.uniqueKeys ?? []).map((k) => k.paths),
            ...(def.defaultTtl !== undefined && def.defaultTtl !== null ? { defaultTtl: def.defaultTtl } : {}),
        },
        ru: res.requestCharge ?? 0,
    };
}

export async function runVerify(container: Container, options: VerifyOptions): Promise<VerifyReport> {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const runId = options.runId ?? newRunId();
    const failure: FailureContext = { host: options.host, database: options.database, container: options.container, auth: options.auth };
    const steps: StepResult[] = [];
    const tracked = new Map<string, PartitionKeyValue>();
    const report: VerifyReport = {
        formatVersion: 1,
        host: options.host,
        database: options.database,
        container: options.container,
        profile: options.profile,
        runId,
        startedAt: new Date(now()).toISOString(),
        steps,
        cleanup: { deleted: 0, leftBehind: [] },
        summary: { ok: 0, failed: 0, skipped: 0, notRun: 0, ru: 0, ms: 0 },
    };

    let started = now();
    let shape: ContainerShape | undefined;
    try {
        const read = await readShape(container);
        shape = read.shape;
        steps.push({
            name: "read-container",
            does: "reads the container's definition (readMetadata)",
            status: "ok",
            ru: round(read.ru),
            ms: now() - started,
            note: `partition key ${shape.partitionKeyPaths.join(", ")}`,
        });
    } catch (e) {
        const missing = errorFacts(e).status === 404;
        const note = missing ? missingContainer(failure) : describeFailure(e, failure);
        steps.push({ name: "read-container", does: "reads the container's definition (readMetadata)", status: "failed", ru: 0, ms: now() - started, note });
        if (missing || isAccessFailure(e, failure)) report.accessProblem = note;
    }

    let ru = 0;
    const state: StepContext["state"] = {};
    const passed = new Set<string>();
    const skipped = new Set<string>();
    for (const step of options.steps ?? STEPS) {
        const base = { name: step.name, does: step.does, ru: 0, ms: 0 };
        if (!shape || report.accessProblem) {
            steps.push({ ...base, status: "not run", note: report.accessProblem ? "access or network problem above" : "no container definition" });
            continue;
        }
        if (options.profile === "cosmosdb-server" && step.notOnCosmosdbServer) {
            skipped.add(step.name);
            steps.push({ ...base, status: "skipped", note: `${step.notOnCosmosdbServer}; runs against Azure` });
            continue;
        }
        const missing = (step.needs ?? []).filter((n) => !passed.has(n));
        if (missing.length > 0) {
            // A step that depends on a skipped one is skipped too; on a failed one, it cannot run.
            const failed = missing.filter((n) => !skipped.has(n));
            if (failed.length === 0) skipped.add(step.name);
            steps.push({
                ...base,
                status: failed.length === 0 ? "skipped" : "not run",
                note: failed.length === 0 ? `needs ${missing.join(", ")}, which was skipped` : `needs ${failed.join(", ")}`,
            });
            continue;
        }
        ru = 0;
        const ctx: StepContext = {
            container,
            shape,
            runId,
            ...(options.schema ? { schema: options.schema } : {}),
            waitMs: options.waitMs ?? 60_000,
            charge: (r) => {
                ru += requestCharge(r);
            },
            track: (id, pk) => tracked.set(id, pk),
            untrack: (id) => tracked.delete(id),
            sleep,
            state,
        };
        started = now();
        try {
            const outcome = await step.run(ctx);
            if (outcome.skipped !== undefined) {
                skipped.add(step.name);
                steps.push({ ...base, status: "skipped", ru: round(ru), ms: now() - started, note: outcome.skipped });
            } else {
                passed.add(step.name);
                steps.push({ ...base, status: "ok", ru: round(ru), ms: now() - started, ...(outcome.note ? { note: outcome.note } : {}) });
            }
        } catch (e) {
            steps.push({ ...base, status: "failed", ru: round(ru), ms: now() - started, note: describeFailure(e, failure) });
            if (isAccessFailure(e, failure)) report.accessProblem = describeFailure(e, failure);
        }
    }

    for (const [id, pk] of tracked) {
        try {
            await container.item(id, pk).delete();
            report.cleanup.deleted += 1;
        } catch (e) {
            if ((e as { code?: unknown }).code === 404) continue;
            report.cleanup.leftBehind.push({ id, partitionKey: pk });
        }
    }

    for (const s of steps) {
        if (s.status === "ok") report.summary.ok += 1;
        else if (s.status === "failed") report.summary.failed += 1;
        else if (s.status === "skipped") report.summary.skipped += 1;
        else report.summary.notRun += 1;
        report.summary.ru += s.ru;
        report.summary.ms += s.ms;
    }
    report.summary.ru = round(report.summary.ru);
    return report;
}

/** Whether the run proves the account works: no failure, nothing left behind, no access problem. */
export function verifyPassed(report: VerifyReport): boolean {
    return report.summary.failed === 0 && report.summary.notRun === 0 && report.cleanup.leftBehind.length === 0 && !report.accessProblem;
}

/** The report as a table a person reads. */
export function renderReport(report: VerifyReport): string {
    const rows = report.steps.map((s) => [
        s.name,
        s.status,
        s.status === "ok" || s.status === "failed" ? s.ru.toFixed(2) : "",
        s.status === "ok" || s.status === "failed" ? String(s.ms) : "",
        s.note ?? "",
    ]);
    const header = ["step", "result", "RU", "ms", "note"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.slice().map((r) => (i < 4 ? r[i].length : 0))));
    const line = (cells: string[]) =>
        cells
            .map((c, i) => (i === 4 ? c : i === 2 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
            .join("  ")
            .trimEnd();
    const out = [
        `verify ${report.host} ${report.database}/${report.container} (run ${report.runId}, profile ${report.profile})`,
        "",
        line(header),
        ...rows.map(line),
        "",
    ];
    if (report.accessProblem) out.push(`access: ${report.accessProblem}`);
    const left = report.cleanup.leftBehind;
    out.push(
        `cleanup: ${report.cleanup.deleted} items deleted${left.length ? `; LEFT BEHIND: ${left.map((l) => `${l.id} (partition key ${JSON.stringify(l.partitionKey)})`).join(", ")}` : ""}`,
    );
    const s = report.summary;
    out.push(`verify: ${s.ok} ok, ${s.failed} failed, ${s.skipped} skipped${s.notRun ? `, ${s.notRun} not run` : ""}; ${s.ru.toFixed(2)} RU in ${s.ms} ms`);
    return out.join("\n");
}
