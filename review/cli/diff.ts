/**
 * `npm run diff -- --base <file> --head <file> [--json <out>] [--markdown <out>] [--allow-data-loss]`
 * `npm run diff -- --stack <name> --base-ref <git ref> [...]` builds both plans itself: the base
 * from the ref, the head from the working tree.
 *
 * Files may be plan documents, `pulumi stack export` or `pulumi preview --json` output. Exit 1
 * when a change loses data (unless --allow-data-loss), 2 on bad input.
 */
import * as fs from "fs";
import * as path from "path";
import { estimateCost, SizeDeclaration } from "../cost";
import { diffRecords, summariseChanges } from "../diff";
import { checkoutRef, hasStack } from "../git-base";
import { buildFullPlan, FullPlan } from "../full-plan";
import { PolicyInputError, PolicyRecord, recordsFrom } from "../records";
import { renderReport } from "../report";
import { EXIT_FINDINGS, EXIT_OK, parseCommandArgs, runCommand, UsageError } from "./common";

const USAGE = "usage: npm run diff -- (--base <file> --head <file> | --stack <name> --base-ref <git ref>) [--json <out>] [--markdown <out>] [--allow-data-loss]";

export interface Side {
    label: string;
    records: PolicyRecord[];
    sizes: SizeDeclaration[];
    /** When the side was synthesized here: its full plan (policy, access-pattern analysis). */
    plan?: FullPlan;
}

function sideFromDoc(doc: unknown, label: string): Side {
    try {
        const loaded = recordsFrom(doc, label);
        const sizes = ((doc as { accessPatterns?: SizeDeclaration[] }).accessPatterns ?? []).filter((d) => typeof d.dataSizeGB === "number");
        return { label, records: loaded.records, sizes };
    } catch (e) {
        if (e instanceof PolicyInputError) throw new UsageError(e.message);
        throw e;
    }
}

export function readSide(file: string): Side {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch {
        throw new UsageError(`cannot read ${file}`);
    }
    try {
        return sideFromDoc(JSON.parse(text), file);
    } catch (e) {
        if (e instanceof SyntaxError) throw new UsageError(`${file} is not JSON: ${e.message}`);
        throw e;
    }
}

/** The full plan of `stack` in `projectDir`, as a diff side; an absent stack is an empty side. */
export async function synthSide(projectDir: string, stack: string, label: string, role: "base" | "head" = "head"): Promise<Side> {
    if (!hasStack(projectDir, stack)) return { label, records: [], sizes: [] };
    const plan = await buildFullPlan(projectDir, stack, { lenientDeclarations: role === "base" });
    return { ...sideFromDoc(JSON.parse(JSON.stringify(plan.doc)), label), plan };
}

export function compare(base: Side, head: Side) {
    const sizes = new Map(head.sizes.map((d) => [`${d.database}/${d.container}`, d.dataSizeGB]));
    const changes = diffRecords(base.records, head.records, sizes);
    const cost = estimateCost(head.records, head.sizes);
    const baseCost = estimateCost(base.records, base.sizes);
    return { changes, summary: summariseChanges(changes), cost, baseCost, costDelta: Math.round((cost.monthly - baseCost.monthly) * 100) / 100 };
}

export async function main(argv: string[]): Promise<number> {
    const args = parseCommandArgs(
        argv,
        {
            base: { type: "string" },
            head: { type: "string" },
            stack: { type: "string" },
            "base-ref": { type: "string" },
            cwd: { type: "string" },
            json: { type: "string" },
            markdown: { type: "string" },
            "allow-data-loss": { type: "boolean" },
        },
        USAGE,
    );
    const projectDir = path.resolve(args.cwd ?? process.cwd());
    let base: Side;
    let head: Side;
    if (args["base-ref"]) {
        if (!args.stack) throw new UsageError(`--base-ref needs --stack\n${USAGE}`);
        const baseDir = checkoutRef(projectDir, args["base-ref"]);
        try {
            base = await synthSide(baseDir, args.stack, args["base-ref"], "base");
        } finally {
            fs.rmSync(baseDir, { recursive: true, force: true });
        }
        head = args.head ? readSide(args.head) : await synthSide(projectDir, args.stack, "working tree");
    } else {
        if (!args.base || !args.head) throw new UsageError(`--base and --head are required (or --stack with --base-ref)\n${USAGE}`);
        base = readSide(args.base);
        head = readSide(args.head);
    }
    const result = compare(base, head);
    if (args.json) fs.writeFileSync(args.json, `${JSON.stringify({ base: base.label, head: head.label, summary: result.summary, changes: result.changes, cost: { monthly: result.cost.monthly, base: result.baseCost.monthly, delta: result.costDelta } }, null, 2)}\n`);
    const stack = args.stack ?? "stack";
    if (args.markdown) {
        fs.writeFileSync(args.markdown, renderReport([{ stack, ...result, records: head.records }], base.label));
    }
    const s = result.summary;
    process.stdout.write(`${s.create} to create, ${s.update} to update, ${s.replace} to replace, ${s.delete} to delete; ${s.dataLoss} with data loss; ${s.warnings} warnings; cost ${result.costDelta >= 0 ? "+" : ""}${result.costDelta.toFixed(2)} USD/month\n`);
    for (const c of result.changes.filter((c) => c.kind !== "create" || c.warnings.length > 0)) {
        process.stdout.write(`${c.dataLoss ? "DATA LOSS " : ""}${c.kind} ${c.urn}\n${c.properties.map((p) => `    ${p.path}: ${JSON.stringify(p.before)} -> ${JSON.stringify(p.after)}\n`).join("")}${c.warnings.map((w) => `    warning: ${w}\n`).join("")}`);
    }
    return s.dataLoss > 0 && !args["allow-data-loss"] ? EXIT_FINDINGS : EXIT_OK;
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
