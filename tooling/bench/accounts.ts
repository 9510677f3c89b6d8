/**
 * The accounts section of `npm run bench` (issue 14's scale target): estates of 1, 10, 50 and 100
 * accounts with CONTAINERS_PER_ACCOUNT containers each (bench/scenarios.ts `accounts<N>`), each
 * measured three ways:
 *
 * - plan: the real `npm run plan -- --stack prod --json <file>` command on the generated project,
 *   as one process (stack files, config, synthesis, policy pack, access patterns, cost, and the
 *   printed plan): wall, CPU and peak RSS. Target at 100 accounts: 30 s and 2 GB.
 * - synthesis per resource: a run-one.ts child, warm runs (GC'd before each), the fastest one's CPU
 *   per Azure resource (the figure other work on a shared machine disturbs least); flat means the
 *   100-account figure within FLAT_TOLERANCE of the 10-account one.
 * - report: the pull-request report of the plan against an empty base (everything created), its
 *   render time and size against GitHub's comment limit.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { accessPatternNotes } from "../queries/render";
import { compare, readSide } from "../review/cli/diff";
import { PlanDocument } from "../review/plan";
import { COMMENT_LIMIT, renderReportForm } from "../review/report";
import { ACCOUNT_COUNTS, AccountScenario, ACCOUNTS_STACK, accountsProject, CONTAINERS_PER_ACCOUNT, PROJECT_DIR, RunResult, Variant } from "./scenarios";
import { measureProcess, ProcessSample } from "./startup";
import { median, table } from "./report";

export const PLAN_TARGET_MS = 30_000;
export const PLAN_TARGET_MB = 2048;
export const FLAT_TOLERANCE = 1.25;
/** Warm runs per scenario: the fastest is kept, as the figure least disturbed by other work on the machine. */
const WARM_RUNS: Record<number, number> = { 1: 5, 10: 3, 50: 2, 100: 2 };
const REGISTER = path.join(PROJECT_DIR, "tooling", "build", "register.js");

export type RunChild = (scenario: AccountScenario, variant: Variant, warmRuns: number) => Promise<RunResult>;

interface ReportSample {
    ms: number;
    bytes: number;
    /** Compact lists, or cut with a note: what a 65,536-character comment took. */
    form: "normal" | "compact" | "cut";
}

/** The review comment of a plan against an empty base, as `npm run review` renders it. */
export function reportOfPlan(planFile: string): ReportSample {
    const doc = JSON.parse(fs.readFileSync(planFile, "utf8")) as PlanDocument;
    const started = performance.now();
    const head = readSide(planFile);
    const result = compare({ label: "empty", records: [], sizes: [] }, head);
    const caching = doc.cachingByAccount ?? (doc.caching ? [doc.caching] : []);
    const notes = accessPatternNotes({ queries: doc.queries ?? [], capacity: doc.capacity ?? [], indexAdvice: doc.indexAdvice ?? [], caching, unmatched: [] });
    const { markdown, form } = renderReportForm([{ stack: ACCOUNTS_STACK, ...result, policy: doc.policy, records: head.records, notes }], "empty base");
    return { ms: performance.now() - started, bytes: Buffer.byteLength(markdown, "utf8"), form };
}

export async function accountsSection(runChild: RunChild, repeat: number): Promise<string> {
    const rows: string[][] = [];
    const perResource = new Map<number, number>();
    let plan100: ProcessSample | undefined;
    let report100: ReportSample | undefined;
    for (const count of ACCOUNT_COUNTS) {
        const dir = accountsProject(count);
        const planFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-bench-plan-")), "plan.json");
        try {
            const plans: ProcessSample[] = [];
            for (let i = 0; i < repeat; i++) {
                plans.push(
                    await measureProcess(process.execPath, [
                        "-r",
                        REGISTER,
                        path.join(PROJECT_DIR, "tooling", "review", "cli", "plan.ts"),
                        "--stack",
                        ACCOUNTS_STACK,
                        "--cwd",
                        dir,
                        "--json",
                        planFile,
                    ]),
                );
            }
            const plan = {
                wallMs: median(plans.map((p) => p.wallMs)),
                cpuMs: median(plans.map((p) => p.cpuMs)),
                peakRssMb: median(plans.map((p) => p.peakRssMb)),
            };
            const report = reportOfPlan(planFile);
            const synth = await runChild(`accounts${count}`, "platform", WARM_RUNS[count] ?? 1);
            const cpuPerResource = Math.min(...synth.warmCpuMs) / synth.azureResources;
            perResource.set(count, cpuPerResource);
            if (count === 100) [plan100, report100] = [plan, report];
            rows.push([
                String(count),
                String(synth.azureResources),
                (plan.wallMs / 1000).toFixed(1),
                (plan.cpuMs / 1000).toFixed(1),
                plan.peakRssMb.toFixed(0),
                String(synth.warmCpuMs.length),
                (Math.min(...synth.warmCpuMs) / 1000).toFixed(1),
                cpuPerResource.toFixed(2),
                report.ms.toFixed(0),
                (report.bytes / 1024).toFixed(1),
                report.form,
            ]);
            process.stderr.write(
                `  accounts${count}: plan ${(plan.wallMs / 1000).toFixed(1)} s, ${plan.peakRssMb.toFixed(0)} MB; synthesis ${cpuPerResource.toFixed(2)} CPU ms/resource; report ${report.bytes} bytes\n`,
            );
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
            fs.rmSync(path.dirname(planFile), { recursive: true, force: true });
        }
    }
    const base = perResource.get(10) ?? NaN;
    const flat = (perResource.get(100) ?? NaN) / base;
    const verdict = (ok: boolean) => (ok ? "yes" : "NO");
    const checks = [
        `- 100 accounts planned in ${((plan100?.wallMs ?? NaN) / 1000).toFixed(1)} s (target <= ${PLAN_TARGET_MS / 1000} s): ${verdict((plan100?.wallMs ?? Infinity) <= PLAN_TARGET_MS)}`,
        `- peak RSS ${(plan100?.peakRssMb ?? NaN).toFixed(0)} MB (target <= ${PLAN_TARGET_MB} MB): ${verdict((plan100?.peakRssMb ?? Infinity) <= PLAN_TARGET_MB)}`,
        `- synthesis CPU per resource, 100 over 10 accounts: ${flat.toFixed(2)} (flat <= ${FLAT_TOLERANCE}): ${verdict(flat <= FLAT_TOLERANCE)}; over 1 account: ${((perResource.get(100) ?? NaN) / (perResource.get(1) ?? NaN)).toFixed(2)}`,
        `- report of 100 accounts: ${report100?.bytes ?? NaN} bytes, ${report100?.form ?? "?"} (limit ${COMMENT_LIMIT}): ${verdict((report100?.bytes ?? Infinity) < COMMENT_LIMIT)}`,
    ];
    return `
Accounts: 1 to 100 accounts of ${CONTAINERS_PER_ACCOUNT} containers (bench/scenarios.ts accounts<N>)

${table(["accounts", "Azure res", "plan wall s", "plan CPU s", "plan peak RSS MB", "n", "synth CPU s (min)", "CPU ms/res", "report ms", "report KB", "report"], rows)}

${checks.join("\n")}

- plan: \`npm run plan -- --stack prod --json <file>\` on the generated project, one process (median of ${repeat});
  synth: the fastest of n warm syntheses in a run-one.ts child (GC'd before each); report: the review comment of the
  plan against an empty base (every resource created), rendered in this process.`;
}
