/**
 * `npm run plan -- --stack <name> [--json <file>] [--cwd <project dir>] [--quiet]`
 *
 * Synthesizes the stack offline and prints what it would deploy. Exit 0 on success, 2 on an
 * invalid config or an unreadable stack file (message on stderr, no stack trace).
 */
import * as fs from "fs";
import * as path from "path";
import { buildPlanDocument, renderPlan } from "../plan";
import { PolicyConfigError } from "../policy/config";
import { policySection, renderPolicy } from "../policy/render";
import { configuredStacks, runPack, stackConfigFile } from "../policy/run";
import { synthesize } from "../synth";
import { EXIT_OK, parseCommandArgs, runCommand, UsageError } from "./common";

const USAGE = "usage: npm run plan -- --stack <name> [--json <file>] [--cwd <project dir>] [--quiet]";

export async function main(argv: string[]): Promise<number> {
    const args = parseCommandArgs(
        argv,
        {
            stack: { type: "string", short: "s" },
            json: { type: "string" },
            cwd: { type: "string" },
            quiet: { type: "boolean", short: "q" },
        },
        USAGE,
    );
    if (!args.stack) throw new UsageError(`--stack is required\n${USAGE}`);
    const projectDir = path.resolve(args.cwd ?? process.cwd());
    const doc = buildPlanDocument(await synthesize(projectDir, args.stack));
    // The policy pack runs over the same records, with the stack's policy config when it has one.
    const configFile = configuredStacks().includes(args.stack) ? stackConfigFile(args.stack) : undefined;
    try {
        doc.policy = policySection(await runPack(doc.resources, configFile));
    } catch (e) {
        if (e instanceof PolicyConfigError) throw new UsageError(e.message);
        throw e;
    }
    if (args.json) {
        try {
            fs.writeFileSync(args.json, `${JSON.stringify(doc, null, 2)}\n`);
        } catch (e) {
            throw new UsageError(`cannot write ${args.json}: ${e instanceof Error ? e.message : String(e)}`);
        }
    }
    if (!args.quiet) process.stdout.write(`${renderPlan(doc)}\n\n${renderPolicy(doc.policy, doc.resources, `${doc.project}/${doc.stack}`)}\n`);
    return EXIT_OK;
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
