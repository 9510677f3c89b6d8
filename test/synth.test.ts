import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { ConfigError } from "../stack/config";
import { loadStackFiles } from "../tooling/review/stack-files";
import { buildPlanDocument } from "../tooling/review/plan";
import { describeFailure } from "../tooling/review/cli/common";
import { engineUrn, PendingPromiseCount, sdkStore, synthesize, synthesizeFiles, SynthResult, TRACE_ENV } from "../tooling/review/synth";
import { SECRET, UNKNOWN } from "../tooling/model/plan-record";
import { PROJECT_DIR } from "./helpers/config";
import { committedStack } from "./helpers/stacks";
import { one, ofType } from "./helpers/records";

describe("prod stack (waf-aligned scenario)", () => {
    let prod: SynthResult;
    before(async () => {
        prod = await committedStack("prod");
    });

    it("deploys three zone-redundant regions with the write region first", () => {
        const account = one(prod.resources, "cosmosdb:DatabaseAccount");
        assert.deepStrictEqual(account.inputs.locations, [
            { failoverPriority: 0, isZoneRedundant: true, locationName: "westeurope" },
            { failoverPriority: 1, isZoneRedundant: true, locationName: "northeurope" },
            { failoverPriority: 2, isZoneRedundant: true, locationName: "swedencentral" },
        ]);
        assert.strictEqual(account.inputs.location, "westeurope");
        assert.strictEqual(account.inputs.enableAutomaticFailover, true);
        assert.strictEqual(account.inputs.enableMultipleWriteLocations, false);
    });

    it("uses continuous 30-day backup", () => {
        const account = one(prod.resources, "cosmosdb:DatabaseAccount");
        assert.deepStrictEqual(account.inputs.backupPolicy, { continuousModeProperties: { tier: "Continuous30Days" }, type: "Continuous" });
    });

    it("turns keys, key-based metadata writes and public access off, with TLS 1.2 and no ACL bypass", () => {
        const i = one(prod.resources, "cosmosdb:DatabaseAccount").inputs;
        assert.strictEqual(i.disableLocalAuth, true);
        assert.strictEqual(i.disableKeyBasedMetadataWriteAccess, true);
        assert.strictEqual(i.publicNetworkAccess, "Disabled");
        assert.strictEqual(i.minimalTlsVersion, "Tls12");
        assert.strictEqual(i.networkAclBypass, "None");
        assert.deepStrictEqual(i.ipRules, []);
        assert.deepStrictEqual(i.identity, { type: "SystemAssigned" });
    });

    it("gives the account generous timeouts for a three-region create", () => {
        const account = one(prod.resources, "cosmosdb:DatabaseAccount");
        assert.deepStrictEqual(account.options.customTimeouts, { create: "90m", update: "90m", delete: "60m" });
    });

    it("protects and retains every data-bearing resource", () => {
        const data = [
            ...ofType(prod.resources, "resources:ResourceGroup"),
            ...ofType(prod.resources, "cosmosdb:DatabaseAccount"),
            ...ofType(prod.resources, "cosmosdb:SqlResourceSqlDatabase"),
            ...ofType(prod.resources, "cosmosdb:SqlResourceSqlContainer"),
        ];
        assert.strictEqual(data.length, 1 + 1 + 2 + 7);
        for (const r of data) {
            assert.strictEqual(r.options.protect, true, `${r.name} protect`);
            assert.strictEqual(r.options.retainOnDelete, true, `${r.name} retainOnDelete`);
        }
    });

    it("plans a partition-key, unique-key or vector-policy change as a delete-first replace", () => {
        for (const c of ofType(prod.resources, "cosmosdb:SqlResourceSqlContainer")) {
            assert.deepStrictEqual(c.options.replaceOnChanges, ["resource.partitionKey", "resource.uniqueKeyPolicy", "resource.vectorEmbeddingPolicy"]);
            assert.strictEqual(c.options.deleteBeforeReplace, true);
        }
    });

    it("gives orders a hierarchical MultiHash v2 key and its composite indexes in normalised form", () => {
        const orders = one(prod.resources, "cosmosdb:SqlResourceSqlContainer", "appdb/orders");
        const resource = orders.inputs.resource as Record<string, unknown>;
        assert.deepStrictEqual(resource.partitionKey, { kind: "MultiHash", paths: ["/tenantId", "/customerId"], version: 2 });
        assert.deepStrictEqual(resource.indexingPolicy, {
            automatic: true,
            compositeIndexes: [
                [
                    { order: "ascending", path: "/status" },
                    { order: "descending", path: "/createdAt" },
                ],
                [
                    { order: "ascending", path: "/customerId" },
                    { order: "descending", path: "/createdAt" },
                ],
            ],
            excludedPaths: [{ path: "/lines/*" }, { path: '/"_etag"/?' }],
            includedPaths: [{ path: "/*" }],
            indexingMode: "consistent",
        });
        assert.deepStrictEqual(orders.inputs.options, { autoscaleSettings: { maxThroughput: 10000 } });
    });

    it("turns TTL on for soft deletes and sets a 90-day TTL on the audit trail", () => {
        const customers = one(prod.resources, "cosmosdb:SqlResourceSqlContainer", "appdb/customers");
        const audit = one(prod.resources, "cosmosdb:SqlResourceSqlContainer", "ops/audit");
        assert.strictEqual((customers.inputs.resource as Record<string, unknown>).defaultTtl, -1);
        assert.deepStrictEqual((customers.inputs.resource as Record<string, unknown>).uniqueKeyPolicy, { uniqueKeys: [{ paths: ["/email"] }] });
        assert.strictEqual((audit.inputs.resource as Record<string, unknown>).defaultTtl, 90 * 24 * 3600);
    });

    it("puts ops containers on the database's shared throughput", () => {
        const ops = one(prod.resources, "cosmosdb:SqlResourceSqlDatabase", "ops");
        assert.deepStrictEqual(ops.inputs.options, { autoscaleSettings: { maxThroughput: 1000 } });
        assert.strictEqual(one(prod.resources, "cosmosdb:SqlResourceSqlContainer", "ops/audit").inputs.options, undefined);
    });

    it("loads the stored procedure, trigger and UDF bodies from their files", () => {
        const sproc = one(prod.resources, "cosmosdb:SqlResourceSqlStoredProcedure", "appdb/inventory/reserveStock");
        const file = fs.readFileSync(path.join(PROJECT_DIR, "scripts/sprocs/reserveStock.js"), "utf8");
        assert.deepStrictEqual(sproc.inputs.resource, { body: file, id: "reserveStock" });
        const trigger = one(prod.resources, "cosmosdb:SqlResourceSqlTrigger", "appdb/inventory/stampUpdatedAt");
        assert.strictEqual((trigger.inputs.resource as Record<string, unknown>).triggerType, "Pre");
        assert.strictEqual((trigger.inputs.resource as Record<string, unknown>).triggerOperation, "All");
        one(prod.resources, "cosmosdb:SqlResourceSqlUserDefinedFunction", "appdb/inventory/taxFor");
    });

    it("parents every resource under the stack through the platform component", () => {
        const urns = new Set(prod.resources.map((r) => r.urn));
        const roots = prod.resources.filter((r) => r.parent === undefined);
        assert.deepStrictEqual(
            roots.map((r) => r.type),
            ["pulumi:pulumi:Stack"],
        );
        for (const r of prod.resources) if (r.parent) assert.ok(urns.has(r.parent), `${r.urn} has an unrecorded parent`);
        const platform = prod.resources.filter((r) => r.type === "cosmos-platform:index:CosmosPlatform");
        assert.strictEqual(platform.length, 1);
    });

    it("builds URNs the engine's way: the parent's whole type chain, without the root stack", () => {
        const container = one(prod.resources, "cosmosdb:SqlResourceSqlContainer", "appdb/orders");
        assert.strictEqual(
            container.urn,
            "urn:pulumi:prod::cosmos-platform::cosmos-platform:index:CosmosPlatform$cosmos-platform:index:CosmosEstate$cosmos-platform:index:SqlData$azure-native:cosmosdb:SqlResourceSqlContainer::appdb/orders",
        );
        for (const r of prod.resources) {
            if (r.type === "pulumi:pulumi:Stack") continue;
            const parent = prod.resources.find((p) => p.urn === r.parent);
            assert.ok(parent, `${r.urn} has no recorded parent`);
            const parentChain = parent.type === "pulumi:pulumi:Stack" ? [] : parent.urn.split("::")[2].split("$");
            assert.deepStrictEqual(r.urn.split("::")[2].split("$"), [...parentChain, r.type], r.urn);
        }
    });

    it("makes each container depend on its database and the account", () => {
        const orders = one(prod.resources, "cosmosdb:SqlResourceSqlContainer", "appdb/orders");
        const db = one(prod.resources, "cosmosdb:SqlResourceSqlDatabase", "appdb");
        const account = one(prod.resources, "cosmosdb:DatabaseAccount");
        assert.ok(orders.dependencies.includes(db.urn));
        assert.ok(orders.dependencies.includes(account.urn));
    });

    it("exports ids and endpoint as known-after-apply, and no keys", () => {
        assert.strictEqual(prod.outputs.accountName, "contoso-cosmos-prod");
        assert.strictEqual(prod.outputs.endpoint, UNKNOWN);
        assert.strictEqual(prod.outputs.accountId, UNKNOWN);
        assert.deepStrictEqual(Object.keys(prod.outputs.containerIds as object).sort(), [
            "appdb/customers",
            "appdb/inventory",
            "appdb/orders",
            "appdb/products",
            "appdb/stores",
            "ops/audit",
            "ops/leases",
        ]);
        assert.match(String(prod.outputs.primaryKey), /^none: local auth is off/);
        assert.ok(!JSON.stringify(prod).includes("offline-fake"), "no key value anywhere in the synthesis");
    });
});

describe("dev stack (defaults scenario)", () => {
    let dev: SynthResult;
    before(async () => {
        dev = await committedStack("dev");
    });

    it("is one serverless region with no throughput on any container", () => {
        const account = one(dev.resources, "cosmosdb:DatabaseAccount");
        // Product search in the shared data model turns on vector and full-text search.
        assert.deepStrictEqual(account.inputs.capabilities, [
            { name: "EnableServerless" },
            { name: "EnableNoSQLVectorSearch" },
            { name: "EnableNoSQLFullTextSearch" },
        ]);
        assert.strictEqual((account.inputs.locations as unknown[]).length, 1);
        for (const c of ofType(dev.resources, "cosmosdb:SqlResourceSqlContainer")) assert.strictEqual(c.inputs.options, undefined);
        for (const d of ofType(dev.resources, "cosmosdb:SqlResourceSqlDatabase")) assert.strictEqual(d.inputs.options, undefined);
    });

    it("limits public access to the sorted IP rules", () => {
        const i = one(dev.resources, "cosmosdb:DatabaseAccount").inputs;
        assert.strictEqual(i.publicNetworkAccess, "Enabled");
        assert.deepStrictEqual(i.ipRules, [{ ipAddressOrRange: "198.51.100.17" }, { ipAddressOrRange: "203.0.113.0/24" }]);
        assert.strictEqual(i.disableLocalAuth, true);
    });

    it("does not protect dev data, so a dev stack can be torn down", () => {
        for (const r of dev.resources) assert.strictEqual(r.options.protect, false, r.urn);
    });

    it("shares the data model with prod: same databases and containers", async () => {
        const prod = await committedStack("prod");
        const names = (s: SynthResult) => ofType(s.resources, "cosmosdb:SqlResourceSqlContainer").map((r) => r.name);
        assert.deepStrictEqual(names(dev), names(prod));
        assert.ok(names(dev).length >= 6);
    });
});

describe("offline synthesis", () => {
    it("qualifies a URN's type with the parent's chain and leaves the root stack out", () => {
        const stackUrn = "urn:pulumi:s::p::pulumi:pulumi:Stack::p-s";
        assert.strictEqual(engineUrn("s", "p", stackUrn, "x:index:A", "a"), "urn:pulumi:s::p::x:index:A::a");
        assert.strictEqual(engineUrn("s", "p", "", "x:index:A", "a"), "urn:pulumi:s::p::x:index:A::a");
        assert.strictEqual(engineUrn("s", "p", "urn:pulumi:s::p::x:index:A$x:index:B::b", "y:m:C", "c"), "urn:pulumi:s::p::x:index:A$x:index:B$y:m:C::c");
    });

    it("drops provider aliases and skips stack traces offline without changing a single record", async () => {
        const withAliases = await synthesize(PROJECT_DIR, "prod", { keepAliases: true, mapStackTraces: true });
        assert.deepStrictEqual((await committedStack("prod")).resources, withAliases.resources);
    });

    it("takes no stack traces or source positions while the program runs, puts both back after, and keeps them on request", async () => {
        const files = loadStackFiles(PROJECT_DIR, "dev");
        const limit = Error.stackTraceLimit;
        // The SDK's private static helper the synthesis swaps out (review/synth.ts withoutTraces).
        const sdkResource = pulumi.Resource as unknown as { callsites: () => unknown[] };
        const callsites = sdkResource.callsites;
        const seen: { frames: boolean; positions: number }[] = [];
        const program = () => {
            seen.push({ frames: /\n\s+at /.test(new Error("probe").stack ?? ""), positions: sdkResource.callsites().length });
            throw new Error("program bug");
        };
        const failure = await synthesizeFiles(files, { program }).then(
            () => undefined,
            (e: unknown) => e as Error,
        );
        assert.strictEqual(failure?.message, "program bug");
        assert.deepStrictEqual(describeFailure(failure).message.split("\n").slice(-2, -1), [
            "(no stack trace: the offline plan skips them for speed; rerun with COSMOS_PLATFORM_TRACE=1 to get it)",
        ]);
        process.env[TRACE_ENV] = "1";
        try {
            const traced = await synthesizeFiles(files, { program }).then(
                () => undefined,
                (e: unknown) => e as Error,
            );
            assert.match(traced?.stack ?? "", /\n\s+at program /);
            assert.doesNotMatch(describeFailure(traced).message, /COSMOS_PLATFORM_TRACE/);
        } finally {
            delete process.env[TRACE_ENV];
        }
        assert.deepStrictEqual(
            seen.map((x) => x.frames),
            [false, true],
        );
        assert.strictEqual(seen[0].positions, 0);
        assert.ok(seen[1].positions > 0);
        assert.strictEqual(Error.stackTraceLimit, limit);
        assert.strictEqual(sdkResource.callsites, callsites);
    });

    it("counts the SDK's pending promises instead of holding them, unless PULUMI_DEBUG_PROMISE_LEAKS asks for them", async () => {
        const sizes: number[] = [];
        await synthesizeFiles(loadStackFiles(PROJECT_DIR, "dev"), { onRecord: () => sizes.push(sdkStore().leakCandidates.size) });
        assert.ok(sdkStore().leakCandidates instanceof PendingPromiseCount);
        assert.ok(Math.max(...sizes) > 0, "the SDK adds to the count while resources are pending");
        assert.strictEqual(sdkStore().leakCandidates.size, 0, "and every one settled: no leak to report at exit");
        process.env.PULUMI_DEBUG_PROMISE_LEAKS = "1";
        try {
            await synthesizeFiles(loadStackFiles(PROJECT_DIR, "dev"));
            assert.ok(sdkStore().leakCandidates instanceof Set);
        } finally {
            delete process.env.PULUMI_DEBUG_PROMISE_LEAKS;
        }
    });

    it("produces identical plan JSON on two runs of the same stack", async () => {
        const a = JSON.stringify(buildPlanDocument(await committedStack("prod")));
        const b = JSON.stringify(buildPlanDocument(await synthesize(PROJECT_DIR, "prod")));
        assert.strictEqual(a, b);
    });

    it("records no resource of ours when the program throws a config error", async () => {
        const files = loadStackFiles(PROJECT_DIR, "dev");
        files.config["cosmos-platform:databases"] = JSON.stringify([{ name: "x", containers: [{ name: "c", partitionKey: { paths: ["nope"] } }] }]);
        const types: string[] = [];
        await assert.rejects(
            synthesizeFiles(files, { onRecord: (r) => types.push(r.type) }),
            (e: unknown) => ConfigError.isInstance(e) && (e as Error).message.includes("databases[0].containers[0].partitionKey.paths[0]"),
        );
        assert.deepStrictEqual(
            types.filter((t) => t !== "pulumi:pulumi:Stack"),
            [],
        );
    });

    it("passes secure config values as opaque secrets and never writes them out", async () => {
        const files = loadStackFiles(PROJECT_DIR, "dev");
        files.config["cosmos-platform:probe"] = "[secret]";
        files.secretKeys.push("cosmos-platform:probe");
        const result = await synthesizeFiles(files, {
            program: () => ({ probe: new pulumi.Config().requireSecret("probe") }),
        });
        assert.strictEqual(result.outputs.probe, SECRET);
    });
});
