/**
 * `npm run review -- --stack dev --stack prod --base-ref origin/main [--markdown <out>] [--json <out>] [--allow-data-loss]`
 *
 * The pull-request check: for each stack, the offline plan of the working tree against the plan
 * at the base ref, with policy results, cost and cost delta, and a topology diagram, rendered as
 * one Markdown comment. Exit 1 when a change loses data (unless --allow-data-loss) or a
 * mandatory policy fails, a declared query would be rejected by Cosmos DB, or the tenant's Azure
 * Policy (azure-policy/, when present) would deny the deployment; 2 on bad input.
 */
import * as fs from "fs";
import * as path from "path";
import { checkoutRef } from "../git-base";
import { hasErrors } from "../../queries/analysis";
import { accessPatternNotes } from "../../queries/render";
import { hasMandatory } from "../policy/render";
import { renderReport, StackReport } from "../report";
import { azurePolicyOfProject } from "../azure-policy/project";
import { EXIT_FINDINGS, EXIT_OK, parseCommandArgs, runCommand, UsageError } from "./common";
import { compare, synthSide } from "./diff";

const USAGE = "usage: npm run review -- --stack <name> [--stack <name> ...] --base-ref <git ref> [--markdown <out>] [--json <out>] [--allow-data-loss]";

export async function main(argv: string[]): Promise<number> {
    const args = parseCommandArgs(
        argv,
        {
            stack: { type: "string", multiple: true },
            "base-ref": { type: "string" },
            cwd: { type: "string" },
            markdown: { type: "string" },
            json: { type: "string" },
            "allow-data-loss": { type: "boolean" },
        },
        USAGE,
    );
    const stacks = args.stack ?? [];
    if (stacks.length === 0 || !args["base-ref"]) throw new UsageError(`--stack and --base-ref are required\n${USAGE}`);
    const projectDir = path.resolve(args.cwd ?? process.cwd());
    const baseDir = checkoutRef(projectDir, args["base-ref"]);
    const reports: StackReport[] = [];
    let queryErrors = false;
    try {
        for (const stack of stacks) {
            const base = await synthSide(baseDir, stack, args["base-ref"], "base");
            const head = await synthSide(projectDir, stack, "working tree");
            const analysis = head.plan?.analysis;
            if (analysis && hasErrors(analysis)) queryErrors = true;
            const compared = compare(base, head);
            const azurePolicy = azurePolicyOfProject(projectDir, head.records, { changes: compared.changes, base: base.records })?.section;
            reports.push({ stack, ...compared, policy: head.plan?.doc.policy, records: head.records, notes: analysis ? accessPatternNotes(analysis) : [], ...(azurePolicy ? { azurePolicy } : {}) });
        }
    } finally {
        fs.rmSync(baseDir, { recursive: true, force: true });
    }
    const markdown = renderReport(reports, args["base-ref"]);
    if (args.markdown) fs.writeFileSync(args.markdown, markdown);
    else process.stdout.write(markdown);
    if (args.json) {
        const json = reports.map((r) => ({ stack: r.stack, summary: r.summary, changes: r.changes, policy: r.policy, cost: r.cost, costDelta: r.baseCost ? r.cost.monthly - r.baseCost.monthly : undefined }));
        fs.writeFileSync(args.json, `${JSON.stringify(json, null, 2)}\n`);
    }
    const dataLoss = reports.some((r) => r.summary.dataLoss > 0);
    const mandatory = reports.some((r) => r.policy && hasMandatory(r.policy));
    for (const r of reports) {
        process.stderr.write(`${r.stack}: ${r.summary.dataLoss} data-loss change(s), ${r.policy?.violations.filter((v) => v.level === "mandatory").length ?? 0} mandatory policy violation(s)${r.azurePolicy ? `, ${r.azurePolicy.blocking} Azure Policy block(s)` : ""}, cost ${r.cost.monthly.toFixed(2)} USD/month\n`);
    }
    const azureBlocking = reports.some((r) => (r.azurePolicy?.blocking ?? 0) > 0);
    return (dataLoss && !args["allow-data-loss"]) || mandatory || queryErrors || azureBlocking ? EXIT_FINDINGS : EXIT_OK;
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
