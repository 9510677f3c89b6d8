/**
 * `npm run plan -- --stack <name> [--json <file>] [--project <project dir>] [--quiet]`
 *
 * Synthesizes the stack offline and prints what it would deploy. Exit 0 on success, 1 when a
 * declared query would be rejected by Cosmos DB at run time (docs/access-patterns.md), 2 on an
 * invalid config or an unreadable stack file (message on stderr, no stack trace).
 */
import * as path from "path";
import { hasErrors } from "../../queries/analysis";
import { renderAccessPatterns } from "../../queries/render";
import { renderCost } from "../cost";
import { buildFullPlan } from "../full-plan";
import { renderPlan } from "../plan";
import { PolicySection, renderPolicy } from "../policy/render";
import { azurePolicyOfProject } from "../azure-policy/project";
import { requireStack } from "../stack-files";
import { checkOutputs, EXIT_FINDINGS, EXIT_OK, parseCommandArgs, runCommand, UsageError, writeOutputs } from "./common";

const USAGE = "usage: npm run plan -- --stack <name> [--json <file>] [--project <project dir>] [--quiet]";

export async function main(argv: string[]): Promise<number> {
    const args = parseCommandArgs(
        argv,
        {
            stack: { type: "string", short: "s" },
            json: { type: "string" },
            project: { type: "string", short: "p" },
            // The flag's first name, kept for scripts that use it.
            cwd: { type: "string" },
            quiet: { type: "boolean", short: "q" },
        },
        USAGE,
    );
    if (!args.stack) throw new UsageError(`--stack is required\n${USAGE}`);
    if (args.project && args.cwd) throw new UsageError(`--project and --cwd name the same thing; give one\n${USAGE}`);
    const projectDir = path.resolve(args.project ?? args.cwd ?? process.cwd());
    const settings = requireStack(projectDir, args.stack);
    checkOutputs(args.json ? [{ flag: "--json", file: args.json }] : [], [{ flag: "--stack", file: settings }]);
    const { doc, analysis } = await buildFullPlan(projectDir, args.stack);
    // Everything that can refuse the plan runs before the document is written: a refused plan leaves no --json.
    const azurePolicy = azurePolicyOfProject(projectDir, doc.resources);
    if (args.json) writeOutputs([{ flag: "--json", file: args.json, text: `${JSON.stringify(doc, null, 2)}\n` }]);
    if (!args.quiet) process.stdout.write(`${renderPlan(doc)}\n\n${renderPolicy(doc.policy as PolicySection, doc.resources, `${doc.project}/${doc.stack}`)}\n`);
    if (!args.quiet) process.stdout.write(`\n${renderAccessPatterns(analysis, `${doc.project}/${doc.stack}`)}\n`);
    if (!args.quiet && doc.cost) process.stdout.write(`\n${renderCost(doc.cost)}\n`);
    if (!args.quiet && azurePolicy) process.stdout.write(`\n${azurePolicy.summary}\n`);
    return hasErrors(analysis) ? EXIT_FINDINGS : EXIT_OK;
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
