/**
 * index.ts run the way `pulumi preview` runs it (the SDK's own launcher, ts-node as the SDK
 * registers it, config and secret keys as the language host passes them, a gRPC engine and
 * resource monitor), checked against the offline plan of the same stack: whatever differs is a
 * bug in the offline plan.
 */
import * as assert from "assert";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { fileURLToPath } from "url";
import * as ts from "typescript";
import { SECRET_PLACEHOLDER } from "../stack/config";
import { loadStackFiles, StackFiles } from "../tooling/review/stack-files";
import { planValue, SECRET } from "../tooling/model/plan-record";
import { synthesizeFiles, SynthResult } from "../tooling/review/synth";
import { PreviewRun, recordOfRegistration, runAsPulumiPreview } from "../tooling/bench/cli-path";
import { PROJECT_DIR } from "./helpers/config";

const MONITORING_KEY = "cosmos-platform:monitoring";
/** A webhook URL carries its token: the secret under test. Fake, and unique enough to grep for. */
const WEBHOOK_TOKEN = "cli-path-test-token-7f3c9a";

/** The prod stack with its pager webhook URL held as a nested `secure:` value, as each side sees it. */
function prodWithSecretWebhook(): { cli: StackFiles; offline: StackFiles } {
    const files = loadStackFiles(PROJECT_DIR, "prod");
    const withUri = (uri: string): string => {
        const monitoring = JSON.parse(files.config[MONITORING_KEY]) as { actionGroups: { webhooks: { uri: string }[] }[] };
        const webhook = monitoring.actionGroups[0]?.webhooks[0];
        assert.ok(webhook, "Pulumi.prod.yaml no longer has a webhook on its first action group; point this test at another nested secret");
        webhook.uri = uri;
        return JSON.stringify(monitoring);
    };
    const secretKeys = [...new Set([...files.secretKeys, MONITORING_KEY])].sort();
    return {
        // The CLI decrypts every secure: value and marks the whole top-level key secret.
        cli: {
            ...files,
            secretKeys,
            config: { ...files.config, [MONITORING_KEY]: withUri(`https://pager.contoso.example/hooks/cosmos-prod?token=${WEBHOOK_TOKEN}`) },
        },
        // Offline, where it cannot be decrypted, the value is the placeholder (review/stack-files.ts).
        offline: { ...files, secretKeys, config: { ...files.config, [MONITORING_KEY]: withUri(SECRET_PLACEHOLDER) } },
    };
}

const byUrn = <T extends { urn: string }>(xs: T[]): Map<string, T> => new Map(xs.map((x) => [x.urn, x]));

describe("index.ts as `pulumi preview` launches it (prod, against a fake engine)", function () {
    // One launch of the real program: ~2 to 5 s on a quiet 2-core machine, far more when it is busy.
    this.timeout(180_000);
    let run: PreviewRun;
    let offline: SynthResult;

    before(async () => {
        const stacks = prodWithSecretWebhook();
        run = await runAsPulumiPreview({ projectDir: PROJECT_DIR, stack: "prod", config: stacks.cli.config, secretKeys: stacks.cli.secretKeys });
        offline = await synthesizeFiles(stacks.offline);
    });

    after(() => {
        if (!run) return;
        const t = run.timings;
        const rss = run.peakRssMb === undefined ? "n/a" : `${run.peakRssMb.toFixed(0)} MB`;
        const cpu = run.cpuMs === undefined ? "n/a" : `${run.cpuMs.toFixed(0)} ms`;
        console.log(
            `\n      CLI path, prod: SDK up (stack registered) ${t.stackMs.toFixed(0)} ms, first resource ${t.firstResourceMs.toFixed(0)} ms, ` +
                `${run.registrations.length} registrations, exit ${t.exitMs.toFixed(0)} ms, CPU ${cpu}, peak RSS ${rss}`,
        );
    });

    it("runs the program to completion with no error logged", () => {
        const errors = run.logs.filter((l) => l.severity === "error").map((l) => l.message);
        assert.deepStrictEqual(errors, [], `program errors:\n${errors.join("\n")}\n${run.stderr}`);
        assert.strictEqual(run.exitCode, 0, run.stderr);
        assert.ok(run.registrations.length > 50, `only ${run.registrations.length} registrations`);
    });

    it("registers exactly the offline plan's URNs, each under the same parent", () => {
        const cli = run.registrations.map((r) => recordOfRegistration(r, "prod", "cosmos-platform"));
        const missing = offline.resources.filter((r) => !byUrn(cli).has(r.urn)).map((r) => r.urn);
        const extra = cli.filter((r) => !byUrn(offline.resources).has(r.urn)).map((r) => r.urn);
        assert.deepStrictEqual({ missing, extra }, { missing: [], extra: [] }, "the offline plan's URNs differ from the engine's");
        assert.strictEqual(cli.length, offline.resources.length, "a URN was registered twice");
        const cliParents = new Map(cli.map((r) => [r.urn, r.parent]));
        for (const r of offline.resources) assert.strictEqual(cliParents.get(r.urn), r.parent, `parent of ${r.urn}`);
        assert.strictEqual(run.rootUrn, offline.resources.find((r) => r.type === "pulumi:pulumi:Stack")?.urn);
    });

    it("registers every resource with the offline plan's type, inputs, options and dependencies", () => {
        const cli = byUrn(run.registrations.map((r) => recordOfRegistration(r, "prod", "cosmos-platform")));
        let compared = 0;
        for (const planned of offline.resources) {
            const registered = cli.get(planned.urn);
            if (!registered) continue; // reported by the URN test
            assert.deepStrictEqual(registered, planned, `${planned.urn} differs between the CLI path (actual) and the offline plan (expected)`);
            compared++;
        }
        assert.strictEqual(compared, offline.resources.length);
    });

    it("gives each resource the source position of the TypeScript expression that declares it (compiled copies are source-mapped)", () => {
        const wrong: string[] = [];
        for (const r of run.registrations.filter((x) => x.request.getType() !== "pulumi:pulumi:Stack")) {
            const position = r.request.getSourceposition();
            const file = position ? fileURLToPath(position.getUri()) : "";
            const text =
                file.endsWith(".ts") && !path.relative(PROJECT_DIR, file).startsWith("..")
                    ? fs.readFileSync(file, "utf8").split("\n")[(position?.getLine() ?? 0) - 1]
                    : undefined;
            if (!text?.slice((position?.getColumn() ?? 0) - 1).startsWith("new "))
                wrong.push(`${r.urn} at ${file}:${position?.getLine()}:${position?.getColumn()}`);
        }
        assert.deepStrictEqual(wrong, []);
    });

    it("exports the same stack outputs", () => {
        const stackUrn = run.rootUrn;
        assert.deepStrictEqual(planValue(run.outputs.get(stackUrn) ?? {}), offline.outputs);
    });

    it("sends a nested secret config value as a secret, and its plain text nowhere", () => {
        const receivers = run.registrations
            .filter((r) => r.request.getType() === "azure-native:monitor:ActionGroup")
            .flatMap((r) => (r.request.getObject()?.toJavaScript() as { webhookReceivers?: { serviceUri: unknown }[] } | undefined)?.webhookReceivers ?? []);
        assert.strictEqual(receivers.length, 1, "expected prod's one webhook receiver");
        // The wire form of a secret (sdk/nodejs/runtime/rpc.ts): the signature key and the secret's signature.
        const uri = receivers[0].serviceUri as Record<string, unknown>;
        assert.strictEqual(uri["4dabf18193072939515e22adb298388d"], "1b47061264138c4ac30d75fd1eb44270", "serviceUri is not marked secret");
        assert.ok(String(uri.value).includes(WEBHOOK_TOKEN), "the engine must still receive the real value, inside the secret");
        assert.strictEqual(planValue(uri), SECRET);

        // Outside secret wrappers the token appears in no request, no output, no log and no console
        // output. Debug logs are left out: the SDK itself debug-logs every RegisterResource response
        // verbatim (runtime/resource.js, "RegisterResource RPC finished"), secret values included,
        // which the engine shows only under `pulumi ... --debug`.
        const everywhere = [
            ...run.registrations.map((r) => JSON.stringify(planValue(r.request.getObject()?.toJavaScript() ?? {}))),
            ...[...run.outputs.values()].map((o) => JSON.stringify(planValue(o))),
            ...run.logs.filter((l) => l.severity !== "debug").map((l) => l.message),
            run.stdout,
            run.stderr,
        ];
        assert.deepStrictEqual(
            everywhere.filter((text) => text.includes(WEBHOOK_TOKEN)),
            [],
        );
    });
});

describe("the program's loader under the CLI (Pulumi.yaml: tooling/build/register.js, TypeScript off)", function () {
    this.timeout(120_000);
    let dir: string;
    let outputs: Record<string, unknown>;

    /**
     * Source files: type declarations first, erased when compiled, so the compiled lines differ
     * from the source's. index.ts notes which compilers are loaded before it requires edited.ts.
     */
    const INDEX = String.raw`interface Shape {
    a: number;
}
export type Alias = Shape;
export const from: string = "source";
const here = new Error().stack?.split("\n")[1] ?? "";
export const line = /index\.ts:(\d+):/.exec(here)?.[1] ?? here;
const loaded = () => Object.keys(require.cache).map((f) => f.split("\\").join("/"));
const compilers = () => ["typescript", "ts-node", "@swc/core"].filter((c) => loaded().some((f) => f.includes("/node_modules/" + c + "/")));
export const compilersBefore = compilers();
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const edited = require("./edited");
export const compilersAfter = compilers();
`;
    const EDITED = 'export const from: string = "source";\n';

    /** The compiled copy of a source as the build leaves it, marked as the build's, and its source map. */
    function build(name: string, source: string): string {
        const built = ts.transpileModule(source, {
            compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, sourceMap: true },
            fileName: name,
        });
        fs.writeFileSync(path.join(dir, "dist", name.replace(/\.ts$/, ".js")), built.outputText.replace('"source"', '"dist"'));
        fs.writeFileSync(
            path.join(dir, "dist", name.replace(/\.ts$/, ".js.map")),
            String(built.sourceMapText).replace(`"sources":["${name}"]`, `"sources":["../${name}"]`),
        );
        return createHash("sha256").update(source).digest("hex");
    }

    /**
     * A project with the real Pulumi.yaml, tsconfig.json, packages and loader (copied, so its root
     * is this directory), two modules built, and one of them edited after the build; run once.
     */
    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-loader-"));
        for (const name of ["Pulumi.yaml", "tsconfig.json", "package.json", "node_modules"]) fs.symlinkSync(path.join(PROJECT_DIR, name), path.join(dir, name));
        fs.mkdirSync(path.join(dir, "tooling", "build"), { recursive: true });
        fs.copyFileSync(path.join(PROJECT_DIR, "tooling", "build", "register.js"), path.join(dir, "tooling", "build", "register.js"));
        fs.mkdirSync(path.join(dir, "dist"));
        fs.writeFileSync(path.join(dir, "index.ts"), INDEX);
        fs.writeFileSync(path.join(dir, "edited.ts"), EDITED);
        const sources = { "index.ts": build("index.ts", INDEX), "edited.ts": build("edited.ts", EDITED) };
        fs.writeFileSync(path.join(dir, "dist", "build-manifest.json"), JSON.stringify({ sources }));
        // After the build: a type error that is valid JavaScript, which only a type-checking loader would refuse.
        fs.appendFileSync(path.join(dir, "edited.ts"), 'export const count: number = "not a number" as unknown as number;\n');

        const run = await runAsPulumiPreview({ projectDir: dir, stack: "dev", config: {}, secretKeys: [] });
        assert.strictEqual(
            run.exitCode,
            0,
            `${run.stderr}${run.logs
                .filter((l) => l.severity === "error")
                .map((l) => l.message)
                .join("\n")}`,
        );
        outputs = planValue(run.outputs.get(run.rootUrn) ?? {}) as Record<string, unknown>;
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("runs a module from the build while its source is what it was built from, loading no compiler, with stack traces naming the .ts line", () => {
        assert.deepStrictEqual([outputs.from, outputs.line, outputs.compilersBefore], ["dist", "6", []]);
    });

    it("transpiles a module changed since the build instead (never stale code), with swc and no type check", () => {
        assert.deepStrictEqual(outputs.edited, { from: "source", count: "not a number" });
        assert.deepStrictEqual(outputs.compilersAfter, ["typescript", "ts-node", "@swc/core"]);
    });
});
