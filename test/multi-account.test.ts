import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { analyzeAccessPatterns } from "../tooling/queries/analysis";
import { accessPatternNotes, renderAccessPatterns } from "../tooling/queries/render";
import { indexAccounts } from "../tooling/model/accounts";
import { accountSummaryText, compare, Side } from "../tooling/review/cli/diff";
import { main as reviewMain } from "../tooling/review/cli/review";
import { renderCost } from "../tooling/review/cost";
import { buildFullPlan, FullPlan } from "../tooling/review/full-plan";
import { renderPlan } from "../tooling/review/plan";
import { renderPolicy } from "../tooling/review/policy/render";
import { PolicyRecord } from "../tooling/model/records";
import { COMMENT_LIMIT, renderReport, renderReportForm, topologyDiagram } from "../tooling/review/report";
import { MERMAID_TEXT_LIMIT } from "../tooling/review/topology";
import { MULTI_ACCOUNTS, MULTI_STACK, multiAccountProject } from "./helpers/multi-account";

const [EU, US, LAB] = MULTI_ACCOUNTS;
const ACCOUNT = "azure-native:cosmosdb:DatabaseAccount";
const CONTAINER = "azure-native:cosmosdb:SqlResourceSqlContainer";

describe("a stack of several accounts, reviewed per account", function () {
    this.timeout(120_000);
    let dir: string;
    let plan: FullPlan;
    let records: PolicyRecord[];
    const accountUrn = (name: string) => (records.find((r) => r.type === ACCOUNT && r.inputs.accountName === name) as PolicyRecord).urn;
    const side = (label: string, recs: PolicyRecord[]): Side => ({ label, records: recs, sizes: plan.doc.accessPatterns ?? [] });

    before(async () => {
        dir = multiAccountProject();
        plan = await buildFullPlan(dir, MULTI_STACK);
        records = plan.doc.resources;
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("plans every account with its own resources, and gives each of them to its account", () => {
        const index = indexAccounts(records);
        assert.deepStrictEqual(index.names, [EU, LAB, US], "accounts in plan order");
        for (const r of records.filter((x) => x.custom && x.type !== "azure-native:resources:ResourceGroup")) {
            assert.strictEqual(index.of(r.urn), r.name.split("/")[0], `${r.type} ${r.name}`);
        }
        const group = (name: string) => (records.find((r) => r.name === name) as PolicyRecord).urn;
        assert.strictEqual(index.of(group("rg-cosmos-multi")), undefined, "EU and the lab share this group: stack level");
        assert.strictEqual(index.of(group("rg-cosmos-multi-us")), US, "only the US account uses this one");
        assert.strictEqual(new Set(records.map((r) => r.urn)).size, records.length, "URNs are unique");
    });

    describe("access patterns", () => {
        it("declares each container's access patterns with its account", () => {
            const declared = (plan.doc.accessPatterns ?? []).map((d) => `${d.account}/${d.database}/${d.container}`);
            assert.ok(declared.includes(`${US}/appdb/orders`) && declared.includes(`${EU}/appdb/orders`) && declared.includes(`${LAB}/appdb/orders`));
            assert.strictEqual(declared.filter((d) => d.startsWith(`${US}/`)).length, 1, "the US account declares its own data model only");
        });

        it("analyses each declaration against the container of its own account, not another account's of the same name", () => {
            const usQueries = plan.analysis.queries.filter((q) => q.account === US);
            assert.deepStrictEqual(
                usQueries.map((q) => q.name),
                ["ordersOfCustomer"],
            );
            // The US orders container is keyed by /customerId; the shared model's by /tenantId, /customerId.
            assert.deepStrictEqual([usQueries[0].routing, usQueries[0].partitionKeyFixed], ["single", ["/customerId"]]);
            const euOrders = plan.analysis.queries.filter((q) => q.account === EU && q.container === "orders").map((q) => q.name);
            assert.deepStrictEqual(euOrders, ["customerOrders", "byStatus", "ordersWithSku", "monthlyRevenue"]);
            const euCustomerOrders = plan.analysis.queries.find((q) => q.account === EU && q.name === "customerOrders");
            assert.deepStrictEqual(euCustomerOrders?.partitionKeyFixed, ["/tenantId", "/customerId"]);
        });

        it("sizes each container with its own account: serverless in the lab, manual in the US", () => {
            const capacity = (account: string, key: string) =>
                plan.analysis.capacity.find((c) => c.account === account && `${c.database}/${c.container}` === key);
            assert.strictEqual(capacity(LAB, "appdb/orders")?.throughput.mode, "serverless");
            assert.deepStrictEqual(capacity(US, "appdb/orders")?.throughput, { mode: "manual", ceilingRUs: 400, autoscale: false });
            assert.strictEqual(capacity(US, "tenants/profiles")?.declared, false);
            assert.strictEqual(plan.analysis.capacity.length, records.filter((r) => r.type === CONTAINER).length);
        });

        it("advises on the integrated cache per account, in the plan's cachingByAccount", () => {
            assert.strictEqual(plan.doc.caching, undefined);
            assert.deepStrictEqual(
                plan.doc.cachingByAccount?.map((c) => c.account),
                [EU, LAB, US],
            );
            const us = plan.doc.cachingByAccount?.find((c) => c.account === US);
            assert.strictEqual(us?.gateway.regions, 1);
            assert.ok(us?.candidates.every((c) => c.account === US));
        });

        it("names the account of a declaration whose container only another account has", () => {
            const decl = { ...(plan.doc.accessPatterns ?? []).find((d) => d.account === EU && d.container === "audit"), account: US } as NonNullable<
                typeof plan.doc.accessPatterns
            >[number];
            const a = analyzeAccessPatterns(records, [decl]);
            assert.deepStrictEqual(
                a.unmatched.map((f) => f.message),
                [`access patterns are declared for ops/audit of account '${US}', but that account has no container record of that name`],
            );
        });

        it("renders one section per account, and report notes that name the account", () => {
            const text = renderAccessPatterns(plan.analysis, "multi");
            const headings = text.split("\n").filter((l) => l.startsWith("== Account"));
            assert.deepStrictEqual(headings, [`== Account ${EU} ==`, `== Account ${LAB} ==`, `== Account ${US} ==`]);
            const usSection = text.slice(text.indexOf(`== Account ${US} ==`));
            assert.match(usSection, new RegExp(`^${US}/appdb/orders  manual 400 RU/s`, "m"));
            assert.doesNotMatch(usSection, /query customerOrders/, "the shared model's queries are not in the US account's section");
            const notes = accessPatternNotes(plan.analysis);
            assert.ok(
                notes.some((n) => n.includes(`\`${EU}/appdb/orders\``)),
                notes.join("\n"),
            );
        });
    });

    describe("policy", () => {
        const violations = (policy: string) => (plan.doc.policy?.violations ?? []).filter((v) => v.policy === policy).map((v) => v.urn);

        it("judges the stack-level rules for each account: the lab account alone lacks a private endpoint and Defender", () => {
            // EU and US each have an endpoint named pe-cosmos with its own DNS zone group: each group is its own endpoint's.
            assert.deepStrictEqual(violations("cosmosdb-private-endpoint"), [accountUrn(LAB)]);
            assert.deepStrictEqual(violations("cosmosdb-defender-enabled"), [accountUrn(LAB)]);
            assert.deepStrictEqual(violations("cosmosdb-account-delete-lock"), [], "each production account has its own lock");
            assert.deepStrictEqual(violations("cosmosdb-diagnostic-settings"), [], "each account has its own diagnostic setting");
            assert.deepStrictEqual(
                violations("cosmosdb-allowed-locations").map((u) => u === accountUrn(US)),
                [true, true],
            );
        });

        it("counts violations per account in the policy report", () => {
            const text = renderPolicy(plan.doc.policy as NonNullable<typeof plan.doc.policy>, records, "multi");
            const lab = (plan.doc.policy?.violations ?? []).filter((v) => indexAccounts(records).of(v.urn) === LAB);
            const mandatory = lab.filter((v) => v.level === "mandatory").length;
            assert.ok(text.includes(`  account ${LAB}: ${mandatory} mandatory, ${lab.length - mandatory} advisory`), text);
        });
    });

    describe("cost", () => {
        it("prices each account with its own regions and compares it with its own budget", () => {
            const cost = plan.doc.cost;
            assert.ok(cost?.accounts);
            assert.deepStrictEqual(
                cost.accounts.map((a) => [a.account, a.budget?.amount]),
                [
                    [EU, 6000],
                    [LAB, undefined],
                    [US, 500],
                ],
            );
            const sum = cost.accounts.reduce((s, a) => s + a.monthly, 0);
            assert.strictEqual(Math.round(sum * 100) / 100, cost.monthly);
            const usThroughput = cost.lines.filter((l) => l.account === US && l.item.includes("throughput"));
            assert.deepStrictEqual(
                usThroughput.map((l) => [l.name, l.monthly]),
                [
                    [`${US}/appdb/orders`, 23.36],
                    [`${US}/tenants/profiles`, 23.36],
                ],
            ); // 4 x $0.008 x 730 h, one region
            assert.ok(cost.lines.filter((l) => l.account === EU && l.item.includes("throughput")).every((l) => l.basis.includes("2 regions")));
            assert.ok(cost.lines.some((l) => l.account === LAB && l.item === "serverless request units"));
            const us = cost.accounts.find((a) => a.account === US);
            assert.ok(us);
            assert.strictEqual(us.budget?.share, Math.round((us.monthly / 500) * 100) / 100);
        });

        it("prints a subtotal per account", () => {
            assert.match(
                renderCost(plan.doc.cost as NonNullable<typeof plan.doc.cost>),
                new RegExp(`^  account ${US}: USD \\d+\\.\\d\\d a month; budget 500\\.00: the estimate is \\d+ % of it$`, "m"),
            );
        });
    });

    describe("plan, diff and report", () => {
        it("renders the plan with the shared resources first, then one section per account", () => {
            const text = renderPlan(plan.doc);
            const headings = text.split("\n").filter((l) => /^(Account|Stack level)/.test(l));
            assert.deepStrictEqual(
                headings.map((h) => h.split(":")[0]),
                ["Stack level (shared by 3 accounts)", `Account ${EU}`, `Account ${LAB}`, `Account ${US}`],
            );
            assert.match(
                text.slice(text.indexOf(`Account ${US}:`)),
                /^ *\+ resources:ResourceGroup rg-cosmos-multi-us /m,
                "the group only the US account uses is in its section",
            );
            const usLines = text
                .slice(text.indexOf(`Account ${US}:`))
                .split("\n\n")[0]
                .split("\n")
                .slice(1);
            assert.ok(
                usLines.length > 10 &&
                    usLines.every((l) => l.includes(` ${US}/`) || l.endsWith(`component:CosmosEstate ${US}`) || l.includes(" rg-cosmos-multi-us ")),
                usLines.join("\n"),
            );
            const perAccount = plan.doc.summary.accounts ?? [];
            assert.deepStrictEqual(
                perAccount.map((a) => a.account),
                [EU, LAB, US],
            );
            assert.strictEqual(
                perAccount.reduce((s, a) => s + a.azureResources, 0),
                plan.doc.summary.azureResources - 1,
                "all but the resource group two accounts share",
            );
        });

        it("summarises a diff per account, placing deleted resources by the base's records", () => {
            const gone = records.find((r) => r.name === `${US}/tenants/profiles`) as PolicyRecord;
            const head = records.filter((r) => r !== gone);
            const result = compare(side("base", records), side("head", head));
            assert.strictEqual(
                accountSummaryText(result.changes, [...records, ...head]),
                `  account ${US}: 0 to create, 0 to update, 0 to replace, 1 to delete; 1 with data loss; 1 warnings\n`,
                "one warning: the container is protected",
            );
        });

        it("reports one row and one section per account, the account with data loss first, and no section for an account with nothing to say", () => {
            const gone = records.find((r) => r.name === `${US}/tenants/profiles`) as PolicyRecord;
            const head = records.filter((r) => r !== gone);
            const result = compare(side("base", records), side("head", head));
            const report = renderReport([{ stack: MULTI_STACK, ...result, policy: plan.doc.policy, records: head, baseRecords: records }], "origin/main");
            for (const a of MULTI_ACCOUNTS) assert.match(report, new RegExp(`^\\| \`${a}\` \\| `, "m"));
            assert.match(report, new RegExp(`^\\| \`${US}\` \\| eastus \\| 0 \\| 0 \\| 0 \\| 1 \\| \\*\\*1\\*\\* \\| `, "m"));
            const sections = report.split("\n").filter((l) => l.startsWith("### Account"));
            assert.deepStrictEqual(
                sections,
                [`### Account \`${US}\``, `### Account \`${LAB}\``, `### Account \`${EU}\``],
                "data loss, then mandatory violations, then the rest",
            );
            const usSection = report.slice(report.indexOf(`### Account \`${US}\``)).split("\n### ")[0];
            assert.match(usSection, /\| delete \| `contoso-cosmos-us\/tenants\/profiles` \| cosmosdb:SqlResourceSqlContainer \|.*\*\*DATA LOSS\*\*/);
            assert.match(usSection, /#### Cost: \$\d+\.\d\d a month/);
            const quiet = renderReport([{ stack: MULTI_STACK, ...compare(side("base", records), side("head", records)), records }], "origin/main");
            assert.deepStrictEqual(
                quiet.split("\n").filter((l) => l.startsWith("### Account")),
                [],
                "no changes and no policy run: no account sections",
            );
            assert.match(quiet, new RegExp(`^\\| \`${EU}\` \\| westeurope, northeurope \\| 0 \\| 0 \\| 0 \\| 0 \\| 0 \\| 0 mandatory, 0 advisory \\| `, "m"));
        });

        it("keeps the report of 100 accounts readable and under GitHub's comment limit, the account with data loss in full", () => {
            // 100 copies of the EU account's records and violations under other names: the bench's estate, without the synthesis.
            const index = indexAccounts(records);
            const eu = JSON.stringify({
                records: records.filter((r) => index.of(r.urn) === EU),
                violations: (plan.doc.policy?.violations ?? []).filter((v) => index.of(v.urn) === EU),
            });
            const names = Array.from({ length: 100 }, (_, i) => `bench-cosmos-${String(i + 1).padStart(3, "0")}`);
            const copies = names.map(
                (n) => JSON.parse(eu.split(EU).join(n)) as { records: PolicyRecord[]; violations: NonNullable<typeof plan.doc.policy>["violations"] },
            );
            const estate = [...records.filter((r) => index.of(r.urn) === undefined), ...copies.flatMap((c) => c.records)];
            const lost = `bench-cosmos-077/appdb/orders`;
            const base = estate.filter((r) => r.name.startsWith("bench-cosmos-077/"));
            const head = estate.filter((r) => r.name !== lost);
            const result = compare(side("base", base), side("head", head));
            const policy = { ...(plan.doc.policy as NonNullable<typeof plan.doc.policy>), violations: copies.flatMap((c) => c.violations) };
            const { markdown, form } = renderReportForm([{ stack: MULTI_STACK, ...result, policy, records: head, baseRecords: base }], "origin/main");
            assert.ok(Buffer.byteLength(markdown) < COMMENT_LIMIT, `${Buffer.byteLength(markdown)} bytes`);
            assert.notStrictEqual(form, "cut");
            const rows = markdown.split("\n").filter((l) => /^\| `bench-cosmos-\d{3}` \| /.test(l));
            const more = Number(/^\| … (\d+) more accounts \|/m.exec(markdown)?.[1] ?? 0);
            assert.strictEqual(rows.length + more, 100, "every account is a row or counted in the last one");
            assert.ok(
                rows.some((r) => r.startsWith("| `bench-cosmos-077` | westeurope, northeurope | 0 | 0 | 0 | 1 | **1** |")),
                "the account with data loss has its row",
            );
            assert.strictEqual(
                markdown.split("\n").find((l) => l.startsWith("### Account")),
                "### Account `bench-cosmos-077`",
                "and the first section",
            );
            const diagram = /```mermaid\n[\s\S]*?```/.exec(markdown)?.[0] ?? "";
            assert.ok(diagram.length > 0 && diagram.length < MERMAID_TEXT_LIMIT, `${diagram.length} characters of diagram`);
            assert.ok(
                diagram.includes('subgraph bench_cosmos_077_bench_cosmos_077["account bench-cosmos-077/bench-cosmos-077"]'),
                "the account in the first section is drawn in full",
            );
            assert.match(
                diagram,
                /more_accounts\["… and \d+ more accounts"\]|bench_cosmos_100_bench_cosmos_100\["account bench-cosmos-100<br\/>2 regions, 2 databases, 7 containers"\]/,
            );
        });

        it("reviews the stack against deployed state from the command line, placing a deleted container in its account", async () => {
            // Deployed: the plan with one more container in the US account, which the working tree no longer has.
            const profiles = records.find((r) => r.name === `${US}/tenants/profiles`) as PolicyRecord;
            const extra = JSON.parse(JSON.stringify(profiles).split("profiles").join("archive")) as PolicyRecord;
            const state = path.join(dir, "deployed.json");
            fs.writeFileSync(state, JSON.stringify({ ...plan.doc, resources: [...records, extra] }));
            const markdown = path.join(dir, "review.md");
            const stderr = process.stderr.write.bind(process.stderr);
            let code: number;
            try {
                process.stderr.write = () => true;
                code = await reviewMain(["--stack", MULTI_STACK, "--base", state, "--cwd", dir, "--markdown", markdown]);
            } finally {
                process.stderr.write = stderr;
            }
            assert.strictEqual(code, 1, "data loss (and the lab's mandatory violations) fail the review");
            const report = fs.readFileSync(markdown, "utf8");
            assert.match(report, new RegExp(`^\\| \`${US}\` \\| eastus \\| 0 \\| 0 \\| 0 \\| 1 \\| \\*\\*1\\*\\* \\| `, "m"));
            assert.match(report, /\| delete \| `contoso-cosmos-us\/tenants\/archive` \|/);
            assert.strictEqual(
                report.split("\n").find((l) => l.startsWith("### Account")),
                `### Account \`${US}\``,
            );
        });

        it("draws every account, linking each database, endpoint and action group to its own account", () => {
            const diagram = topologyDiagram(records);
            for (const a of MULTI_ACCOUNTS) assert.ok(diagram.includes(`subgraph ${a.replace(/-/g, "_")}_${a.replace(/-/g, "_")}["account ${a}/${a}"]`), a);
            const id = (name: string) => name.replace(/[^A-Za-z0-9]/g, "_");
            assert.ok(diagram.includes(`  ${id(`${US}/${US}`)} --> db_${id(`${US}/tenants`)}`));
            assert.ok(diagram.includes(`  ${id(`${LAB}/${LAB}`)} --> db_${id(`${LAB}/appdb`)}`));
            assert.ok(diagram.includes(`  pe_${id(`${EU}/pe-cosmos`)} --> ${id(`${EU}/${EU}`)}`));
            assert.ok(diagram.includes(`  pe_${id(`${US}/pe-cosmos`)} --> ${id(`${US}/${US}`)}`));
            assert.match(diagram, new RegExp(`  ${id(`${US}/${US}`)} -\\. "\\d+ alerts" \\.-> ag_${id(`${US}/ag-cosmos-us`)}`));
            assert.ok(!diagram.includes(`${id(`${EU}/${EU}`)} --> db_${id(`${US}/`)}`), "no database hangs off another account");
        });
    });
});
