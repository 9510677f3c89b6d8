/**
 * The components as another program uses them: typed arguments, production-safe defaults, Azure's
 * rules checked on the arguments with the stack file's own messages, nothing registered when they
 * fail, and a package entry that exports compiled JavaScript with declarations.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { Access } from "../components/access/component";
import { CosmosAccount } from "../components/account/component";
import { CosmosAccountArgs } from "../components/account/args";
import { DedicatedGateway } from "../components/gateway/component";
import { Monitoring } from "../components/monitoring/component";
import type * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import { PrivateNetwork } from "../components/network/component";
import { SqlData } from "../components/sql/component";
import { ComponentArgsError } from "../components/shared/errors";
import { loadStackFiles } from "../tooling/review/stack-files";
import { synthesizeFiles, SynthResult } from "../tooling/review/synth";
import { baseline, expectProblem, PROJECT_DIR } from "./helpers/config";
import { one, ofType } from "./helpers/records";

/** Runs `program` as the whole Pulumi program (offline, under the project's dev stack files). */
function run(program: () => unknown): Promise<SynthResult> {
    return synthesizeFiles(loadStackFiles(PROJECT_DIR, "dev"), { program });
}

/** The ComponentArgsError a program throws, and the types it registered before throwing. */
async function refused(program: () => unknown): Promise<{ error: ComponentArgsError; registered: string[] }> {
    const registered: string[] = [];
    let error: unknown;
    try {
        await synthesizeFiles(loadStackFiles(PROJECT_DIR, "dev"), { program, onRecord: (r) => registered.push(r.type) });
    } catch (e) {
        error = e;
    }
    assert.ok(error instanceof ComponentArgsError, `expected a ComponentArgsError, got ${String(error)}`);
    return { error, registered: registered.filter((t) => t !== "pulumi:pulumi:Stack") };
}

const minimalAccount: CosmosAccountArgs = { name: "contoso-lib", resourceGroupName: "rg-lib", regions: [{ name: "westeurope" }] };
const settings = { name: "acc", regions: [{ name: "westeurope" }] };
/** Never read: these components are refused before they touch the account. */
const refusedBeforeUse = undefined as unknown as cosmosdb.DatabaseAccount;

describe("components: production-safe defaults", () => {
    it("builds a keyless, private, continuously backed-up, protected and locked account from a name, a group and a region", async () => {
        const result = await run(() => {
            new CosmosAccount("lib", minimalAccount);
        });
        const account = one(result.resources, "cosmosdb:DatabaseAccount");
        assert.strictEqual(account.name, "lib/contoso-lib", "children take the component's name as prefix");
        const i = account.inputs;
        assert.deepStrictEqual(
            [
                i.disableLocalAuth,
                i.disableKeyBasedMetadataWriteAccess,
                i.publicNetworkAccess,
                i.minimalTlsVersion,
                i.enableAutomaticFailover,
                i.networkAclBypass,
            ],
            [true, true, "Disabled", "Tls12", true, "None"],
        );
        assert.deepStrictEqual(i.backupPolicy, { continuousModeProperties: { tier: "Continuous30Days" }, type: "Continuous" });
        assert.deepStrictEqual(i.locations, [{ failoverPriority: 0, isZoneRedundant: true, locationName: "westeurope" }]);
        assert.deepStrictEqual([account.options.protect, account.options.retainOnDelete], [true, true]);
        assert.strictEqual(ofType(result.resources, "authorization:ManagementLockAtResourceLevel").length, 1);
        assert.strictEqual(ofType(result.resources, "security:AdvancedThreatProtection").length, 1);
    });

    it("turns zone redundancy off by default in a region without availability zones", async () => {
        const result = await run(() => {
            new CosmosAccount("lib", { ...minimalAccount, regions: [{ name: "westcentralus" }] });
        });
        assert.deepStrictEqual(one(result.resources, "cosmosdb:DatabaseAccount").inputs.locations, [
            { failoverPriority: 0, isZoneRedundant: false, locationName: "westcentralus" },
        ]);
    });

    it("lets two accounts live in one program: each component's children carry its name", async () => {
        const result = await run(() => {
            for (const key of ["a", "b"]) {
                const account = new CosmosAccount(key, { ...minimalAccount, name: `contoso-lib-${key}` });
                new SqlData(`${key}-data`, {
                    resourceGroupName: "rg-lib",
                    account: account.account,
                    accountSettings: account.settings,
                    databases: [{ name: "app", containers: [{ name: "c", partitionKey: { paths: ["/k"] }, throughput: { mode: "manual", throughput: 400 } }] }],
                });
            }
        });
        const urns = result.resources.map((r) => r.urn);
        assert.strictEqual(new Set(urns).size, urns.length, "no URN twice");
        assert.deepStrictEqual(
            ofType(result.resources, "cosmosdb:SqlResourceSqlContainer")
                .map((r) => r.name)
                .sort(),
            ["a-data/app/c", "b-data/app/c"],
        );
    });
});

describe("components: Azure's rules on the arguments, with the stack file's messages", () => {
    it("refuses a duplicate region in CosmosAccount with the message a stack file gets, registering nothing", async () => {
        const { error, registered } = await refused(
            () => new CosmosAccount("lib", { ...minimalAccount, regions: [{ name: "westeurope" }, { name: "westeurope" }] }),
        );
        assert.deepStrictEqual(registered, [], "nothing registered");
        assert.match(error.message, /^Invalid arguments for CosmosAccount 'lib' \(1 problem\):/);
        assert.deepStrictEqual(
            error.problems.map((p) => p.path),
            [["regions", 1, "name"]],
        );
        const raw = baseline();
        const account = raw.account as Record<string, unknown>;
        account.regions = [{ name: "westeurope" }, { name: "westeurope" }];
        expectProblem(raw, "account.regions[1].name", error.problems[0].message);
    });

    it("refuses bounded staleness under the multi-region minimum in CosmosAccount as the stack does", async () => {
        const consistency = { level: "BoundedStaleness" as const, maxStalenessPrefix: 1000, maxIntervalInSeconds: 300 };
        const { error } = await refused(
            () => new CosmosAccount("lib", { ...minimalAccount, regions: [{ name: "westeurope" }, { name: "northeurope" }], consistency }),
        );
        const problem = error.problems.find((p) => p.path.join(".") === "consistency.maxStalenessPrefix");
        assert.ok(problem, error.message);
        const raw = baseline();
        const account = raw.account as Record<string, unknown>;
        account.regions = [{ name: "westeurope" }, { name: "northeurope" }];
        account.consistency = consistency;
        expectProblem(raw, "account.consistency.maxStalenessPrefix", problem.message);
    });

    it("refuses an autoscale maximum off the 1000 RU/s steps in SqlData as the stack does", async () => {
        const { error, registered } = await refused(
            () =>
                new SqlData("data", {
                    resourceGroupName: "rg",
                    account: refusedBeforeUse,
                    accountSettings: settings,
                    databases: [
                        { name: "app", containers: [{ name: "c", partitionKey: { paths: ["/k"] }, throughput: { mode: "autoscale", maxThroughput: 1500 } }] },
                    ],
                }),
        );
        assert.deepStrictEqual(registered, []);
        assert.deepStrictEqual(
            error.problems.map((p) => p.path),
            [["databases", 0, "containers", 0, "throughput", "maxThroughput"]],
        );
        const raw = baseline();
        (raw.databases as { containers: Record<string, unknown>[] }[])[0].containers[0].throughput = { mode: "autoscale", maxThroughput: 1500 };
        expectProblem(raw, "databases[0].containers[0].throughput.maxThroughput", error.problems[0].message.replace(/; got .*$/, ""), "got 1500");
    });

    it("refuses a key path without '/' and a hierarchical key of version 1 in SqlData", async () => {
        const { error } = await refused(
            () =>
                new SqlData("data", {
                    resourceGroupName: "rg",
                    account: refusedBeforeUse,
                    accountSettings: settings,
                    databases: [{ name: "app", containers: [{ name: "c", partitionKey: { paths: ["tenantId"] } }] }],
                }),
        );
        assert.match(error.message, /databases\[0\]\.containers\[0\]\.partitionKey\.paths\[0\]: .*starts with '\/'.*got "tenantId"/);
        const { error: hierarchical } = await refused(
            () =>
                new SqlData("data", {
                    resourceGroupName: "rg",
                    account: refusedBeforeUse,
                    accountSettings: settings,
                    databases: [{ name: "app", containers: [{ name: "c", partitionKey: { paths: ["/a", "/b"], version: 1 } }] }],
                }),
        );
        assert.match(hierarchical.message, /partitionKey\.version: hierarchical partition keys \(2-3 paths\) use version 2; got 1/);
    });

    it("refuses vector search on shared throughput and a flat index over 505 dimensions in SqlData", async () => {
        const { error } = await refused(
            () =>
                new SqlData("data", {
                    resourceGroupName: "rg",
                    account: refusedBeforeUse,
                    accountSettings: settings,
                    databases: [
                        {
                            name: "app",
                            throughput: { mode: "manual", throughput: 400 },
                            containers: [
                                {
                                    name: "c",
                                    partitionKey: { paths: ["/k"] },
                                    vectorEmbeddings: [{ path: "/v", dimensions: 1536, distanceFunction: "cosine" }],
                                    indexingPolicy: { vectorIndexes: [{ path: "/v", type: "flat" }] },
                                },
                            ],
                        },
                    ],
                }),
        );
        const lines = error.problems.map((p) => `${p.path.join(".")}: ${p.message}`);
        assert.ok(
            lines.some((l) => l.startsWith("databases.0.containers.0.vectorEmbeddings: vector search is not available on a database's shared throughput")),
            lines.join("\n"),
        );
        assert.ok(
            lines.some((l) =>
                l.startsWith("databases.0.containers.0.indexingPolicy.vectorIndexes.0.type: a flat index takes vectors of at most 505 dimensions"),
            ),
            lines.join("\n"),
        );
    });

    it("refuses an unknown data-plane role and a container scope without its database in Access", async () => {
        const principal = { key: "p", id: "00000000-0000-0000-0000-0000000000a1" };
        const { error } = await refused(
            () =>
                new Access("access", {
                    resourceGroupName: "rg",
                    account: refusedBeforeUse,
                    subscriptionId: "s",
                    dataRoles: [
                        { principal, role: "Reader" },
                        { principal, role: "Cosmos DB Built-in Data Reader", scope: { container: "c" } },
                    ],
                }),
        );
        assert.deepStrictEqual(
            error.problems.map((p) => p.path.join(".")),
            ["dataRoles.0.role", "dataRoles.1.scope"],
        );
    });

    it("refuses an action group short name over 12 characters and a metric alert window under its grain in Monitoring, as the stack does", async () => {
        const actionGroups = [{ name: "ag", shortName: "cosmos-oncall-team", emails: [{ name: "a", address: "a@contoso.example" }] }];
        const monitoring = (extra: object) => () =>
            new Monitoring("mon", {
                resourceGroupName: "rg",
                account: refusedBeforeUse,
                accountSettings: settings,
                subscriptionId: "s",
                actionGroups,
                ...extra,
            });
        const { error } = await refused(monitoring({}));
        const shortName = error.problems.find((p) => p.path.join(".") === "actionGroups.0.shortName");
        assert.ok(shortName, error.message);
        const { error: window } = await refused(monitoring({ actionGroups: [], alerts: { availability: { windowSize: "PT5M" } } }));
        assert.ok(
            window.problems.some((p) => p.path.join(".") === "alerts.availability" && /alert 'availability': .*PT1H/.test(p.message)),
            window.message,
        );
        const raw = baseline();
        raw.monitoring = { actionGroups: [{ name: "ag", shortName: "cosmos-oncall-team", emails: [{ name: "a", address: "a@contoso.example" }] }] };
        expectProblem(raw, "monitoring.actionGroups[0].shortName", shortName.message);
    });

    it("refuses a subnet outside the address space in PrivateNetwork, and a gateway size Azure does not offer", async () => {
        const { error } = await refused(
            () =>
                new PrivateNetwork("net", {
                    resourceGroupName: "rg",
                    account: refusedBeforeUse,
                    virtualNetwork: { name: "v", addressSpace: "10.0.0.0/16", location: "westeurope", subnets: [{ name: "s", prefix: "10.1.0.0/24" }] },
                }),
        );
        assert.match(error.message, /virtualNetwork\.subnets\[0\]\.prefix: 10\.1\.0\.0\/24 is outside the address space 10\.0\.0\.0\/16/);
        const { error: gateway } = await refused(
            () => new DedicatedGateway("gw", { resourceGroupName: "rg", account: refusedBeforeUse, size: "Cosmos.D2s" as "Cosmos.D4s", instances: 1 }),
        );
        assert.match(gateway.message, /size: gateway size is one of Cosmos\.D4s, Cosmos\.D8s, Cosmos\.D16s; got "Cosmos\.D2s"/);
    });
});

// That components import nothing from the stack layer or the tooling: test/layout.test.ts.
describe("components: a package entry", () => {
    const componentsDir = path.join(PROJECT_DIR, "components");
    it("resolves `cosmos-platform` to compiled JavaScript with declarations that export every component", () => {
        // The root's npm workspace links components/ (package.json name cosmos-platform) into node_modules.
        const pkg = JSON.parse(fs.readFileSync(path.join(componentsDir, "package.json"), "utf8")) as { exports: { ".": { types: string } } };
        const entry = fs.realpathSync(require.resolve("cosmos-platform", { paths: [PROJECT_DIR] }));
        assert.strictEqual(path.relative(PROJECT_DIR, entry), path.join("components", "dist", "index.js"));
        assert.ok(fs.existsSync(path.join(componentsDir, pkg.exports["."].types)), "declarations are built");
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const lib = require(entry) as Record<string, unknown>;
        for (const name of ["CosmosEstate", "CosmosAccount", "SqlData", "Access", "Identities", "PrivateNetwork", "Monitoring", "DedicatedGateway"]) {
            assert.strictEqual(typeof lib[name], "function", `${name} is exported`);
            assert.ok((lib[name] as { prototype: unknown }).prototype instanceof pulumi.ComponentResource, `${name} is a ComponentResource`);
        }
    });
});
