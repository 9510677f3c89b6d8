/**
 * The package section of `npm run bench` (`npm run bench -- --package-only` runs it alone): the
 * cosmos-platform package as a user gets it, packed with `npm pack` and installed from the
 * tarball into a fresh project (tooling/package/pack.ts), then
 *
 * - a program that uses it: a JavaScript Pulumi program that `require`s cosmos-platform and builds
 *   one CosmosEstate (bench/whole-estate.ts), launched as `pulumi preview` launches it
 *   (@pulumi/pulumi/cmd/run with the language host's flags, against the fake engine:
 *   bench/cli-path.ts), beside a floor: the same launch of a program that loads the SDK and
 *   azure-native and registers one resource group. JavaScript, so no TypeScript loader is measured
 *   (the start-up table below shows what a loader adds to this repository's own program).
 * - the same estate from another language's point of view: the installed package launched as a
 *   plugin (tooling/package/plugin-host.ts, as the language host runs it), the time to its gRPC
 *   port, GetSchema (what `pulumi package add` asks once, to generate the SDK) and the Construct
 *   of the estate from plain JSON (what a Python program's `pulumi preview` asks).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { COMPONENTS_DIR, installTarball, packDirectory } from "../package/pack";
import { startPlugin, unary } from "../package/plugin-host";
import { runAsPulumiPreview } from "./cli-path";
import { FakeEngine } from "./fake-engine";
import { WHOLE_ESTATE } from "./whole-estate";
import { median, table } from "./report";

interface ProgramSample {
    stackMs: number;
    firstResourceMs: number;
    exitMs: number;
    cpuMs: number;
    peakRssMb: number;
    registrations: number;
}

interface PluginSample {
    startMs: number;
    schemaMs: number;
    constructMs: number;
    registrations: number;
}

/** A `require` of the consumer's program (written so that no import scanner takes it for this file's own). */
const requireOf = (name: string): string => `require(${JSON.stringify(name)})`;

const PROGRAMS = {
    "CosmosEstate (require cosmos-platform)": [
        '"use strict";',
        `const { CosmosEstate } = ${requireOf("cosmos-platform")};`,
        `const estate = new CosmosEstate("shop", ${JSON.stringify(WHOLE_ESTATE)});`,
        "exports.endpoint = estate.endpoint;",
    ],
    "floor (SDK + azure-native, one resource group)": [
        '"use strict";',
        // One module, as the package imports azure-native (require("@pulumi/azure-native") loads all 260 modules' indexes).
        `const resources = ${requireOf("@pulumi/azure-native/resources")};`,
        'new resources.ResourceGroup("rg", { resourceGroupName: "rg-shop", location: "westeurope" });',
    ],
} as const;
type ProgramName = keyof typeof PROGRAMS;

/** A project directory with the tarball installed (and its dependencies linked from this repository), one per program. */
function consumerProjects(tarball: string, root: string): Record<ProgramName, string> {
    const dirs = {} as Record<ProgramName, string>;
    for (const [i, [name, lines]] of Object.entries(PROGRAMS).entries()) {
        const dir = path.join(root, `program-${i}`);
        fs.mkdirSync(dir, { recursive: true });
        installTarball(tarball, dir);
        // JavaScript: the language host loads no TypeScript (runtime.options.typescript false).
        fs.writeFileSync(
            path.join(dir, "Pulumi.yaml"),
            "name: package-consumer\nmain: index.js\nruntime:\n  name: nodejs\n  options:\n    typescript: false\n",
        );
        fs.writeFileSync(path.join(dir, "index.js"), `${lines.join("\n")}\n`);
        dirs[name as ProgramName] = dir;
    }
    return dirs;
}

async function runProgram(dir: string): Promise<ProgramSample> {
    const run = await runAsPulumiPreview({ projectDir: dir, stack: "bench", config: {}, secretKeys: [] });
    const errors = run.logs.filter((l) => l.severity === "error");
    if (run.exitCode !== 0 || errors.length > 0)
        throw new Error(`package bench: program in ${dir} failed, exit ${run.exitCode}:\n${errors.map((e) => e.message).join("\n")}\n${run.stderr}`);
    return { ...run.timings, cpuMs: run.cpuMs ?? NaN, peakRssMb: run.peakRssMb ?? NaN, registrations: run.registrations.length };
}

/**
 * The plugin as the engine drives it for a program in another language: started against the fake
 * engine, GetSchema, then Configure and Construct of the estate from plain JSON (the request
 * test/helpers/plugin.ts sends, as pkg/resource/plugin/provider_plugin.go builds it).
 */
async function runPlugin(packageDir: string): Promise<PluginSample> {
    const [project, stack] = ["package-consumer", "bench"];
    const engine = await FakeEngine.start(project, stack);
    engine.rootUrn = `urn:pulumi:${stack}::${project}::pulumi:pulumi:Stack::${project}-${stack}`;
    const plugin = await startPlugin(packageDir, engine.address).catch(async (e: unknown) => {
        await engine.stop();
        throw e;
    });
    try {
        const client = plugin.client;
        let t = performance.now();
        await plugin.getSchema();
        const schemaMs = performance.now() - t;
        t = performance.now();
        await unary<provproto.ConfigureRequest, provproto.ConfigureResponse>(
            client.configure.bind(client),
            new provproto.ConfigureRequest().setAcceptsecrets(true).setAcceptresources(true),
        );
        const request = new provproto.ConstructRequest()
            .setProject(project)
            .setStack(stack)
            .setOrganization("organization")
            .setDryrun(true)
            .setParallel(4 * os.cpus().length)
            .setMonitorendpoint(engine.address)
            .setType("cosmos-platform:index:CosmosEstate")
            .setName("shop")
            .setParent(engine.rootUrn)
            .setInputs(Struct.fromJavaScript(WHOLE_ESTATE))
            .setAcceptsOutputValues(true);
        await unary<provproto.ConstructRequest, provproto.ConstructResponse>(client.construct.bind(client), request);
        return { startMs: plugin.startMs, schemaMs, constructMs: performance.now() - t, registrations: engine.registrations.length };
    } finally {
        await plugin.close();
        await engine.stop();
    }
}

const f0 = (n: number): string => (Number.isNaN(n) ? "n/a" : n.toFixed(0));

/** Packs and installs the package, runs each measurement 3 x `repeat` times, interleaved, and returns the report. Needs components/dist built. */
export async function packageSection(repeat: number): Promise<string> {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-bench-package-"));
    try {
        const pack = await packDirectory(COMPONENTS_DIR, root);
        const dirs = consumerProjects(pack.tarball, root);
        const pluginDir = path.join(dirs["CosmosEstate (require cosmos-platform)"], "node_modules", pack.name);
        const programs = new Map<ProgramName, ProgramSample[]>();
        const plugins: PluginSample[] = [];
        const rounds = 3 * repeat;
        const loadBefore = os.loadavg()[0];
        for (let round = 0; round < rounds; round++) {
            for (const name of Object.keys(PROGRAMS) as ProgramName[]) programs.set(name, [...(programs.get(name) ?? []), await runProgram(dirs[name])]);
            plugins.push(await runPlugin(pluginDir));
            process.stderr.write(`  package round ${round + 1}/${rounds} done\n`);
        }
        const programRows = [...programs.entries()].map(([name, xs]) => [
            name,
            String(xs.length),
            f0(median(xs.map((x) => x.stackMs))),
            f0(median(xs.map((x) => x.firstResourceMs))),
            f0(median(xs.map((x) => x.exitMs))),
            f0(median(xs.map((x) => x.cpuMs))),
            f0(median(xs.map((x) => x.peakRssMb))),
            String(xs[0].registrations),
        ]);
        const pluginRow = [
            "installed package as a plugin",
            String(plugins.length),
            f0(median(plugins.map((p) => p.startMs))),
            f0(median(plugins.map((p) => p.schemaMs))),
            f0(median(plugins.map((p) => p.constructMs))),
            String(plugins[0].registrations),
        ];
        const load = Math.max(loadBefore, os.loadavg()[0]);
        const warning =
            load > os.cpus().length
                ? `\n\nWARNING: load average reached ${load.toFixed(1)} on ${os.cpus().length} cores: other processes competed for the CPU; wall times are inflated, CPU times less.`
                : "";
        return `
The package: ${pack.name}@${pack.version}, tarball ${(pack.size / 1024).toFixed(0)} kB, ${(pack.unpackedSize / 1024).toFixed(0)} kB unpacked in ${pack.files.length} files

A program that uses the installed package, launched as \`pulumi preview\` launches it (median of n)

${table(["program (JavaScript)", "n", "SDK up ms", "first resource ms", "exit ms", "CPU ms", "peak RSS MB", "registrations"], programRows)}

The same estate from another language (Python, C#, Go, Java, YAML): the installed package as a plugin

${table(["", "n", "start ms (to its port)", "GetSchema ms", "Construct ms", "registrations"], [pluginRow])}

Notes
- SDK up = the stack registered (the SDK loaded); first resource = the engine receives the
  program's first registration, which the SDK sends once the program's synchronous code has run
  (for CosmosEstate: the package loaded, the whole estate checked and all its resources
  constructed); exit = every registration sent and the process gone. The floor loads the SDK and
  azure-native's resources module and registers one resource group: the difference is what the
  package and the estate's ${programs.get("CosmosEstate (require cosmos-platform)")?.[0].registrations ?? 0} registrations cost.
- Plugin: start = spawn to the gRPC port (the SDK, TypeScript and the package loaded); GetSchema
  infers the schema from the package's sources and the Azure SDK's declarations (pulumi package add,
  once); Construct = the estate from plain JSON, registered with the fake engine (every preview and
  update of a program in another language, after the start).${warning}`;
    } finally {
        fs.rmSync(root, { recursive: true, force: true });
    }
}
