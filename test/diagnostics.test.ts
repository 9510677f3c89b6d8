/**
 * The account's diagnostic setting: categories and destinations, validated by the same rules in
 * the stack schema and in the Monitoring component, and mapped from config to the resource.
 */
import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { Monitoring } from "../components/monitoring/component";
import { CosmosAccount } from "../components/account/component";
import type { MonitoringArgs } from "../components/monitoring/args";
import { diagnosticsArgsProblems, diagnosticSettingArgs, logReaders } from "../components/monitoring/diagnostics";
import { resolveAlerts } from "../components/monitoring/resolve";
import { DEFAULT_LOG_CATEGORIES, logCategoriesReadBy } from "../components/monitoring/diagnostic-categories";
import { ConfigError, formatPath } from "../components/shared/errors";
import { loadStackFiles } from "../tooling/review/stack-files";
import { synthesize, synthesizeFiles } from "../tooling/review/synth";
import { baseline, expectProblem, parse, PROJECT_DIR } from "./helpers/config";
import { one, ofType } from "./helpers/records";

const SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-logs/providers";
const STORAGE = `${SUB}/Microsoft.Storage/storageAccounts/stauditcosmos`;
const RULE = `${SUB}/Microsoft.EventHub/namespaces/evhns-siem/authorizationRules/diagnostics-send`;
const CTX = { regions: [{ zoneRedundant: true }, { zoneRedundant: true }], multiRegionWrites: false, serverless: false, localAuth: false };

/** The problems as `path: message` lines. */
const lines = (problems: { path: (string | number)[]; message: string }[]) => problems.map((p) => `${formatPath(p.path)}: ${p.message}`);

describe("diagnostics: shared rules (Monitoring component arguments)", () => {
    it("accepts the defaults and both extra destinations", () => {
        assert.deepStrictEqual(diagnosticsArgsProblems(), []);
        assert.deepStrictEqual(
            diagnosticsArgsProblems({
                storageAccountId: STORAGE,
                eventHubAuthorizationRuleId: RULE,
                eventHubName: "cosmos-logs",
                logCategories: ["DataPlaneRequests5M", "ControlPlaneRequests"],
                metricCategories: ["SLI"],
            }),
            [],
        );
    });

    it("refuses the other APIs' categories, unknown ones and duplicates, naming the index", () => {
        const problems = lines(
            diagnosticsArgsProblems({
                logCategories: ["DataPlaneRequests", "MongoRequests", "DataPlaneRequest", "DataPlaneRequests"],
                metricCategories: ["SLI", "SLI"],
            }),
        );
        assert.ok(
            problems.some((p) =>
                p.startsWith(
                    "diagnostics.logCategories[1]: 'MongoRequests' logs requests of the API for MongoDB; a Cosmos DB for NoSQL account never writes it; accepted: DataPlaneRequests, DataPlaneRequests5M",
                ),
            ),
            problems.join("\n"),
        );
        assert.ok(
            problems.some((p) => p.startsWith('diagnostics.logCategories[2]: "DataPlaneRequest" is not a log category of Cosmos DB for NoSQL; accepted:')),
            problems.join("\n"),
        );
        assert.ok(
            problems.includes("diagnostics.logCategories[3]: log category 'DataPlaneRequests' is listed twice (first as logCategories[0]); list each once"),
            problems.join("\n"),
        );
        assert.ok(
            problems.includes("diagnostics.metricCategories[1]: metric category 'SLI' is listed twice (first as metricCategories[0]); list each once"),
            problems.join("\n"),
        );
    });

    it("rejects malformed destination ids, event hub names and metric categories with the accepted form", () => {
        const problems = lines(
            diagnosticsArgsProblems({
                storageAccountId: `${SUB}/Microsoft.Storage/storageAccounts/Audit_Logs`,
                eventHubAuthorizationRuleId: `${SUB}/Microsoft.EventHub/namespaces/evhns-siem/eventhubs/logs/authorizationRules/send`,
                eventHubName: "-cosmos-logs",
                metricCategories: ["AllMetrics" as "SLI"],
            }),
        );
        assert.ok(
            problems.some(
                (p) =>
                    p.startsWith(
                        "diagnostics.eventHubName: an event hub name is 1-256 letters, digits, periods, hyphens or underscores, starting and ending with a letter or digit",
                    ) && p.includes('got "-cosmos-logs"'),
            ),
            problems.join("\n"),
        );
        assert.ok(
            problems.some((p) =>
                p.startsWith(
                    "diagnostics.storageAccountId: a storage account id is /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Storage/storageAccounts/<3-24 lowercase letters and digits>",
                ),
            ),
            problems.join("\n"),
        );
        assert.ok(
            problems.some(
                (p) =>
                    p.startsWith("diagnostics.eventHubAuthorizationRuleId: an Event Hub authorization rule id is") &&
                    p.includes("/namespaces/<namespace>/authorizationRules/<rule>"),
            ),
            problems.join("\n"),
        );
        assert.ok(
            problems.some((p) => p.startsWith("diagnostics.metricCategories[0]: a metric category is Requests or SLI") && p.includes('got "AllMetrics"')),
            problems.join("\n"),
        );
    });

    it("rejects an event hub name without the namespace rule that sends to it, also when the name is an Output", () => {
        assert.deepStrictEqual(lines(diagnosticsArgsProblems({ eventHubName: "cosmos-logs" })), [
            'diagnostics.eventHubName: an event hub name needs eventHubAuthorizationRuleId (the namespace policy that sends to it); got eventHubName "cosmos-logs" alone',
        ]);
        assert.strictEqual(diagnosticsArgsProblems({ eventHubName: pulumi.output("cosmos-logs") }).length, 1);
        assert.deepStrictEqual(
            diagnosticsArgsProblems({ eventHubName: pulumi.output("cosmos-logs"), eventHubAuthorizationRuleId: pulumi.output("known later") }),
            [],
            "ids known only at deployment are checked for presence only",
        );
    });

    it("rejects an empty category list", () => {
        assert.match(lines(diagnosticsArgsProblems({ logCategories: [] })).join(), /diagnostics\.logCategories: send at least one log category/);
    });

    it("finds the tables a query reads and rejects leaving out a category a log alert needs", () => {
        assert.deepStrictEqual(logCategoriesReadBy("CDBQueryRuntimeStatistics | join (CDBDataPlaneRequests5M) on ActivityId | join (CDBDataPlaneRequests)"), [
            "DataPlaneRequests",
            "DataPlaneRequests5M",
            "QueryRuntimeStatistics",
        ]);
        const alerts = resolveAlerts(CTX, "full", {});
        assert.deepStrictEqual(
            logReaders(alerts).map((r) => r.name),
            ["alert 'hot-partition'", "alert 'point-latency-p99'", "alert 'error-rate'"],
        );
        const problems = lines(diagnosticsArgsProblems({ logCategories: ["DataPlaneRequests5M", "ControlPlaneRequests"] }, alerts));
        assert.deepStrictEqual(problems, [
            "diagnostics.logCategories: alert 'hot-partition' reads CDBPartitionKeyRUConsumption, filled only by log category PartitionKeyRUConsumption; add it to logCategories or turn the alert off",
            "diagnostics.logCategories: alert 'point-latency-p99' reads CDBDataPlaneRequests, filled only by log category DataPlaneRequests; add it to logCategories or turn the alert off",
            "diagnostics.logCategories: alert 'error-rate' reads CDBDataPlaneRequests, filled only by log category DataPlaneRequests; add it to logCategories or turn the alert off",
        ]);
        assert.deepStrictEqual(
            diagnosticsArgsProblems({ logCategories: ["DataPlaneRequests5M"] }, resolveAlerts(CTX, "essential", {})),
            [],
            "the essential profile has no log alerts",
        );
    });

    it("builds the setting: workspace in dedicated tables, the chosen categories, and the extra destinations", () => {
        const args = diagnosticSettingArgs(
            { storageAccountId: STORAGE, eventHubAuthorizationRuleId: RULE, logCategories: ["DataPlaneRequests5M"], metricCategories: [] },
            "acct-id",
            "ws-id",
        );
        assert.deepStrictEqual(args, {
            name: "to-log-analytics",
            resourceUri: "acct-id",
            workspaceId: "ws-id",
            logAnalyticsDestinationType: "Dedicated",
            logs: [{ category: "DataPlaneRequests5M", enabled: true }],
            metrics: [],
            storageAccountId: STORAGE,
            eventHubAuthorizationRuleId: RULE,
        });
        const defaults = diagnosticSettingArgs({}, "acct-id", "ws-id");
        assert.deepStrictEqual(
            (defaults.logs as { category: string }[]).map((l) => l.category),
            DEFAULT_LOG_CATEGORIES,
        );
        assert.deepStrictEqual(defaults.metrics, [
            { category: "Requests", enabled: true },
            { category: "SLI", enabled: true },
        ]);
        assert.ok(!("storageAccountId" in defaults) && !("eventHubName" in defaults));
    });
});

describe("diagnostics: the Monitoring component", () => {
    const args = (diagnostics: MonitoringArgs["diagnostics"]): MonitoringArgs => ({
        resourceGroupName: "rg-app",
        account: undefined as unknown as MonitoringArgs["account"],
        accountSettings: { name: "app-cosmos", regions: [{ name: "westeurope" }] },
        subscriptionId: "00000000-0000-0000-0000-000000000000",
        workbook: false,
        diagnostics,
    });

    it("refuses bad diagnostics before registering any child, with the stack file's messages", async () => {
        const types: string[] = [];
        await assert.rejects(
            synthesize(PROJECT_DIR, "dev", {
                program: () => new Monitoring("mon", args({ logCategories: ["GremlinRequests", "DataPlaneRequests"] })),
                onRecord: (r) => types.push(r.type),
            }),
            (e: unknown) => {
                assert.ok(ConfigError.isInstance(e), String(e));
                assert.match(e.message, /^Invalid arguments for Monitoring 'mon' \(\d+ problems?\):/);
                assert.match(e.message, /diagnostics\.logCategories\[0\]: 'GremlinRequests' logs requests of the API for Apache Gremlin/);
                assert.match(e.message, /diagnostics\.logCategories: alert 'hot-partition' reads CDBPartitionKeyRUConsumption/);
                return true;
            },
        );
        assert.ok(!types.some((t) => t.startsWith("azure-native:")), `registered ${types.join(", ")}`);
    });

    it("sends to the storage account and the event hub it is given", async () => {
        const program = () => {
            const account = new CosmosAccount("acct", { ...args({}).accountSettings, resourceGroupName: "rg-app" });
            return new Monitoring("mon", {
                ...args({ storageAccountId: STORAGE, eventHubAuthorizationRuleId: RULE, eventHubName: "cosmos-logs" }),
                account: account.account,
            });
        };
        const result = await synthesize(PROJECT_DIR, "dev", { program });
        const d = one(result.resources, "monitor:DiagnosticSetting");
        assert.deepStrictEqual([d.inputs.storageAccountId, d.inputs.eventHubAuthorizationRuleId, d.inputs.eventHubName], [STORAGE, RULE, "cosmos-logs"]);
        assert.strictEqual(d.name, "mon/app-cosmos/diagnostics");
    });
});

describe("diagnostics: stack config", () => {
    it("defaults to today's five categories, Requests and SLI, workspace only", () => {
        assert.deepStrictEqual(parse(baseline()).monitoring.diagnostics, { logCategories: DEFAULT_LOG_CATEGORIES, metricCategories: ["Requests", "SLI"] });
    });

    it("carries the categories and destinations a stack chooses", () => {
        const raw = baseline();
        const diagnostics = {
            logCategories: ["DataPlaneRequests5M", "ControlPlaneRequests"],
            metricCategories: ["Requests"],
            storageAccountId: STORAGE,
            eventHubAuthorizationRuleId: RULE,
            eventHubName: "cosmos-logs",
        };
        raw.monitoring = { diagnostics };
        assert.deepStrictEqual(parse(raw).monitoring.diagnostics, diagnostics);
    });

    it("names the key path of every diagnostics mistake", () => {
        const raw = baseline();
        raw.monitoring = { diagnostics: { logCategories: ["CassandraRequests"], eventHubName: "cosmos-logs" } };
        expectProblem(
            raw,
            "monitoring.diagnostics.logCategories[0]",
            "'CassandraRequests' logs requests of the API for Apache Cassandra",
            "accepted: DataPlaneRequests",
        );
        expectProblem(raw, "monitoring.diagnostics.eventHubName", "needs eventHubAuthorizationRuleId");
        const ids = baseline();
        ids.monitoring = { diagnostics: { storageAccountId: "stauditcosmos", metricCategories: ["AllMetrics"], destinations: [] } };
        expectProblem(
            ids,
            "monitoring.diagnostics.storageAccountId",
            "Microsoft.Storage/storageAccounts/<3-24 lowercase letters and digits>",
            'got "stauditcosmos"',
        );
        expectProblem(ids, "monitoring.diagnostics.metricCategories[0]", "a metric category is Requests or SLI", 'got "AllMetrics"');
        expectProblem(
            ids,
            "monitoring.diagnostics",
            "unknown key 'destinations'",
            "accepted keys: name, logCategories, metricCategories, storageAccountId, eventHubAuthorizationRuleId, eventHubName",
        );
    });

    it("rejects leaving out a category a production log alert or a business alert reads", () => {
        const raw = baseline();
        raw.environment = "prod";
        const monitoring: Record<string, unknown> & { diagnostics: { logCategories: string[] } } = {
            actionGroups: [{ name: "ag", shortName: "ag", emails: [{ name: "a", address: "a@example.com" }] }],
            diagnostics: { logCategories: ["DataPlaneRequests", "PartitionKeyRUConsumption"] },
            businessAlerts: [{ name: "slow-queries", description: "Queries over 1 s", query: "CDBQueryRuntimeStatistics | where DurationMs > 1000" }],
        };
        raw.monitoring = monitoring;
        expectProblem(
            raw,
            "monitoring.diagnostics.logCategories",
            "business alert 'slow-queries' reads CDBQueryRuntimeStatistics, filled only by log category QueryRuntimeStatistics",
        );
        monitoring.diagnostics.logCategories = ["DataPlaneRequests5M", "PartitionKeyRUConsumption", "QueryRuntimeStatistics"];
        expectProblem(raw, "monitoring.diagnostics.logCategories", "alert 'error-rate' reads CDBDataPlaneRequests");
        monitoring.alerts = { "error-rate": { enabled: false }, "point-latency-p99": { enabled: false } };
        assert.deepStrictEqual(
            parse(raw).monitoring.diagnostics.logCategories,
            ["DataPlaneRequests5M", "PartitionKeyRUConsumption", "QueryRuntimeStatistics"],
            "turning the alerts off makes the cheaper category valid",
        );
    });

    it("maps the stack's destinations onto prod's diagnostic setting and changes nothing else", async () => {
        const files = loadStackFiles(PROJECT_DIR, "prod");
        const monitoring = JSON.parse(files.config["cosmos-platform:monitoring"]) as Record<string, unknown>;
        monitoring.diagnostics = { storageAccountId: STORAGE, eventHubAuthorizationRuleId: RULE };
        files.config["cosmos-platform:monitoring"] = JSON.stringify(monitoring);
        const result = await synthesizeFiles(files);
        const d = one(result.resources, "monitor:DiagnosticSetting");
        assert.deepStrictEqual([d.inputs.storageAccountId, d.inputs.eventHubAuthorizationRuleId, d.inputs.eventHubName], [STORAGE, RULE, undefined]);
        assert.strictEqual(d.inputs.workspaceId, "(known after apply)");
        assert.strictEqual(ofType(result.resources, "monitor:DiagnosticSetting").length, 1, "one setting carries every destination");
    });
});
