/**
 * One benchmark measurement, in its own process so peak memory and module loading belong to one
 * scenario: `run-one.ts <scenario> <variant> <warmRuns> <recordingDir>`. Prints one `BENCH_RESULT
 * <json>` line. The platform variant records its registrations in recordingDir for the floor.
 *
 *   cold    the first synthesis in the process: module loading (from dist/ after a build) and JIT included
 *   warm    later syntheses of the same scenario (GC'd before each when run with --expose-gc)
 *   wall    process start to the end of the cold synthesis: what a one-shot `npm run plan` costs
 *   maxRss  peak RSS at the end of the cold synthesis, so it is one plan's peak, not several
 */
import { createHash } from "crypto";
import * as path from "path";
import { performance } from "perf_hooks";
import { synthesize, synthesizeFiles, SynthResult } from "../review/synth";
import { readRecording, recordedResources, writeRecording } from "./replay";
import * as fs from "fs";
import {
    accountCount,
    AccountScenario,
    ACCOUNTS_STACK,
    accountsProject,
    isAccountScenario,
    PROJECT_DIR,
    RESULT_PREFIX,
    RunResult,
    Scenario,
    scenarioInput,
    SCENARIOS,
    Variant,
    VARIANTS,
} from "./scenarios";

/**
 * Everything that makes the Azure resources' registrations: type, logical name, inputs, options
 * and dependencies. URNs are cut to type and name, since the platform's carry component parents.
 */
function fingerprint(result: SynthResult): string {
    const lines = recordedResources(result)
        .map((r) => JSON.stringify(r))
        .sort();
    return createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16);
}

/** Returns the synthesis to time; anything it needs beyond the stack files is prepared here, untimed. */
function prepare(scenario: Scenario | AccountScenario, variant: Variant, recordingDir: string): () => Promise<SynthResult> {
    if (isAccountScenario(scenario)) {
        // Several accounts: the real plan path on a generated project (no floor: bare.ts builds one account).
        if (variant !== "platform") throw new Error(`${scenario} has no '${variant}' variant; only platform`);
        const dir = accountsProject(accountCount(scenario));
        process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
        return () => synthesize(dir, ACCOUNTS_STACK);
    }
    const { files, overrides } = scenarioInput(scenario);
    if (variant === "platform") {
        // The real plan path: stack files read, config validated and index.ts run, all timed.
        return () => synthesize(PROJECT_DIR, files.stack, { configOverrides: overrides });
    }
    // Loaded only for the floor, so the platform's cold run still pays for loading the components.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configModule = require("../../stack/config") as typeof import("../../stack/config");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { bareProgram } = require("./bare") as typeof import("./bare");
    const recording = readRecording(recordingDir, scenario);
    const all = { ...files.config, ...overrides };
    const raw = configModule.rawConfigFromPulumi(all, files.project);
    const config = configModule.parseStackConfig(raw, { project: files.project, baseDir: files.projectDir }).accounts[0];
    const program = bareProgram(config, recording);
    return () => synthesizeFiles(files, { configOverrides: overrides, program });
}

/**
 * Wall time and process CPU time (user + system, all threads: GC helpers included). CPU time is
 * what to compare when other work shares the machine: it barely moves when the wall clock does.
 */
async function timed(run: () => Promise<SynthResult>): Promise<{ ms: number; cpuMs: number; result: SynthResult }> {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = await run();
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    return { ms, cpuMs: (used.user + used.system) / 1000, result };
}

async function main(): Promise<void> {
    const [scenario, variant, warmArg, recordingDir] = process.argv.slice(2);
    if (
        !((SCENARIOS as readonly string[]).includes(scenario) || isAccountScenario(scenario)) ||
        !(VARIANTS as readonly string[]).includes(variant) ||
        !recordingDir
    ) {
        throw new Error(`usage: run-one.ts <${SCENARIOS.join("|")}|accounts<N>> <${VARIANTS.join("|")}> <warmRuns> <recordingDir>`);
    }
    const warmRuns = Number(warmArg);
    const run = prepare(scenario as Scenario | AccountScenario, variant as Variant, recordingDir);

    const cold = await timed(run);
    const wallMs = performance.now();
    const maxRssKb = process.resourceUsage().maxRSS;
    // The floor replays the platform's non-data resources from this; written after measuring.
    if (variant === "platform" && !isAccountScenario(scenario)) writeRecording(recordingDir, scenario as Scenario, cold.result);

    // Present only under --expose-gc; collecting first keeps one run's garbage out of the next.
    const gc = (globalThis as { gc?: () => void }).gc;
    const warmMs: number[] = [];
    const warmCpuMs: number[] = [];
    for (let i = 0; i < warmRuns; i++) {
        gc?.();
        const warm = await timed(run);
        warmMs.push(warm.ms);
        warmCpuMs.push(warm.cpuMs);
    }

    const out: RunResult = {
        scenario: scenario as Scenario | AccountScenario,
        variant: variant as Variant,
        azureResources: cold.result.resources.filter((r) => r.custom).length,
        registrations: cold.result.resources.length,
        fingerprint: fingerprint(cold.result),
        coldMs: cold.ms,
        warmMs,
        warmCpuMs,
        wallMs,
        maxRssKb,
        transpiled: Object.keys(require.cache).some((file) => file.includes(`${path.sep}node_modules${path.sep}ts-node${path.sep}`)),
    };
    process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(out)}\n`, () => process.exit(0));
}

if (require.main === module) {
    main().catch((e: unknown) => {
        process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        process.exit(1);
    });
}
