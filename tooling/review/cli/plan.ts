/**
 * `npm run plan -- --stack <name> [--json <file>] [--project <project dir>] [--policy-config <file>] [--quiet]`
 *
 * Synthesizes the stack offline and prints what it would deploy, judged by the policy pack with
 * the project's policy config for the stack (`--policy-config`, else the project's own
 * `policies/config/<stack>.json`, else every rule's own level and defaults, said on stderr).
 * Exit 0 on success; 1 when the pack finds a mandatory violation (as `pulumi preview
 * --policy-pack` fails) or a declared query would be rejected by Cosmos DB at run time
 * (docs/access-patterns.md); 2 on an invalid config, an unreadable stack file or policy config
 * (message on stderr, no stack trace).
 */
import * as path from "path";
import { hasErrors } from "../../queries/analysis";
import { renderAccessPatterns } from "../../queries/render";
import { renderCost } from "../cost";
import { buildFullPlan } from "../full-plan";
import { renderPlan } from "../plan";
import { hasMandatory, PolicySection, renderPolicy } from "../policy/render";
import { azurePolicyOfProject } from "../azure-policy/project";
import { requireStack } from "../stack-files";
import { checkOutputs, EXIT_FINDINGS, EXIT_OK, parseCommandArgs, runCommand, UsageError, writeJsonFile } from "./common";

const USAGE = "usage: npm run plan -- --stack <name> [--json <file>] [--project <project dir>] [--policy-config <file>] [--quiet]";

export async function main(argv: string[]): Promise<number> {
    const args = parseCommandArgs(
        argv,
        {
            stack: { type: "string", short: "s" },
            json: { type: "string" },
            project: { type: "string", short: "p" },
            "policy-config": { type: "string" },
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
    const policyConfig = args["policy-config"];
    checkOutputs(args.json ? [{ flag: "--json", file: args.json }] : [], [
        { flag: "--stack", file: settings },
        ...(policyConfig !== undefined ? [{ flag: "--policy-config", file: policyConfig }] : []),
    ]);
    const { doc, analysis, policyNote } = await buildFullPlan(projectDir, args.stack, policyConfig !== undefined ? { policyConfig } : {});
    // Everything that can refuse the plan runs before the document is written: a refused plan leaves no --json.
    const azurePolicy = azurePolicyOfProject(projectDir, doc.resources);
    if (policyNote) process.stderr.write(`plan: ${policyNote}\n`);
    if (args.json) writeJsonFile(args.json, doc);
    if (!args.quiet) process.stdout.write(`${renderPlan(doc)}\n\n${renderPolicy(doc.policy as PolicySection, doc.resources, `${doc.project}/${doc.stack}`)}\n`);
    if (!args.quiet) process.stdout.write(`\n${renderAccessPatterns(analysis, `${doc.project}/${doc.stack}`)}\n`);
    if (!args.quiet && doc.cost) process.stdout.write(`\n${renderCost(doc.cost)}\n`);
    if (!args.quiet && azurePolicy) process.stdout.write(`\n${azurePolicy.summary}\n`);
    return hasErrors(analysis) || hasMandatory(doc.policy as PolicySection) ? EXIT_FINDINGS : EXIT_OK;
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
