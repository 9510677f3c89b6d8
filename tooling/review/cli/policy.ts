/**
 * `npm run policy -- --from <file> [--stack <name> | --config <policy-config.json>] [--json <out>] [--quiet]`
 *
 * Runs the CrossGuard pack (policies/) offline over a plan document, a `pulumi stack export` or
 * `pulumi preview --json` output (detected by shape). Without --stack or --config the stack is
 * read from the input; a --stack other than the input's is refused. Exit 0 without mandatory
 * violations, 1 with one (a `remediate` rule that still fails counts), 2 on bad arguments, an
 * input of another stack, or an unreadable/unrecognised input or config.
 */
import { PolicyConfigError } from "../policy/config";
import { PolicyRecordError } from "../policy/evaluate";
import { namesDiffer, readRecords, PolicyInputError } from "../../model/records";
import { hasMandatory, policySection, renderPolicy } from "../policy/render";
import { runPack, stackConfigFile } from "../policy/run";
import { checkStackName } from "../stack-files";
import { checkOutputs, EXIT_FINDINGS, EXIT_OK, parseCommandArgs, runCommand, UsageError, writeJsonFile } from "./common";

const USAGE =
    "usage: npm run policy -- --from <plan.json | stack-export.json | preview.json> [--stack <name> | --config <policy-config.json>] [--json <out>] [--quiet]";

export async function main(argv: string[]): Promise<number> {
    const args = parseCommandArgs(
        argv,
        {
            from: { type: "string" },
            stack: { type: "string", short: "s" },
            config: { type: "string" },
            json: { type: "string" },
            quiet: { type: "boolean", short: "q" },
        },
        USAGE,
    );
    if (!args.from) throw new UsageError(`--from is required\n${USAGE}`);
    if (args.stack && args.config) throw new UsageError(`--stack and --config are alternatives; give one\n${USAGE}`);
    // A stack name, not a path: it names policies/config/<stack>.json.
    if (args.stack !== undefined) checkStackName(args.stack, "--stack");
    checkOutputs(args.json ? [{ flag: "--json", file: args.json }] : [], [
        { flag: "--from", file: args.from },
        ...(args.config ? [{ flag: "--config", file: args.config }] : []),
    ]);
    try {
        const loaded = readRecords(args.from);
        // A prod plan judged by dev's relaxed policy config must not pass silently.
        if (args.stack && namesDiffer(args.stack, loaded.stack)) {
            throw new UsageError(
                `${args.from} holds stack '${loaded.stack}' but --stack is '${args.stack}': its resources would be judged by another stack's policy config; pass --stack ${loaded.stack} (or --config <file> to choose a config on purpose)`,
            );
        }
        const stack = args.stack ?? loaded.stack;
        if (!args.config && !stack) throw new UsageError(`${args.from} names no stack; give --stack <name> or --config <file>`);
        const configFile = args.config ?? stackConfigFile(stack as string);
        const run = await runPack(loaded.records, configFile, undefined, args.from);
        for (const name of run.result.unknownConfigNames)
            process.stderr.write(`warning: ${configFile} configures '${name}', which is not a rule of the pack\n`);
        const section = policySection(run);
        if (args.json) writeJsonFile(args.json, section);
        if (!args.quiet)
            process.stdout.write(`${renderPolicy(section, loaded.records, `${args.from} (${loaded.format}, ${loaded.records.length} resources)`)}\n`);
        return hasMandatory(section) ? EXIT_FINDINGS : EXIT_OK;
    } catch (e) {
        if (e instanceof PolicyInputError || e instanceof PolicyConfigError || e instanceof PolicyRecordError) throw new UsageError(e.message);
        throw e;
    }
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
