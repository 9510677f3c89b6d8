/**
 * `npm run verify -- --endpoint <url> --database <db> --container <c> [options]`
 *
 * Exercises a deployed container's data plane with Entra ID (DefaultAzureCredential, no keys),
 * records RU and latency per operation, and cleans up after itself. Exit 0 when every step that
 * can run passed, 1 when one failed (or access is missing), 2 on bad arguments.
 * Procedure and expected numbers: docs/runbooks/performance.md.
 */
import * as https from "https";
import * as path from "path";
import { CosmosClient, CosmosClientOptions } from "@azure/cosmos";
import { checkOutputs, EXIT_FINDINGS, EXIT_OK, parseCommandArgs, runCommand, UsageError, writeJsonFile } from "../../review/cli/common";
import { requireStack } from "../../review/stack-files";
import { describeFailure } from "../verify/errors";
import { renderReport, runVerify, verifyPassed } from "../verify/run";
import { declaredDatabases, declaredItemSchema, schemaCheck } from "../verify/schema-lookup";
import { Profile, PROFILES, SchemaCheck } from "../verify/steps";

const USAGE = [
    "usage: npm run verify -- --endpoint <https://<account>.documents.azure.com:443/> --database <db> --container <container>",
    "         [--json <file>] [--schema <file> | --stack <name>] [--project <dir>] [--wait <seconds>] [--timeout <seconds>]",
    "         [--key-from-env <VAR> [--allow-self-signed]] [--profile full|cosmosdb-server]",
    "  Entra ID (DefaultAzureCredential) is the default; --key-from-env is for a local emulator only.",
].join("\n");

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

export interface Io {
    stdout: (text: string) => void;
    env: NodeJS.ProcessEnv;
    cwd: string;
}

const defaultIo = (): Io => ({ stdout: (t) => process.stdout.write(t), env: process.env, cwd: process.cwd() });

function positiveSeconds(value: string | undefined, flag: string, fallback: number): number {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} is a number of seconds above 0; got '${value}'`);
    return n;
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
    const args = parseCommandArgs(
        argv,
        {
            endpoint: { type: "string" },
            database: { type: "string" },
            container: { type: "string" },
            json: { type: "string" },
            schema: { type: "string" },
            stack: { type: "string" },
            project: { type: "string" },
            wait: { type: "string" },
            timeout: { type: "string" },
            "key-from-env": { type: "string" },
            "allow-self-signed": { type: "boolean" },
            profile: { type: "string" },
        },
        USAGE,
    );
    for (const flag of ["endpoint", "database", "container"] as const) {
        if (!args[flag]) throw new UsageError(`--${flag} is required\n${USAGE}`);
    }
    let url: URL;
    try {
        url = new URL(args.endpoint as string);
    } catch {
        throw new UsageError(`--endpoint is the account's URL, e.g. https://contoso-cosmos-dev.documents.azure.com:443/; got '${args.endpoint}'`);
    }
    if (url.protocol !== "https:") throw new UsageError(`--endpoint uses https; got '${args.endpoint}'`);
    const loopback = LOOPBACK.has(url.hostname);
    const profile = (args.profile ?? "full") as Profile;
    if (!PROFILES.includes(profile)) throw new UsageError(`--profile is ${PROFILES.join(" or ")}; got '${args.profile}'`);
    const keyVar = args["key-from-env"];
    if (args["allow-self-signed"] && (!keyVar || !loopback)) {
        throw new UsageError("--allow-self-signed is for a local emulator only: it needs --key-from-env and a loopback endpoint (127.0.0.1, localhost)");
    }
    if (keyVar && !loopback) {
        throw new UsageError(`--key-from-env is for a local emulator on a loopback endpoint; ${url.hostname} is reached with Entra ID (drop --key-from-env)`);
    }
    const key = keyVar ? io.env[keyVar] : undefined;
    if (keyVar && !key) throw new UsageError(`environment variable ${keyVar} (from --key-from-env) is not set`);
    const waitMs = positiveSeconds(args.wait, "--wait", 60) * 1000;
    const timeoutMs = positiveSeconds(args.timeout, "--timeout", 30) * 1000;

    const projectDir = path.resolve(io.cwd, args.project ?? ".");
    if (args.stack !== undefined) requireStack(projectDir, args.stack);
    if (args.json)
        checkOutputs(
            [{ flag: "--json", file: path.resolve(io.cwd, args.json) }],
            args.schema ? [{ flag: "--schema", file: path.resolve(projectDir, args.schema) }] : [],
        );
    let schema: SchemaCheck | undefined;
    try {
        const file = args.schema ?? declaredItemSchema(declaredDatabases(projectDir, args.stack), args.database as string, args.container as string);
        if (file) schema = schemaCheck(projectDir, file);
    } catch (e) {
        throw new UsageError(e instanceof Error ? e.message : String(e));
    }

    const agent = args["allow-self-signed"] ? new https.Agent({ rejectUnauthorized: false, keepAlive: true }) : undefined;
    const options: CosmosClientOptions = {
        endpoint: url.toString(),
        userAgentSuffix: "cosmos-platform-verify",
        connectionPolicy: {
            requestTimeout: timeoutMs,
            // A local emulator advertises itself under another address; talk to the one given.
            enableEndpointDiscovery: !loopback,
            retryOptions: { maxRetryAttemptCount: 9, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: Math.ceil(timeoutMs / 1000) },
        },
        ...(agent ? { agent } : {}),
    };
    if (key) {
        options.key = key;
    } else {
        // Loaded only when used: @azure/identity is large and tests never need it.
        const { DefaultAzureCredential } = await import("@azure/identity");
        options.aadCredentials = new DefaultAzureCredential();
    }
    const client = new CosmosClient(options);
    const failure = {
        host: url.host,
        database: args.database as string,
        container: args.container as string,
        auth: key ? ("key" as const) : ("entra" as const),
    };
    try {
        const container = client.database(failure.database).container(failure.container);
        const report = await runVerify(container, { ...failure, profile, waitMs, ...(schema ? { schema } : {}) });
        io.stdout(`${renderReport(report)}\n`);
        if (args.json) writeJsonFile(path.resolve(io.cwd, args.json), report);
        return verifyPassed(report) ? EXIT_OK : EXIT_FINDINGS;
    } catch (e) {
        if (e instanceof UsageError) throw e;
        io.stdout(`verify failed: ${describeFailure(e, failure)}\n`);
        return EXIT_FINDINGS;
    } finally {
        client.dispose();
        agent?.destroy();
    }
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
