/**
 * Several accounts per stack (`cosmos-platform:accounts`): validation at the user's key paths,
 * unique URNs, inherited defaults, Azure names two accounts would both claim, and moving a stack
 * from `account` to `accounts` without touching what is deployed.
 */
import * as assert from "assert";
import { ConfigError, formatPath } from "../stack/config";
import { diffRecords } from "../tooling/review/diff";
import { PolicyRecord } from "../tooling/model/records";
import { loadStackFiles, StackFiles } from "../tooling/review/stack-files";
import { synthesizeFiles } from "../tooling/review/synth";
import { baseline, PROJECT_DIR, parseStack } from "./helpers/config";
import { committedStack } from "./helpers/stacks";
import { ofType } from "./helpers/records";

const KEY = (k: string) => `cosmos-platform:${k}`;

/** A second prod-like account with its own network, access and monitoring (Azure names of its own). */
function secondAccount(name: string) {
    return {
        name,
        regions: [{ name: "swedencentral" }, { name: "germanywestcentral" }],
        network: {
            publicNetworkAccess: "Disabled",
            virtualNetwork: { name: `vnet-${name}`, addressSpace: "10.31.0.0/16", subnets: [{ name: "private-endpoints", prefix: "10.31.1.0/24" }] },
            privateEndpoints: [{ name: `pe-${name}`, subnet: "private-endpoints" }],
        },
        access: {
            groups: [{ name: "readers", displayName: `${name}-readers` }],
            dataRoles: [{ principal: "group:readers", role: "Cosmos DB Built-in Data Reader" }],
        },
        monitoring: {
            workspace: { name: `log-${name}` },
            actionGroups: [{ name: `ag-${name}`, shortName: "cosmos-2", emails: [{ name: "team", address: "cosmos-team@contoso.example" }] }],
        },
    };
}

/** prod's files with its `account` moved into `accounts`, followed by `others`. */
function prodAsAccounts(keepNames: boolean, ...others: object[]): StackFiles {
    const files = loadStackFiles(PROJECT_DIR, "prod");
    const account = JSON.parse(files.config[KEY("account")]) as Record<string, unknown>;
    delete files.config[KEY("account")];
    files.config[KEY("accounts")] = JSON.stringify([{ ...account, ...(keepNames ? { keepSingleAccountNames: true } : {}) }, ...others]);
    return files;
}

function problemLines(e: unknown): string[] {
    assert.ok(ConfigError.isInstance(e), `expected a ConfigError, got ${String(e)}`);
    return e.problems.map((p) => `${formatPath(p.path)}: ${p.message}`);
}

describe("several accounts: config", () => {
    it("needs exactly one of account and accounts", () => {
        const both = { ...baseline(), accounts: [baseline().account] };
        assert.throws(
            () => parseStack(both),
            (e) =>
                problemLines(e).some((l) =>
                    l.startsWith("accounts: set cosmos-platform:account (one account) or cosmos-platform:accounts (several), not both"),
                ),
        );
        const neither = baseline();
        delete neither.account;
        assert.throws(
            () => parseStack(neither),
            (e) => problemLines(e).some((l) => /^account: is required .*cosmos-platform:accounts for several accounts/.test(l)),
        );
    });

    it("reports an account's own mistake at its key path in the list", () => {
        const raw = baseline();
        const single = raw.account as Record<string, unknown>;
        delete raw.account;
        raw.accounts = [single, { name: "test-account-2", regions: [{ name: "westeurope" }, { name: "westeurope" }] }];
        assert.throws(
            () => parseStack(raw),
            (e) => problemLines(e).some((l) => l.startsWith("accounts[1].regions[1].name: region 'westeurope' is listed twice")),
        );
    });

    it("reports a mistake in an inherited stack-level key once, naming the accounts it affects when not all", () => {
        const raw = baseline();
        const single = raw.account as Record<string, unknown>;
        delete raw.account;
        // The second account declares its own data model, so the stack-level throughput override names a container it lacks.
        raw.throughput = { default: { mode: "manual", throughput: 400 }, containers: { "app/orders": { mode: "manual", throughput: 500 } } };
        raw.accounts = [
            single,
            {
                name: "test-account-2",
                regions: [{ name: "westeurope" }],
                databases: [{ name: "other", containers: [{ name: "c", partitionKey: { paths: ["/k"] } }] }],
            },
        ];
        assert.throws(
            () => parseStack(raw),
            (e) =>
                problemLines(e).some((l) => /^throughput\.containers\["app\/orders"\]: no container 'app\/orders'.*\(for account 'test-account-2'\)$/.test(l)),
        );
    });

    it("refuses duplicate account names and a second account keeping the single-account names", () => {
        const raw = baseline();
        const single = raw.account as Record<string, unknown>;
        delete raw.account;
        raw.accounts = [
            { ...single, keepSingleAccountNames: true },
            { ...single, keepSingleAccountNames: true },
        ];
        assert.throws(
            () => parseStack(raw),
            (e) => {
                const lines = problemLines(e);
                return (
                    lines.some((l) => l.startsWith("accounts[1].name: account 'test-account' is listed twice")) &&
                    lines.some((l) => l.startsWith("accounts[1].keepSingleAccountNames: only one account keeps the single-account names"))
                );
            },
        );
    });

    it("refuses Azure names that two accounts would both create, such as an inherited private endpoint", async () => {
        const files = prodAsAccounts(true, { name: "contoso-cosmos-prod-2", regions: [{ name: "northeurope" }] });
        await assert.rejects(synthesizeFiles(files), (e: unknown) => {
            const lines = problemLines(e);
            assert.ok(
                lines.some((l) =>
                    /^network\.privateEndpoints\[0\]\.name: private endpoint 'pe-contoso-cosmos-prod' would be created by account 'contoso-cosmos-prod' and account 'contoso-cosmos-prod-2' \(both inherit it\)/.test(
                        l,
                    ),
                ),
                lines.join("\n"),
            );
            assert.ok(
                lines.some((l) => /Entra group 'cosmos-platform-prod-operators'/.test(l)),
                lines.join("\n"),
            );
            return true;
        });
    });
});

describe("several accounts: plan", () => {
    it("gives every account its own prefixed resources, one resource group, and no URN twice", async () => {
        const result = await synthesizeFiles(prodAsAccounts(false, secondAccount("contoso-cosmos-prod-2")));
        const urns = result.resources.map((r) => r.urn);
        assert.strictEqual(new Set(urns).size, urns.length);
        assert.deepStrictEqual(
            ofType(result.resources, "cosmosdb:DatabaseAccount")
                .map((r) => r.name)
                .sort(),
            ["contoso-cosmos-prod-2/contoso-cosmos-prod-2", "contoso-cosmos-prod/contoso-cosmos-prod"],
        );
        assert.strictEqual(ofType(result.resources, "resources:ResourceGroup").length, 1, "the shared group is created once");
        const containers = ofType(result.resources, "cosmosdb:SqlResourceSqlContainer").map((r) => r.name);
        assert.ok(
            containers.includes("contoso-cosmos-prod/appdb/orders") && containers.includes("contoso-cosmos-prod-2/appdb/orders"),
            "both share the project's data model",
        );
        // Alerts are per account in Azure (named after it) and in the plan (prefixed).
        const alerts = ofType(result.resources, "monitor:MetricAlert").map((r) => String(r.inputs.ruleName));
        assert.ok(alerts.includes("contoso-cosmos-prod-availability") && alerts.includes("contoso-cosmos-prod-2-availability"));
        assert.deepStrictEqual(Object.keys(result.outputs.accounts as object).sort(), ["contoso-cosmos-prod", "contoso-cosmos-prod-2"]);
        // One privatelink zone per resource group: the second account registers in the first's and links its own VNet.
        const zones = ofType(result.resources, "privatedns:PrivateZone");
        assert.deepStrictEqual(
            zones.map((z) => z.name),
            ["contoso-cosmos-prod/privatelink.documents.azure.com"],
        );
        const links = ofType(result.resources, "privatedns:VirtualNetworkLink")
            .map((l) => String(l.inputs.virtualNetworkLinkName))
            .sort();
        assert.deepStrictEqual(links, ["link-vnet-contoso-cosmos-prod-2", "link-vnet-cosmos-platform-prod"]);
        const secondGroup = ofType(result.resources, "network:PrivateDnsZoneGroup").find((g) => g.name.startsWith("contoso-cosmos-prod-2/"));
        assert.ok(secondGroup?.dependencies.includes(zones[0].urn), "the second account's zone group uses the first account's zone");
    });

    it("moves prod from `account` to `accounts` without touching a deployed resource when the first keeps its names", async () => {
        const before = (await committedStack("prod")).resources as PolicyRecord[];
        const after = (await synthesizeFiles(prodAsAccounts(true, secondAccount("contoso-cosmos-prod-2")))).resources as PolicyRecord[];
        const changes = diffRecords(before, after);
        assert.deepStrictEqual(
            changes.filter((c) => c.kind === "replace" || c.kind === "delete").map((c) => c.urn),
            [],
        );
        assert.ok(
            changes.filter((c) => c.kind === "create").every((c) => c.urn.split("::").pop()?.startsWith("contoso-cosmos-prod-2")),
            "only the new account's resources are created",
        );
        assert.ok(changes.some((c) => c.kind === "create"));
    });

    it("without keepSingleAccountNames, the move would replace the account: the diff says so as data loss", async () => {
        const before = (await committedStack("prod")).resources as PolicyRecord[];
        const after = (await synthesizeFiles(prodAsAccounts(false))).resources as PolicyRecord[];
        const changes = diffRecords(before, after);
        const account = changes.find((c) => c.type === "azure-native:cosmosdb:DatabaseAccount" && c.kind === "delete");
        assert.ok(account?.dataLoss, "deleting the old URN of the account is flagged as data loss");
    });
});
