/**
 * Secrets in stack config: a secret-capable value from a secret key reaches its resource input as a
 * Pulumi secret (checked on the raw register request the engine would receive), is never written
 * out, and is never echoed in an error; a `secure:` value where it could not stay secret is refused.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { ConfigError, SECRET_PLACEHOLDER } from "../stack/config";
import { formatPattern, secretFieldPatterns } from "../components/shared/secrets";
import { stackConfigSchema } from "../stack/config/schema";
import { buildPlanDocument } from "../tooling/review/plan";
import { loadStackFiles, StackFiles } from "../tooling/review/stack-files";
import { SECRET } from "../tooling/model/plan-record";
import { synthesizeFiles, SynthResult } from "../tooling/review/synth";
import { PROJECT_DIR } from "./helpers/config";
import { one } from "./helpers/records";

const MONITORING = "cosmos-platform:monitoring";
const TOKEN_URL = "https://pager.contoso.example/hooks/cosmos-prod?token=s3cr3t-t0ken";
/** The SDK's wire marker for a secret value (runtime/rpc.js specialSigKey / specialSecretSig). */
const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

/** The part of the monitoring key's value these tests read and change. */
interface MonitoringConfig {
    actionGroups: { emails: { address: string }[]; webhooks: { uri: string }[] }[];
}

/** prod's files with the on-call webhook URI replaced, and the monitoring key marked secret or not. */
function prodWithWebhook(uri: string, secret: boolean): StackFiles {
    const files = loadStackFiles(PROJECT_DIR, "prod");
    const monitoring = JSON.parse(files.config[MONITORING]) as MonitoringConfig;
    monitoring.actionGroups[0].webhooks[0].uri = uri;
    files.config[MONITORING] = JSON.stringify(monitoring);
    files.secretKeys = secret ? [...files.secretKeys, MONITORING] : files.secretKeys.filter((k) => k !== MONITORING);
    return files;
}

interface RawRequest {
    getType(): string;
    getName(): string;
    getObject(): { toJavaScript(): Record<string, unknown> } | undefined;
}

/** Synthesizes the project's own program and captures every raw register request on its way to the monitor. */
async function synthesizeCapturing(files: StackFiles): Promise<{ result: SynthResult; requests: RawRequest[] }> {
    const requests: RawRequest[] = [];
    const result = await synthesizeFiles(files, {
        program: () => {
            const monitor = pulumi.runtime.getMonitor() as unknown as { registerResource(req: RawRequest, cb: unknown): unknown };
            const register = monitor.registerResource.bind(monitor);
            monitor.registerResource = (req, cb) => {
                requests.push(req);
                return register(req, cb);
            };
            delete require.cache[require.resolve(files.entry)];
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            return require(files.entry) as unknown;
        },
    });
    return { result, requests };
}

function serviceUriOnTheWire(requests: RawRequest[], actionGroup: string): unknown {
    const req = requests.find((r) => r.getType() === "azure-native:monitor:ActionGroup" && r.getName() === actionGroup);
    assert.ok(req, `no register request for action group ${actionGroup}`);
    const inputs = req.getObject()?.toJavaScript() ?? {};
    return (inputs.webhookReceivers as Record<string, unknown>[])[0].serviceUri;
}

describe("secrets in stack config", () => {
    it("names the fields that may hold secrets in the schema", () => {
        assert.deepStrictEqual(secretFieldPatterns(stackConfigSchema).map(formatPattern).sort(), [
            "accounts[].monitoring.actionGroups[].webhooks[].uri",
            "monitoring.actionGroups[].webhooks[].uri",
        ]);
    });

    it("plans a stack whose webhook URI is a nested secure: value, with the input sent as a secret", async () => {
        const { result, requests } = await synthesizeCapturing(prodWithWebhook(SECRET_PLACEHOLDER, true));
        const group = one(result.resources, "monitor:ActionGroup", "ag-cosmos-prod-oncall");
        assert.strictEqual((group.inputs.webhookReceivers as Record<string, unknown>[])[0].serviceUri, SECRET);
        const wire = serviceUriOnTheWire(requests, "ag-cosmos-prod-oncall") as Record<string, unknown>;
        assert.strictEqual(wire[SIG_KEY], SECRET_SIG, "the register request carries the URI as a secret value");
    });

    it("sends a decrypted secret webhook (as under pulumi up) as a secret and writes no plaintext into the plan", async () => {
        const { result, requests } = await synthesizeCapturing(prodWithWebhook(TOKEN_URL, true));
        const wire = serviceUriOnTheWire(requests, "ag-cosmos-prod-oncall") as Record<string, unknown>;
        assert.deepStrictEqual(wire, { [SIG_KEY]: SECRET_SIG, value: TOKEN_URL });
        const json = JSON.stringify(buildPlanDocument(result));
        assert.ok(!json.includes("s3cr3t"), "the plan JSON holds the token");
        assert.ok(json.includes(SECRET));
    });

    it("keeps a webhook from a plain config key a plain input", async () => {
        const { requests } = await synthesizeCapturing(prodWithWebhook(TOKEN_URL, false));
        assert.strictEqual(serviceUriOnTheWire(requests, "ag-cosmos-prod-oncall"), TOKEN_URL);
    });

    it("still checks a decrypted secret's shape, and never prints it in the error", async () => {
        const files = prodWithWebhook("http://pager.contoso.example/hooks?token=s3cr3t-t0ken", true);
        await assert.rejects(synthesizeFiles(files), (e: unknown) => {
            assert.ok(ConfigError.isInstance(e));
            const message = (e as Error).message;
            assert.match(message, /monitoring\.actionGroups\[0\]\.webhooks\[0\]\.uri: a webhook is an https:\/\/ URL; got \[secret\]/);
            assert.ok(!message.includes("s3cr3t"), message);
            return true;
        });
    });

    it("refuses a secure: value in a field that is not sent as a secret, naming the fields that may hold one", async () => {
        const files = loadStackFiles(PROJECT_DIR, "prod");
        const monitoring = JSON.parse(files.config[MONITORING]) as MonitoringConfig;
        monitoring.actionGroups[1].emails[0].address = SECRET_PLACEHOLDER;
        files.config[MONITORING] = JSON.stringify(monitoring);
        files.secretKeys.push(MONITORING);
        const types: string[] = [];
        await assert.rejects(synthesizeFiles(files, { onRecord: (r) => types.push(r.type) }), (e: unknown) => {
            assert.ok(ConfigError.isInstance(e));
            assert.strictEqual(e.problems.length, 1, e.message);
            assert.deepStrictEqual(e.problems[0].path, ["monitoring", "actionGroups", 1, "emails", 0, "address"]);
            assert.match(e.problems[0].message, /plain text in state; fields that may hold secrets: .*\bmonitoring\.actionGroups\[\]\.webhooks\[\]\.uri/);
            return true;
        });
        assert.deepStrictEqual(
            types.filter((t) => t !== "pulumi:pulumi:Stack"),
            [],
            "nothing is registered",
        );
    });

    it("refuses the placeholder typed as a plain value", async () => {
        await assert.rejects(
            synthesizeFiles(prodWithWebhook(SECRET_PLACEHOLDER, false)),
            /webhooks\[0\]\.uri: '\[secret\]' is how a secret reads where it cannot be decrypted/,
        );
    });

    it("reads a nested secure: value from a stack file as a secret key holding the placeholder", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secret-stack-"));
        try {
            fs.copyFileSync(path.join(PROJECT_DIR, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
            const prod = fs.readFileSync(path.join(PROJECT_DIR, "Pulumi.prod.yaml"), "utf8");
            const withSecret = prod.replace('uri: "https://pager.contoso.example/hooks/cosmos-prod"', "uri: { secure: v1:AAAAAAAAAAAAAAAAAAAAAA== }");
            assert.notStrictEqual(withSecret, prod, "the fixture replacement found the webhook");
            fs.writeFileSync(path.join(dir, "Pulumi.prod.yaml"), withSecret);
            const files = loadStackFiles(dir, "prod");
            assert.ok(files.secretKeys.includes(MONITORING));
            assert.strictEqual((JSON.parse(files.config[MONITORING]) as MonitoringConfig).actionGroups[0].webhooks[0].uri, SECRET_PLACEHOLDER);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
