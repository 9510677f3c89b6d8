/**
 * `npm run review -- --stack dev --stack prod --base-ref origin/main [--markdown <out>] [--json <out>] [--allow-data-loss]`
 * `npm run review -- --stack prod --base prod-state.json [...]`
 *
 * The pull-request check: for each stack, the offline plan of the working tree against the plan
 * at the base ref, with policy results, cost and cost delta, and a topology diagram, rendered as
 * one Markdown comment. The deploy check: the same against what is deployed, one `--base` file
 * (a `pulumi stack export`, or `pulumi preview --json --show-sames`) per stack, matched by the
 * stack its URNs name. Exit 1 when a change loses data (unless --allow-data-loss), a mandatory
 * policy fails, a declared query would be rejected by Cosmos DB, or the tenant's Azure Policy
 * (azure-policy/, when present) would deny the deployment; 2 on bad input, including a --base
 * file of a stack not given with --stack, or a --stack without a --base file.
 */
import * as fs from "fs";
import * as path from "path";
import { checkoutRef } from "../git-base";
import { hasErrors } from "../../queries/analysis";
import { accessPatternNotes } from "../../queries/render";
import { hasMandatory } from "../policy/render";
import { shortStack } from "../../model/records";
import { requireStack } from "../stack-files";
import { renderReport, StackReport } from "../report";
import { azurePolicyOfProject } from "../azure-policy/project";
import { checkOutputs, EXIT_FINDINGS, EXIT_OK, parseCommandArgs, runCommand, UsageError, writeOutputs } from "./common";
import { checkSameStack, compare, readStateSide, Side, synthSide } from "./diff";

const USAGE =
    "usage: npm run review -- --stack <name> [--stack <name> ...] (--base-ref <git ref> | --base <stack export> [--base <stack export> ...]) [--markdown <out>] [--json <out>] [--allow-data-loss]";

/**
 * The base side of each stack from deployed-state files, matched by the stack the file holds.
 * A file that names no stack (the export of a stack never deployed) serves a single --stack.
 */
export function baseSidesFromFiles(files: readonly string[], stacks: readonly string[]): Map<string, Side> {
    const sides = files.map(readStateSide);
    const byStack = new Map<string, Side>();
    for (const side of sides) {
        const stack = side.stack === undefined && stacks.length === 1 ? stacks[0] : side.stack;
        if (stack === undefined)
            throw new UsageError(`${side.label} names no stack (an export of a stack never deployed?); with several --stack, give their files one at a time`);
        const match = stacks.find((s) => shortStack(s) === shortStack(stack));
        if (!match) throw new UsageError(`${side.label} holds stack '${stack}', which is not among --stack ${stacks.join(", ")}`);
        if (byStack.has(match)) throw new UsageError(`two --base files hold stack '${match}': ${byStack.get(match)?.label} and ${side.label}`);
        byStack.set(match, side);
    }
    const missing = stacks.filter((s) => !byStack.has(s));
    if (missing.length > 0)
        throw new UsageError(`no --base file holds stack ${missing.map((s) => `'${s}'`).join(", ")}; give one \`pulumi stack export\` per --stack`);
    return byStack;
}

export async function main(argv: string[]): Promise<number> {
    const args = parseCommandArgs(
        argv,
        {
            stack: { type: "string", multiple: true },
            "base-ref": { type: "string" },
            base: { type: "string", multiple: true },
            cwd: { type: "string" },
            markdown: { type: "string" },
            json: { type: "string" },
            "allow-data-loss": { type: "boolean" },
        },
        USAGE,
    );
    const stacks = args.stack ?? [];
    const baseFiles = args.base ?? [];
    const baseRef = args["base-ref"];
    if (stacks.length === 0) throw new UsageError(`--stack is required\n${USAGE}`);
    if (baseRef && baseFiles.length > 0) throw new UsageError(`--base-ref and --base are alternatives; give one\n${USAGE}`);
    if (!baseRef && baseFiles.length === 0) throw new UsageError(`--base-ref or --base is required\n${USAGE}`);
    const projectDir = path.resolve(args.cwd ?? process.cwd());
    for (const stack of stacks) requireStack(projectDir, stack);
    checkOutputs(
        [...(args.markdown ? [{ flag: "--markdown", file: args.markdown }] : []), ...(args.json ? [{ flag: "--json", file: args.json }] : [])],
        baseFiles.map((file) => ({ flag: "--base", file })),
    );
    const stateBases = baseRef ? undefined : baseSidesFromFiles(baseFiles, stacks);
    const baseDir = baseRef ? checkoutRef(projectDir, baseRef) : undefined;
    const reports: StackReport[] = [];
    let queryErrors = false;
    try {
        for (const stack of stacks) {
            const base = stateBases?.get(stack) ?? (await synthSide(baseDir as string, stack, baseRef as string, "base"));
            const head = await synthSide(projectDir, stack, "working tree");
            checkSameStack(base, head, stack);
            for (const note of base.notes ?? []) process.stderr.write(`note: ${note}\n`);
            const analysis = head.plan?.analysis;
            if (analysis && hasErrors(analysis)) queryErrors = true;
            const compared = compare(base, head);
            const azurePolicy = azurePolicyOfProject(projectDir, head.records, { changes: compared.changes, base: base.records })?.section;
            reports.push({
                stack,
                ...compared,
                policy: head.plan?.doc.policy,
                records: head.records,
                baseRecords: base.records,
                notes: analysis ? accessPatternNotes(analysis) : [],
                ...(azurePolicy ? { azurePolicy } : {}),
            });
        }
    } finally {
        if (baseDir) fs.rmSync(baseDir, { recursive: true, force: true });
    }
    const markdown = renderReport(reports, baseRef ?? (stateBases ? [...stateBases.values()].map((s) => s.label).join(", ") : ""));
    const json = reports.map((r) => ({
        stack: r.stack,
        summary: r.summary,
        changes: r.changes,
        policy: r.policy,
        cost: r.cost,
        costDelta: r.baseCost ? r.cost.monthly - r.baseCost.monthly : undefined,
    }));
    writeOutputs([
        ...(args.markdown ? [{ flag: "--markdown", file: args.markdown, text: markdown }] : []),
        ...(args.json ? [{ flag: "--json", file: args.json, text: `${JSON.stringify(json, null, 2)}\n` }] : []),
    ]);
    if (!args.markdown) process.stdout.write(markdown);
    const dataLoss = reports.some((r) => r.summary.dataLoss > 0);
    const mandatory = reports.some((r) => r.policy && hasMandatory(r.policy));
    for (const r of reports) {
        process.stderr.write(
            `${r.stack}: ${r.summary.dataLoss} data-loss change(s), ${r.policy?.violations.filter((v) => v.level === "mandatory").length ?? 0} mandatory policy violation(s)${r.azurePolicy ? `, ${r.azurePolicy.blocking} Azure Policy block(s)` : ""}, cost ${r.cost.monthly.toFixed(2)} USD/month\n`,
        );
    }
    const azureBlocking = reports.some((r) => (r.azurePolicy?.blocking ?? 0) > 0);
    return (dataLoss && !args["allow-data-loss"]) || mandatory || queryErrors || azureBlocking ? EXIT_FINDINGS : EXIT_OK;
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
