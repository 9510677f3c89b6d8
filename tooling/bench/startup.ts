/**
 * Whole-process start-up measurements for `npm run bench`, on the prod stack: `npm run plan --
 * --stack prod` (the real command, as npm runs it) against the floor: one process that runs
 * bench/bare.ts once and exits. Both run from the build (dist/), no ts-node. (`pulumi preview`'s
 * start-up and the policy pack's load are bench/cli.ts.)
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import { PROJECT_DIR } from "./scenarios";
import { median, table } from "./report";

export interface ProcessSample {
    wallMs: number;
    /** User + system CPU of the process, from /proc at its last sample (Linux; NaN elsewhere). */
    cpuMs: number;
    peakRssMb: number;
}

const CLOCK_TICKS_PER_S = 100; // USER_HZ on Linux

function procSample(pid: number): { cpuMs: number; rssKb: number } | undefined {
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        // Fields after the command name (which is in parentheses): utime is the 14th field, stime the 15th.
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const cpuMs = ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_S;
        const hwm = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
        return { cpuMs, rssKb: hwm ? Number(hwm[1]) : NaN };
    } catch {
        return undefined;
    }
}

/** A process and its descendants (npm runs the command in a shell, which runs node). */
function processTree(pid: number): number[] {
    let children: number[] = [];
    try {
        for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
            const text = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
            if (text) children = children.concat(text.split(/\s+/).map(Number));
        }
    } catch {
        // gone, or no /proc: what was seen so far counts
    }
    return [pid, ...children.flatMap(processTree)];
}

/**
 * Runs a command to completion: wall from spawn to exit; CPU (summed over the process tree, each
 * process's last sample) and peak RSS (the largest process's) sampled every 10 ms.
 */
export function measureProcess(command: string, args: string[]): Promise<ProcessSample> {
    return new Promise((resolve, reject) => {
        const started = performance.now();
        const child = spawn(command, args, { cwd: PROJECT_DIR, stdio: ["ignore", "ignore", "pipe"] });
        let stderr = "";
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        const cpu = new Map<number, number>();
        let rssKb = NaN;
        const poll = setInterval(() => {
            if (child.pid === undefined) return;
            for (const pid of processTree(child.pid)) {
                const s = procSample(pid);
                if (!s) continue;
                if (Number.isFinite(s.cpuMs)) cpu.set(pid, s.cpuMs);
                if (Number.isFinite(s.rssKb)) rssKb = Number.isNaN(rssKb) ? s.rssKb : Math.max(rssKb, s.rssKb);
            }
        }, 10);
        child.on("error", reject);
        child.on("exit", (code) => {
            clearInterval(poll);
            const wallMs = performance.now() - started;
            const cpuMs = cpu.size === 0 ? NaN : [...cpu.values()].reduce((a, b) => a + b, 0);
            if (code !== 0) reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${stderr}`));
            else resolve({ wallMs, cpuMs, peakRssMb: rssKb / 1024 });
        });
    });
}

const REGISTER = path.join(PROJECT_DIR, "tooling", "build", "register.js");

const PLAN_ARGS = [path.join(PROJECT_DIR, "tooling", "review", "cli", "plan.ts"), "--stack", "prod", "--quiet"];

/** The plan command as package.json's `plan` script runs it, without npm's own start-up. */
export const planCommand = (): Promise<ProcessSample> => measureProcess(process.execPath, ["-r", REGISTER, ...PLAN_ARGS]);

/** `npm run plan -- --stack prod --quiet`, through npm as a user types it. */
export const npmRunPlan = (): Promise<ProcessSample> => measureProcess("npm", ["run", "--silent", "plan", "--", "--stack", "prod", "--quiet"]);

/** The floor as one process: bare.ts once, from the build, then exit (needs the platform's recording). */
export const floorProcess = (recordingDir: string): Promise<ProcessSample> =>
    measureProcess(process.execPath, ["-r", REGISTER, path.join(PROJECT_DIR, "tooling", "bench", "run-one.ts"), "prod", "bare", "0", recordingDir]);

const f0 = (n: number): string => (Number.isNaN(n) ? "n/a" : n.toFixed(0));
const TARGET_RATIO = 1.5;

/**
 * Runs the start-up measurements, interleaved so drift in machine load hits every variant, and
 * returns the report. Needs the prod recording the platform child wrote (bench.ts runs it first).
 */
export async function startupSection(recordingDir: string, repeat: number): Promise<string> {
    const rounds = 3 * repeat;
    const processes = {
        "plan (node -r tooling/build/register.js)": planCommand,
        "npm run plan": npmRunPlan,
        "floor (bare.ts, one run)": () => floorProcess(recordingDir),
    };
    const samples = new Map<string, ProcessSample[]>(Object.keys(processes).map((k) => [k, []]));
    for (let round = 0; round < rounds; round++) {
        for (const [name, run] of Object.entries(processes)) samples.get(name)?.push(await run());
        process.stderr.write(`  start-up round ${round + 1}/${rounds} done\n`);
    }

    const summary = (xs: ProcessSample[]) => ({
        wall: median(xs.map((x) => x.wallMs)),
        cpu: median(xs.map((x) => x.cpuMs)),
        rss: median(xs.map((x) => x.peakRssMb)),
    });
    const floor = summary(samples.get("floor (bare.ts, one run)") ?? []);
    const rows = [...samples.entries()].map(([name, xs]) => {
        const m = summary(xs);
        return [name, String(xs.length), f0(m.wall), f0(m.cpu), f0(m.rss), (m.wall / floor.wall).toFixed(2), (m.cpu / floor.cpu).toFixed(2)];
    });
    const plan = summary(samples.get("plan (node -r tooling/build/register.js)") ?? []);
    return `
Start-up, prod: whole processes (median of n)

${table(["command", "n", "wall ms", "CPU ms", "peak RSS MB", "wall / floor", "CPU / floor"], rows)}

plan within ${TARGET_RATIO}x of the floor (wall): ${plan.wall / floor.wall <= TARGET_RATIO ? "yes" : "NO"}

Notes
- Whole processes, spawn to exit, wall clock; CPU (user + system) and peak RSS sampled from /proc
  every 10 ms. The plan renders nothing (--quiet) but still evaluates policy, cost and queries.
- floor: bench/bare.ts once in a fresh process, then exit: @pulumi/pulumi, azure-native and the
  same registrations under the same mocks, from the build. npm run plan adds npm's own start-up.`;
}
