/**
 * `npm run diff -- --base <file> --head <file> [--json <out>] [--markdown <out>] [--allow-data-loss]`
 * `npm run diff -- --stack <name> --base-ref <git ref> [...]` builds both plans itself: the base
 * from the ref, the head from the working tree.
 * `npm run diff -- --stack <name> --base <state.json> [...]` compares the working tree's plan with
 * what is deployed: the base is a `pulumi stack export` (or `pulumi preview --json --show-sames`,
 * read as the state before the update).
 *
 * Files may be plan documents, `pulumi stack export` or `pulumi preview --json` output. Exit 1
 * when a change loses data (unless --allow-data-loss), 2 on bad input, and 2 when the two sides
 * (or a side and --stack) belong to different stacks or projects: such a diff would report every
 * resource as deleted and created.
 */
import * as fs from "fs";
import * as path from "path";
import { renderChangesText } from "../change-text";
import { groupByAccount, indexAccounts } from "../../model/accounts";
import { declarationsByContainer, estimateCost, SizeDeclaration } from "../cost";
import { Change, countsText, diffRecords, summariseChanges } from "../diff";
import { checkoutRef, hasStack } from "../git-base";
import { buildFullPlan, FullPlan } from "../full-plan";
import { InputFormat, nameOfUrn, namesDiffer, PolicyInputError, PolicyRecord, previewListsSames, readRecordsDocument, recordsFrom } from "../../model/records";
import { renderReport } from "../report";
import { requireStack } from "../stack-files";
import { checkOutputs, EXIT_FINDINGS, EXIT_OK, parseCommandArgs, runCommand, UsageError, writeOutputs } from "./common";

const USAGE =
    "usage: npm run diff -- (--base <file> --head <file> | --stack <name> --base-ref <git ref> | --stack <name> --base <stack export or preview>) [--head <file>] [--json <out>] [--markdown <out>] [--allow-data-loss]";

export interface Side {
    label: string;
    records: PolicyRecord[];
    sizes: SizeDeclaration[];
    /** The stack and project the side belongs to, where the input says. */
    stack?: string;
    project?: string;
    format?: InputFormat;
    /** Things the reader should know about this side (printed to stderr). */
    notes?: string[];
    /** When the side was synthesized here: its full plan (policy, access-pattern analysis). */
    plan?: FullPlan;
}

/** Which side a file is: the base of a stack export or preview is the state before the update. */
export type Role = "base" | "head";

function sideFromDoc(doc: unknown, label: string, role: Role = "head"): Side {
    try {
        const loaded = recordsFrom(doc, label, role === "base" ? "before" : "after");
        const sizes = ((doc as { accessPatterns?: SizeDeclaration[] }).accessPatterns ?? []).filter((d) => typeof d.dataSizeGB === "number");
        const notes =
            role === "base" && loaded.format === "preview" && !previewListsSames(doc)
                ? [`${label} lists no unchanged resources (run \`pulumi preview --json --show-sames\`): the resources it omits show as creates`]
                : [];
        return { label, records: loaded.records, sizes, stack: loaded.stack, project: loaded.project, format: loaded.format, notes };
    } catch (e) {
        if (e instanceof PolicyInputError) throw new UsageError(e.message);
        throw e;
    }
}

export function readSide(file: string, role: Role = "head"): Side {
    let doc: unknown;
    try {
        doc = readRecordsDocument(file);
    } catch (e) {
        if (e instanceof PolicyInputError) throw new UsageError(e.message);
        throw e;
    }
    return sideFromDoc(doc, file, role);
}

/** The base side from a file of the deployed state; its label says where it came from. */
export function readStateSide(file: string): Side {
    const side = readSide(file, "base");
    const what = side.format === "stack-export" ? "stack export" : side.format === "preview" ? "preview, state before" : "plan";
    return { ...side, label: `${file} (${what})` };
}

/** The full plan of `stack` in `projectDir`, as a diff side; an absent stack is an empty side. */
export async function synthSide(projectDir: string, stack: string, label: string, role: Role = "head"): Promise<Side> {
    if (!hasStack(projectDir, stack)) return { label, records: [], sizes: [] };
    const plan = await buildFullPlan(projectDir, stack, { lenientDeclarations: role === "base" });
    return { ...sideFromDoc(JSON.parse(JSON.stringify(plan.doc)), label), plan };
}

/**
 * Refuses sides that belong to different stacks or projects (or to another stack than --stack):
 * their URNs never match, so the diff would call every resource deleted and created.
 */
export function checkSameStack(base: Side, head: Side | undefined, stack?: string): void {
    for (const side of head ? [base, head] : [base]) {
        if (stack !== undefined && namesDiffer(stack, side.stack)) {
            throw new UsageError(`--stack is '${stack}' but ${side.label} holds stack '${side.stack}': compare a stack with itself`);
        }
    }
    if (!head) return;
    if (namesDiffer(base.stack, head.stack)) {
        throw new UsageError(
            `base ${base.label} holds stack '${base.stack}' but head ${head.label} holds stack '${head.stack}': a diff across stacks would call every resource deleted and created`,
        );
    }
    if (namesDiffer(base.project, head.project)) {
        throw new UsageError(
            `base ${base.label} is project '${base.project}' but head ${head.label} is project '${head.project}': a diff across projects would call every resource deleted and created`,
        );
    }
}

export function compare(base: Side, head: Side) {
    // Declared sizes by container record name, each matched within its own account.
    const declared = declarationsByContainer(head.records, head.sizes, indexAccounts(head.records).of);
    const sizes = new Map(
        head.records.flatMap((r) => {
            const d = declared.get(r.urn);
            return d ? [[r.name, d.dataSizeGB] as const] : [];
        }),
    );
    const changes = diffRecords(base.records, head.records, sizes);
    const cost = estimateCost(head.records, head.sizes);
    // Deployed state carries no size declarations (they are config, not Azure facts): price it
    // with the head's, so the delta shows what the change costs, not storage appearing.
    const deployed = base.format === "stack-export" || base.format === "preview";
    const baseCost = estimateCost(base.records, deployed ? head.sizes : base.sizes);
    return { changes, summary: summariseChanges(changes), cost, baseCost, costDelta: Math.round((cost.monthly - baseCost.monthly) * 100) / 100 };
}

/**
 * With several accounts: one line per account that changes (and one for stack-level resources),
 * in the same words as the total; empty for a single account. Deleted resources are placed by the
 * base's records.
 */
export function accountSummaryText(changes: readonly Change[], records: readonly PolicyRecord[]): string {
    const index = indexAccounts(records);
    if (!index.multi) return "";
    const lines = groupByAccount(changes, index.names, (c) => index.of(c.urn) ?? index.ofName(nameOfUrn(c.urn))).map((g) => {
        const m = summariseChanges(g.items);
        return `  ${g.account !== undefined ? `account ${g.account}` : "stack level"}: ${countsText(m)}`;
    });
    return lines.length > 0 ? `${lines.join("\n")}\n` : "";
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
    checkOutputs(
        [...(args.json ? [{ flag: "--json", file: args.json }] : []), ...(args.markdown ? [{ flag: "--markdown", file: args.markdown }] : [])],
        [...(args.base ? [{ flag: "--base", file: args.base }] : []), ...(args.head ? [{ flag: "--head", file: args.head }] : [])],
    );
    // A mistyped --stack would plan nothing and diff as "0 changes"; a stack is one the project has.
    if (args.stack !== undefined) requireStack(projectDir, args.stack);
    let base: Side;
    let head: Side;
    if (args["base-ref"] && args.base) throw new UsageError(`--base-ref and --base are alternatives; give one\n${USAGE}`);
    if (args["base-ref"]) {
        if (!args.stack) throw new UsageError(`--base-ref needs --stack\n${USAGE}`);
        const baseDir = checkoutRef(projectDir, args["base-ref"]);
        try {
            base = await synthSide(baseDir, args.stack, args["base-ref"], "base");
        } finally {
            fs.rmSync(baseDir, { recursive: true, force: true });
        }
    } else if (args.base && (args.head || args.stack)) {
        base = readStateSide(args.base);
    } else {
        throw new UsageError(`--base and --head are required (or --stack with --base-ref or --base)\n${USAGE}`);
    }
    // Refuse a base of another stack before spending seconds on planning the head.
    checkSameStack(base, undefined, args.stack);
    if (args.head) head = readSide(args.head);
    else head = await synthSide(projectDir, args.stack as string, "working tree");
    checkSameStack(base, head, args.stack);
    for (const note of [...(base.notes ?? []), ...(head.notes ?? [])]) process.stderr.write(`note: ${note}\n`);
    const result = compare(base, head);
    const stack = args.stack ?? head.stack ?? base.stack ?? "stack";
    writeOutputs([
        ...(args.json
            ? [
                  {
                      flag: "--json",
                      file: args.json,
                      text: `${JSON.stringify({ base: base.label, head: head.label, summary: result.summary, changes: result.changes, cost: { monthly: result.cost.monthly, base: result.baseCost.monthly, delta: result.costDelta } }, null, 2)}\n`,
                  },
              ]
            : []),
        ...(args.markdown
            ? [
                  {
                      flag: "--markdown",
                      file: args.markdown,
                      text: renderReport([{ stack, ...result, records: head.records, baseRecords: base.records }], base.label),
                  },
              ]
            : []),
    ]);
    const s = result.summary;
    process.stdout.write(`${countsText(s)}; cost ${result.costDelta >= 0 ? "+" : ""}${result.costDelta.toFixed(2)} USD/month\n`);
    process.stdout.write(accountSummaryText(result.changes, [...base.records, ...head.records]));
    process.stdout.write(renderChangesText(result.changes));
    return s.dataLoss > 0 && !args["allow-data-loss"] ? EXIT_FINDINGS : EXIT_OK;
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
