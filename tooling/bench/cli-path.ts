/**
 * Runs a Pulumi program the way `pulumi preview` does, without the CLI: a child process
 * `node <nodeargs> @pulumi/pulumi/cmd/run <flags> <entry>` with the flags and environment the
 * Node.js language host builds (pulumi/pulumi `sdk/nodejs/cmd/pulumi-language-nodejs/main.go`,
 * `constructArguments`, `constructConfig`, `execRuntime`), against the in-process fake engine.
 *
 * Not passed: `--sync` (a directory of pipes for synchronous invokes, which the 3.248 SDK never
 * opens) and `--tracing`. Launch sets the options Pulumi.yaml gives the language host
 * (`runtime.options.typescript`, `tsconfig`, `nodeargs`) and its `main` entry point.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { parse as parseYaml } from "yaml";
import * as assert from "assert";
import { ResourceRecord } from "../model/plan-record";
import { STACK_TYPE } from "../model/types";
import { engineUrn, recordFromRequest } from "../review/synth";
import { FakeEngine, LogEntry, Registration } from "./fake-engine";

export interface PreviewLaunch {
    projectDir: string;
    stack: string;
    /** Config as the CLI holds it after decrypting: `<namespace>:<key>` to the value's text (structured values as JSON). */
    config: Record<string, string>;
    /** Keys (`<namespace>:<key>`) that hold a secret anywhere inside them. */
    secretKeys: string[];
    /** Extra environment for the program (e.g. PULUMI_NODEJS_TRANSPILE_ONLY). */
    env?: Record<string, string>;
    /** Runtime options instead of Pulumi.yaml's (`runtime.options.typescript`, `nodeargs`), and its `main`. */
    runtime?: Partial<Pick<ProjectRuntime, "typescript" | "nodeargs" | "entry">>;
}

export interface PreviewRun {
    exitCode: number | null;
    stdout: string;
    stderr: string;
    registrations: Registration[];
    logs: LogEntry[];
    /** Outputs registered per URN, in wire format. */
    outputs: Map<string, Record<string, unknown>>;
    rootUrn: string;
    /** Launch to the stack's registration (the SDK is up), to the program's first resource, and to exit. */
    timings: { stackMs: number; firstResourceMs: number; exitMs: number };
    /** Peak resident memory of the program's process (VmHWM), when /proc has it. */
    peakRssMb?: number;
    /** CPU time (user + system) of the program's process at its last sample (every 10 ms), when /proc has it. */
    cpuMs?: number;
    /** CPU time of the program's process at the last sample before its first resource registration. */
    cpuToFirstResourceMs?: number;
}

interface ProjectRuntime {
    name: string;
    entry: string;
    typescript: boolean;
    tsconfig?: string;
    nodeargs: string[];
}

function readProject(projectDir: string): ProjectRuntime {
    const project = parseYaml(fs.readFileSync(path.join(projectDir, "Pulumi.yaml"), "utf8")) as {
        name: string;
        main?: string;
        runtime: string | { name: string; options?: { typescript?: boolean; tsconfig?: string; nodeargs?: string } };
    };
    const options = typeof project.runtime === "object" ? (project.runtime.options ?? {}) : {};
    return {
        name: project.name,
        // The language host passes the entry point relative to the program directory, "." when
        // Pulumi.yaml names none (RunRequest.Info.EntryPoint).
        entry: project.main ?? ".",
        // The language host's default is true (main.go parseOptions).
        typescript: options.typescript ?? true,
        tsconfig: options.tsconfig,
        nodeargs: options.nodeargs ? options.nodeargs.split(/\s+/).filter(Boolean) : [],
    };
}

/** PULUMI_CONFIG as the language host writes it: keys in the old `<namespace>:config:<name>` form. */
export function languageHostConfig(config: Record<string, string>): string {
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(config)) {
        const at = key.indexOf(":");
        if (at <= 0) throw new Error(`cli-path helper: config key '${key}' has no namespace`);
        out[`${key.slice(0, at)}:config:${key.slice(at + 1)}`] = value;
    }
    return JSON.stringify(out);
}

/** The parent's environment, without what would steer the child differently from a user's shell. */
export function inheritedEnv(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) {
        if (v === undefined || k.startsWith("PULUMI_") || k.startsWith("TS_NODE_") || k === "NODE_OPTIONS") continue;
        env[k] = v;
    }
    return env;
}

/** Peak RSS and CPU time (user + system) of a live process from /proc (Linux); undefined elsewhere or once it has exited. */
function readProcess(pid: number): { peakRssKb: number; cpuMs: number } | undefined {
    try {
        const m = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        // After the command name in parentheses, utime and stime are fields 12 and 13 (clock ticks, USER_HZ 100).
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        return m ? { peakRssKb: Number(m[1]), cpuMs: (Number(fields[11]) + Number(fields[12])) * 10 } : undefined;
    } catch {
        return undefined;
    }
}

/** Launches the program as `pulumi preview --stack <stack>` would and waits for it to finish. */
export async function runAsPulumiPreview(launch: PreviewLaunch): Promise<PreviewRun> {
    const projectDir = path.resolve(launch.projectDir);
    const project = { ...readProject(projectDir), ...launch.runtime };
    const engine = await FakeEngine.start(project.name, launch.stack);
    try {
        // locateModule: the language host resolves the runner from the program's directory.
        const runPath = require.resolve("@pulumi/pulumi/cmd/run", { paths: [projectDir] });
        const args = [
            ...project.nodeargs,
            runPath,
            ...["--monitor", engine.address, "--engine", engine.address],
            ...["--organization", "organization", "--project", project.name, "--root-directory", projectDir],
            ...["--stack", launch.stack, "--pwd", projectDir, "--dry-run"],
            // The CLI's default --parallel: 4 x GOMAXPROCS (pkg/cmd/pulumi, defaultParallel).
            ...["--parallel", String(4 * os.cpus().length)],
            project.entry,
        ];
        const env: Record<string, string> = {
            ...inheritedEnv(),
            PULUMI_CONFIG: languageHostConfig(launch.config),
            PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(launch.secretKeys),
            ...(project.typescript ? { PULUMI_NODEJS_TYPESCRIPT: "true" } : {}),
            ...(project.tsconfig ? { PULUMI_NODEJS_TSCONFIG_PATH: project.tsconfig } : {}),
            ...launch.env,
        };

        engine.markStart();
        const started = performance.now();
        const child = spawn(process.execPath, args, { cwd: projectDir, env, stdio: ["ignore", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        let peakKb: number | undefined;
        let cpuMs: number | undefined;
        const cpuSamples: { atMs: number; cpuMs: number }[] = [];
        const poll = setInterval(() => {
            const sample = child.pid === undefined ? undefined : readProcess(child.pid);
            if (sample === undefined) return;
            peakKb = Math.max(peakKb ?? 0, sample.peakRssKb);
            cpuMs = sample.cpuMs;
            cpuSamples.push({ atMs: performance.now() - started, cpuMs });
        }, 10);
        const exitCode = await new Promise<number | null>((resolve, reject) => {
            child.on("error", reject);
            child.on("exit", (code) => resolve(code));
        });
        clearInterval(poll);
        const exitMs = performance.now() - started;
        await new Promise<void>((resolve) => (child.stdout.readableEnded ? resolve() : child.stdout.on("end", () => resolve())));

        const stackReg = engine.registrations.find((r) => r.request.getType() === STACK_TYPE);
        const firstResource = engine.registrations.find((r) => r.request.getType() !== STACK_TYPE);
        return {
            exitCode,
            stdout,
            stderr,
            registrations: engine.registrations,
            logs: engine.logs,
            outputs: engine.outputs,
            rootUrn: engine.rootUrn,
            timings: { stackMs: stackReg?.atMs ?? NaN, firstResourceMs: firstResource?.atMs ?? NaN, exitMs },
            peakRssMb: peakKb === undefined ? undefined : peakKb / 1024,
            cpuMs,
            cpuToFirstResourceMs: firstResource ? cpuSamples.filter((c) => c.atMs <= firstResource.atMs).pop()?.cpuMs : undefined,
        };
    } finally {
        await engine.stop();
    }
}

/** A registration as a plan record: the offline plan's own reading of a register request. */
export function recordOfRegistration(reg: Registration, stack: string, project: string): ResourceRecord {
    const record = recordFromRequest({ newUrn: (parent, type, name) => engineUrn(stack, project, parent, type, name) }, reg.request);
    assert.strictEqual(record.urn, reg.urn, "the fake engine and the offline plan name the resource alike");
    return record;
}
