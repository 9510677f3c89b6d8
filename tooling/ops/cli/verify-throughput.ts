/**
 * `npm run verify:throughput -- --stack <name> [--from <plan.json | stack-export.json>] [--subscription <id>] [--json <out>] [--project <dir>]`
 *
 * Reads every database's and container's throughput settings from Azure Resource Manager and
 * compares them with what the stack declares (its offline plan, or the given plan or stack
 * export): the drift `pulumi refresh` cannot see (ops/verify/throughput.ts says why). Signs in
 * with DefaultAzureCredential (az login, OIDC, managed identity); read access suffices.
 * Exit 0 when every value matches (a change still being applied is reported, not failed), 1 on
 * drift, a missing resource or a failed read, 2 on bad arguments or an input of another stack.
 */
import * as path from "path";
import { checkOutputs, EXIT_FINDINGS, EXIT_OK, parseCommandArgs, runCommand, UsageError, writeJsonFile } from "../../review/cli/common";
import { namesDiffer, PolicyInputError, PolicyRecord, readRecords } from "../../model/records";
import { requireStack } from "../../review/stack-files";
import { synthesize } from "../../review/synth";
import {
    ARM_SCOPE,
    armThroughputReader,
    checkThroughput,
    declaredThroughput,
    renderThroughputReport,
    throughputPassed,
    ThroughputReader,
} from "../verify/throughput";

const USAGE =
    "usage: npm run verify:throughput -- --stack <name> [--from <plan.json | stack-export.json>] [--subscription <id>] [--json <out>] [--project <dir>]";

export interface Io {
    stdout: (text: string) => void;
    env: NodeJS.ProcessEnv;
    cwd: string;
    /** The reader for a subscription; tests pass a fake, the default talks to Azure. */
    reader?: (subscriptionId: string) => ThroughputReader;
}

const defaultIo = (): Io => ({ stdout: (t) => process.stdout.write(t), env: process.env, cwd: process.cwd() });

async function azureReader(subscriptionId: string): Promise<ThroughputReader> {
    // Loaded only when used: @azure/identity is large and tests never need it.
    const { DefaultAzureCredential } = await import("@azure/identity");
    const credential = new DefaultAzureCredential();
    return armThroughputReader({
        subscriptionId,
        token: async () => {
            const token = await credential.getToken(ARM_SCOPE);
            if (!token) throw new Error("no Entra ID token for Azure Resource Manager: sign in with `az login` (or OIDC in CI)");
            return token.token;
        },
    });
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
    const args = parseCommandArgs(
        argv,
        {
            stack: { type: "string" },
            from: { type: "string" },
            subscription: { type: "string" },
            json: { type: "string" },
            project: { type: "string" },
        },
        USAGE,
    );
    if (!args.stack) throw new UsageError(`--stack is required\n${USAGE}`);
    requireStack(path.resolve(io.cwd, args.project ?? "."), args.stack);
    if (args.json)
        checkOutputs([{ flag: "--json", file: path.resolve(io.cwd, args.json) }], args.from ? [{ flag: "--from", file: path.resolve(io.cwd, args.from) }] : []);
    const subscription = args.subscription ?? io.env.ARM_SUBSCRIPTION_ID ?? io.env.AZURE_SUBSCRIPTION_ID;
    if (!subscription) throw new UsageError("no subscription: give --subscription <id> or set ARM_SUBSCRIPTION_ID");
    let records: PolicyRecord[];
    if (args.from) {
        try {
            const loaded = readRecords(path.resolve(io.cwd, args.from));
            if (namesDiffer(args.stack, loaded.stack)) throw new UsageError(`${args.from} holds stack '${loaded.stack}' but --stack is '${args.stack}'`);
            records = loaded.records;
        } catch (e) {
            if (e instanceof PolicyInputError) throw new UsageError(e.message);
            throw e;
        }
    } else {
        records = (await synthesize(path.resolve(io.cwd, args.project ?? "."), args.stack)).resources;
    }
    const targets = declaredThroughput(records);
    if (targets.length === 0) {
        io.stdout(`stack ${args.stack} declares no dedicated throughput (serverless or shared only): nothing to compare\n`);
        return EXIT_OK;
    }
    const reader = io.reader ? io.reader(subscription) : await azureReader(subscription);
    const report = await checkThroughput(targets, reader);
    io.stdout(`${renderThroughputReport(report, args.stack)}\n`);
    if (args.json) writeJsonFile(path.resolve(io.cwd, args.json), report);
    return throughputPassed(report) ? EXIT_OK : EXIT_FINDINGS;
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
