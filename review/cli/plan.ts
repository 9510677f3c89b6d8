/**
 * `npm run plan -- --stack <name> [--json <file>] [--cwd <project dir>] [--quiet]`
 *
 * Synthesizes the stack offline and prints what it would deploy. Exit 0 on success, 1 when a
 * declared query would be rejected by Cosmos DB at run time (docs/access-patterns.md), 2 on an
 * invalid config or an unreadable stack file (message on stderr, no stack trace).
 */
import * as fs from "fs";
import * as path from "path";
import { parseStackConfig, rawConfigFromPulumi } from "../../components/config";
import { analyzeAccessPatterns, hasErrors } from "../../queries/analysis";
import { declarationSection } from "../../queries/declarations";
import { renderAccessPatterns } from "../../queries/render";
import { buildPlanDocument, renderPlan } from "../plan";
import { PolicyConfigError } from "../policy/config";
import { policySection, renderPolicy } from "../policy/render";
import { configuredStacks, runPack, stackConfigFile } from "../policy/run";
import { loadStackFiles } from "../stack-files";
import { synthesize } from "../synth";
import { EXIT_FINDINGS, EXIT_OK, parseCommandArgs, runCommand, UsageError } from "./common";

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
    // Access patterns are config only (never sent to Azure); everything else they are checked against comes from the records.
    doc.accessPatterns = declarationSection(stackConfig(projectDir, args.stack).databases);
    const analysis = analyzeAccessPatterns(doc.resources, doc.accessPatterns);
    Object.assign(doc, { queries: analysis.queries, capacity: analysis.capacity, indexAdvice: analysis.indexAdvice, caching: analysis.caching });
    if (args.json) {
        try {
            fs.writeFileSync(args.json, `${JSON.stringify(doc, null, 2)}\n`);
        } catch (e) {
            throw new UsageError(`cannot write ${args.json}: ${e instanceof Error ? e.message : String(e)}`);
        }
    }
    if (!args.quiet) process.stdout.write(`${renderPlan(doc)}\n\n${renderPolicy(doc.policy, doc.resources, `${doc.project}/${doc.stack}`)}\n`);
    if (!args.quiet) process.stdout.write(`\n${renderAccessPatterns(analysis, `${doc.project}/${doc.stack}`)}\n`);
    return hasErrors(analysis) ? EXIT_FINDINGS : EXIT_OK;
}

/** The stack's validated config, read from the same files synthesis used. */
export function stackConfig(projectDir: string, stack: string) {
    const files = loadStackFiles(projectDir, stack);
    const prefix = `${files.project}:`;
    const secretKeys = new Set(files.secretKeys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)));
    return parseStackConfig(rawConfigFromPulumi(files.config, files.project), { project: files.project, baseDir: projectDir, secretKeys });
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
