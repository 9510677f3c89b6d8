/**
 * What users of the Pulumi CLI wait for, measured for `npm run bench` (`npm run bench -- --cli-only`
 * runs these sections alone):
 *
 * - `pulumi preview` start-up on prod: index.ts as the CLI launches it (bench/cli-path.ts:
 *   the SDK's launcher @pulumi/pulumi/cmd/run with Pulumi.yaml's runtime options, a gRPC fake
 *   engine), against a floor launched the same way in the same run: a bare JavaScript program
 *   registering the same Azure resources (bench/cli-floor.ts). For comparison, the program as it
 *   was launched before (`typescript: true`: ts-node with swc, per tsconfig.json).
 * - The policy pack's load: @pulumi/pulumi/cmd/run-policy-pack started as the CLI starts it
 *   (bench/policy-pack.ts), from launch to its first answer (GetAnalyzerInfo); the built pack, and
 *   for comparison its TypeScript sources, which the runtime type-checks.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { POLICIES_DIR } from "../review/policy/run";
import { loadStackFiles } from "../review/stack-files";
import { planValue } from "../model/plan-record";
import { PreviewLaunch, PreviewRun, recordOfRegistration, runAsPulumiPreview } from "./cli-path";
import { connectAnalyzer, startPolicyPack } from "./policy-pack";
import { RecordedResource, shortUrn } from "./replay";
import { PROJECT_DIR } from "./scenarios";
import { median, table } from "./report";

const FLOOR_PROGRAM = path.join(PROJECT_DIR, "dist", "tooling", "bench", "cli-floor.js");
/** Program over floor, time to the first registration: the issue's goal. */
const TARGET_RATIO = 1.3;
/** The policy pack's launch to first answer, goal. */
const PACK_TARGET_MS = 2000;

export const CLI_VARIANTS = [
    "program (Pulumi.yaml: the build, via register.js)",
    "program before (typescript: true, ts-node + swc)",
    "floor (bare JavaScript, same launcher)",
] as const;
export type CliVariant = (typeof CLI_VARIANTS)[number];

export interface CliSample {
    stackMs: number;
    firstResourceMs: number;
    exitMs: number;
    /** CPU time (user + system) of the process up to its first resource registration, then to its exit. */
    cpuToFirstResourceMs: number;
    cpuMs: number;
    peakRssMb: number;
    registrations: number;
    /** The Azure resources registered, as the floor replays them. */
    resources: RecordedResource[];
}

/** The custom resources of a run as the floor replays them: dependencies among those resources only (the floor has no components). */
export function recordedFromRun(run: PreviewRun): RecordedResource[] {
    // urn:pulumi:<stack>::<project>::pulumi:pulumi:Stack::<name>
    const [, project] = run.rootUrn.split("::");
    const stack = run.rootUrn.split("::")[0].slice("urn:pulumi:".length);
    const custom = run.registrations.map((r) => recordOfRegistration(r, stack, project)).filter((r) => r.custom);
    const keys = new Set(custom.map((r) => shortUrn(r.urn)));
    return custom.map((r) => ({
        type: r.type,
        name: r.name,
        inputs: r.inputs,
        options: r.options,
        dependencies: r.dependencies
            .map(shortUrn)
            .filter((d) => keys.has(d))
            .sort(),
    }));
}

const fingerprint = (resources: RecordedResource[]) =>
    resources
        .map((r) => JSON.stringify(r))
        .sort()
        .join("\n");

function launchOf(variant: CliVariant, recordingFile: string): PreviewLaunch {
    const files = loadStackFiles(PROJECT_DIR, "prod");
    const base = { projectDir: PROJECT_DIR, stack: "prod", config: files.config, secretKeys: files.secretKeys };
    if (variant === "program before (typescript: true, ts-node + swc)") return { ...base, runtime: { typescript: true, nodeargs: [] } };
    if (variant === "floor (bare JavaScript, same launcher)") {
        if (!fs.existsSync(FLOOR_PROGRAM)) throw new Error(`bench: ${path.relative(PROJECT_DIR, FLOOR_PROGRAM)} is missing; run \`npm run build\``);
        return { ...base, runtime: { typescript: false, nodeargs: [], entry: FLOOR_PROGRAM }, env: { COSMOS_BENCH_FLOOR_RECORDING: recordingFile } };
    }
    return base;
}

async function cliRun(variant: CliVariant, recordingFile: string): Promise<{ sample: CliSample; run: PreviewRun }> {
    const run = await runAsPulumiPreview(launchOf(variant, recordingFile));
    const errors = run.logs.filter((l) => l.severity === "error");
    if (run.exitCode !== 0 || errors.length > 0)
        throw new Error(`${variant} failed, exit ${run.exitCode}:\n${errors.map((e) => e.message).join("\n")}\n${run.stderr}`);
    const sample = {
        ...run.timings,
        cpuToFirstResourceMs: run.cpuToFirstResourceMs ?? NaN,
        cpuMs: run.cpuMs ?? NaN,
        peakRssMb: run.peakRssMb ?? NaN,
        registrations: run.registrations.length,
        resources: recordedFromRun(run),
    };
    return { sample, run };
}

interface PackSample {
    firstAnswerMs: number;
    cpuMs: number;
    peakRssMb: number;
}

/** CPU (user + system) and peak RSS of a live process, from /proc (Linux); NaN elsewhere. */
function procNow(pid: number | undefined): { cpuMs: number; peakRssMb: number } {
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const hwm = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
        return { cpuMs: (Number(fields[11]) + Number(fields[12])) * 10, peakRssMb: hwm ? Number(hwm[1]) / 1024 : NaN };
    } catch {
        return { cpuMs: NaN, peakRssMb: NaN };
    }
}

export const PACK_VARIANTS = ["built JavaScript (package.json main)", "TypeScript sources, type-checked (before)"] as const;
export type PackVariant = (typeof PACK_VARIANTS)[number];

/** Launch to the first answer of the pack, then stop it. */
export async function packLoad(variant: PackVariant): Promise<PackSample> {
    const started = performance.now();
    const pack = await startPolicyPack(POLICIES_DIR, variant === "built JavaScript (package.json main)" ? POLICIES_DIR : path.join(POLICIES_DIR, "index.ts"));
    const connection = connectAnalyzer(pack.port);
    try {
        await connection.call("getAnalyzerInfo", new Empty());
        const firstAnswerMs = performance.now() - started;
        return { firstAnswerMs, ...procNow(pack.child.pid) };
    } finally {
        connection.close();
        const exited = new Promise((resolve) => pack.child.once("exit", resolve));
        pack.child.kill();
        await exited;
    }
}

/** A warning when other work competed for the CPU while a section ran (1-minute load above the core count). */
function loadWarning(highest: number): string {
    if (highest <= os.cpus().length) return "";
    return `\nWARNING: load average reached ${highest.toFixed(1)} on ${os.cpus().length} cores: wall times are inflated unevenly; compare the CPU columns, or rerun on a quiet machine.\n`;
}

const f0 = (n: number): string => (Number.isNaN(n) ? "n/a" : n.toFixed(0));
const f2 = (n: number): string => (Number.isNaN(n) ? "n/a" : n.toFixed(2));

/**
 * `pulumi preview` start-up against its floor, interleaved (program, floor, before; again) so drift
 * in machine load hits every variant. The program's first run records what the floor replays.
 */
export async function cliSection(repeat: number): Promise<string> {
    const rounds = 3 * repeat;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-bench-cli-"));
    const recordingFile = path.join(dir, "floor-recording.json");
    const samples = new Map<CliVariant, CliSample[]>(CLI_VARIANTS.map((v) => [v, []]));
    let load = os.loadavg()[0];
    try {
        for (let round = 0; round < rounds; round++) {
            load = Math.max(load, os.loadavg()[0]);
            for (const variant of CLI_VARIANTS) {
                const { sample, run } = await cliRun(variant, recordingFile);
                samples.get(variant)?.push(sample);
                if (round === 0 && variant === CLI_VARIANTS[0]) {
                    const outputs = planValue(run.outputs.get(run.rootUrn) ?? {}) as Record<string, unknown>;
                    fs.writeFileSync(recordingFile, JSON.stringify({ resources: sample.resources, outputs }));
                }
            }
            process.stderr.write(`  pulumi preview start-up round ${round + 1}/${rounds} done\n`);
        }
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }

    type Key = "stackMs" | "firstResourceMs" | "exitMs" | "cpuToFirstResourceMs" | "cpuMs" | "peakRssMb";
    const m = (variant: CliVariant, key: Key) => median((samples.get(variant) ?? []).map((s) => s[key]));
    const rows = CLI_VARIANTS.map((v) => [
        v,
        String(samples.get(v)?.length ?? 0),
        ...(["stackMs", "firstResourceMs", "exitMs", "cpuToFirstResourceMs", "cpuMs", "peakRssMb"] as const).map((k) => f0(m(v, k))),
        String(samples.get(v)?.[0]?.registrations ?? 0),
    ]);
    const [program, before, floor] = CLI_VARIANTS;
    const ratio = (a: CliVariant, key: Key) => m(a, key) / m(floor, key);
    const platform = samples.get(program)?.[0]?.resources ?? [];
    const floored = samples.get(floor)?.[0]?.resources ?? [];
    const same = fingerprint(platform) === fingerprint(floored);
    return `
pulumi preview start-up, prod, as the CLI launches the program (SDK launcher, fake engine; median of n)

${table(["variant", "n", "SDK up ms", "first resource ms", "exit ms", "CPU to first ms", "CPU ms", "peak RSS MB", "registrations"], rows)}

${table(
    ["over the floor", "first resource", "CPU to first", "exit", "CPU"],
    [program, before].map((v) => [v, ...(["firstResourceMs", "cpuToFirstResourceMs", "exitMs", "cpuMs"] as const).map((k) => `${f2(ratio(v, k))}x`)]),
)}

program within ${TARGET_RATIO}x of the floor to the first resource: wall ${ratio(program, "firstResourceMs") <= TARGET_RATIO ? "yes" : "NO"}, CPU ${ratio(program, "cpuToFirstResourceMs") <= TARGET_RATIO ? "yes" : "NO"}
floor registers the platform's Azure resources (types, names, inputs, options, dependencies): ${same ? `identical (${platform.length})` : `DIFFERENT (${platform.length} vs ${floored.length}): bench/cli-floor.ts no longer mirrors the program`}
${loadWarning(Math.max(load, os.loadavg()[0]))}
Notes
- Each variant is a fresh process: node, @pulumi/pulumi/cmd/run, the program, the fake engine's gRPC.
  SDK up = the stack resource registered (the launcher loaded, before the program); first
  resource = the program's first registration (its modules loaded, its config validated, its
  resources constructed); exit = the program done and the process gone. CPU (user + system) and
  peak RSS from /proc every 10 ms; CPU to first = at the last sample before the first
  registration. On a busy machine wall times stretch unevenly: compare the CPU columns.
- program: Pulumi.yaml's runtime options (typescript: false; nodeargs --require
  tooling/build/register.js, which runs each module's compiled copy while its source is unchanged).
  before: typescript: true, the launcher's ts-node with tsconfig.json's swc, transpile-only.
- floor: bench/cli-floor.ts from dist/, replaying this run's registrations flat: @pulumi/pulumi and
  the resources' azure-native and azuread modules, loaded before the first registration.`;
}

/** The policy pack's launch to first answer; the type-checked sources once (they take ~15 s). */
export async function packSection(repeat: number): Promise<string> {
    const rounds = 3 * repeat;
    const samples = new Map<PackVariant, PackSample[]>(PACK_VARIANTS.map((v) => [v, []]));
    let load = os.loadavg()[0];
    for (let round = 0; round < rounds; round++) {
        load = Math.max(load, os.loadavg()[0]);
        for (const variant of PACK_VARIANTS) if (round === 0 || variant === PACK_VARIANTS[0]) samples.get(variant)?.push(await packLoad(variant));
        process.stderr.write(`  policy pack round ${round + 1}/${rounds} done\n`);
    }
    const m = (variant: PackVariant, key: keyof PackSample) => median((samples.get(variant) ?? []).map((s) => s[key]));
    const rows = PACK_VARIANTS.map((v) => [v, String(samples.get(v)?.length ?? 0), f0(m(v, "firstAnswerMs")), f0(m(v, "cpuMs")), f0(m(v, "peakRssMb"))]);
    const built = m(PACK_VARIANTS[0], "firstAnswerMs");
    return `
Policy pack, launch to first answer (run-policy-pack as \`pulumi preview --policy-pack policies\` starts it; median of n)

${table(["pack", "n", "first answer ms", "CPU ms", "peak RSS MB"], rows)}

built pack under ${PACK_TARGET_MS} ms: ${built < PACK_TARGET_MS ? "yes" : "NO"}
${loadWarning(Math.max(load, os.loadavg()[0]))}
Notes
- first answer: spawn to the pack's port on stdout, a gRPC connection and its GetAnalyzerInfo
  reply. CPU and peak RSS of the pack's process at that moment. run-policy-pack loads TypeScript and
  registers ts-node (type-checking) whatever the pack: the built pack gives it nothing to compile.`;
}
