/**
 * `npm run adopt -- --from <file> [--from <file> ...] --stack <name> [--dir <project dir>]`
 * `npm run adopt -- --account <ARM id> [--from <file> ...] --stack <name> [--dir <project dir>]`
 *   (live: the account and its Cosmos DB resources; `--from` adds what the Cosmos DB API does not
 *   list, as `az` prints it: private endpoints, their DNS zone groups, diagnostic settings, locks,
 *   control-plane role assignments)
 *
 * Turns Azure's own JSON of an existing Cosmos DB NoSQL estate (az / REST GET and list output,
 * or an ARM template export) into `Pulumi.<stack>.yaml`, such that the first `pulumi up` imports
 * everything and changes nothing (docs/runbooks/adopt.md).
 *
 * Exit codes: 0 written; 1 a stored property the stack config cannot express, a stack-config rule
 * the estate breaks, or a planned input that differs from Azure's (each named on stderr, nothing
 * written); 2 bad arguments or bad input (one line each, nothing written); 3 a bug.
 */
import * as fs from "fs";
import * as path from "path";
import { checkOutputs, EXIT_USAGE, parseCommandArgs, runCommand, UsageError } from "../review/cli/common";
import { checkStackName } from "../review/stack-files";
import { adoptEstate } from "./adopt";
import { AdoptInputError, AdoptInputErrors } from "./errors";
import { Inputs, readInputs } from "./inputs";
import { LiveOptions, readLive } from "./live";
import { withoutSecrets } from "./secrets";

const USAGE = [
    "usage: npm run adopt -- --from <file> [--from <file> ...] --stack <name> [--dir <project dir>]",
    "       npm run adopt -- --account <account ARM id> [--from <file> ...] --stack <name> [--dir <project dir>]",
    "       options: --environment <name> (default: the stack name), --force (replace existing files),",
    "                --policy-config <file>, --subscription <id> and --resource-group <name> (for an ARM template export)",
].join("\n");

export interface CliDeps {
    /** For live mode: the credential and client options (tests replay recorded responses). */
    live?: LiveOptions;
    stdout?: (text: string) => void;
    stderr?: (text: string) => void;
}

/** The live documents with those of the files (a document in both must agree: estate.ts). */
function withFiles(live: Inputs, files: Inputs): Inputs {
    return { docs: [...live.docs, ...files.docs], skipped: [...live.skipped, ...files.skipped], errors: [...(live.errors ?? [])] };
}

export async function main(argv: string[], deps: CliDeps = {}): Promise<number> {
    // Whatever adopt prints passes one last guard: a key or connection string from the input never reaches the terminal.
    const rawOut = deps.stdout ?? ((t: string) => process.stdout.write(t));
    const rawErr = deps.stderr ?? ((t: string) => process.stderr.write(t));
    const out = (t: string) => rawOut(withoutSecrets(t));
    const err = (t: string) => rawErr(withoutSecrets(t));
    const args = parseCommandArgs(
        argv,
        {
            from: { type: "string", multiple: true },
            account: { type: "string" },
            stack: { type: "string", short: "s" },
            dir: { type: "string" },
            environment: { type: "string" },
            force: { type: "boolean" },
            "policy-config": { type: "string" },
            subscription: { type: "string" },
            "resource-group": { type: "string" },
        },
        USAGE,
    );
    const from = args.from ?? [];
    if (!args.stack) throw new UsageError(`--stack is required\n${USAGE}`);
    if (from.length === 0 && !args.account) throw new UsageError(`give --from <file> (one or more) or --account <ARM id>\n${USAGE}`);
    const projectDir = path.resolve(args.dir ?? process.cwd());
    checkStackName(args.stack, "--stack");
    // The stack file adopt writes is never one of its inputs, and its directory can take it.
    if (fs.existsSync(projectDir))
        checkOutputs(
            [{ flag: "--stack", file: path.join(projectDir, `Pulumi.${args.stack}.yaml`) }],
            from.map((file) => ({ flag: "--from", file })),
            { stackFile: true },
        );
    try {
        const files = readInputs(from, { subscriptionId: args.subscription, resourceGroup: args["resource-group"] });
        // Live reads the account's Cosmos DB resources; files add the rest (endpoints, settings, locks, roles), read first so their errors come without a call to Azure.
        if (args.account && (files.errors ?? []).length > 0) throw new AdoptInputErrors(files.errors ?? []);
        const inputs: Inputs = args.account ? withFiles(await readLive(args.account, deps.live), files) : files;
        const outcome = await adoptEstate(inputs, {
            stack: args.stack,
            projectDir,
            ...(args.environment ? { environment: args.environment } : {}),
            force: args.force ?? false,
            ...(args["policy-config"] ? { policyConfig: args["policy-config"] } : {}),
            inputLabels: [...(args.account ? [`account ${args.account} (live)`] : []), ...from.map((f) => path.basename(f))],
        });
        for (const p of outcome.problems) err(`adopt: ${p}\n`);
        out(`${outcome.report}\n`);
        return outcome.code;
    } catch (e) {
        const errors = e instanceof AdoptInputErrors ? e.errors : e instanceof AdoptInputError ? [e] : undefined;
        if (!errors) throw e;
        for (const x of errors) err(`error: ${x.message}\n`);
        err("Nothing written.\n");
        return EXIT_USAGE;
    }
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
