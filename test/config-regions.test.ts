import * as assert from "assert";
import { baseline, expectProblem, parse } from "./helpers/config";

const ACCEPTED = "accepted: a public-cloud region's programmatic name";
const RESTORABLE_ID = (location: string) =>
    `/subscriptions/11111111-2222-3333-4444-555555555555/providers/Microsoft.DocumentDB/locations/${location}/restorableDatabaseAccounts/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee`;

/** The baseline config as far as these tests reach into it; the values they replace are open (many are invalid on purpose). */
interface RawConfig {
    [key: string]: unknown;
    resourceGroup: Record<string, unknown>;
    account: Record<string, unknown>;
    databases: { [key: string]: unknown; containers: Record<string, unknown>[] }[];
}

function withNetwork(location: string, endpointLocation?: string): Record<string, unknown> {
    const raw = baseline() as RawConfig;
    raw.network = {
        virtualNetwork: { name: "vnet-test", addressSpace: "10.0.0.0/16", subnets: [{ name: "pe", prefix: "10.0.1.0/24" }], location },
        privateEndpoints: [{ name: "pe-test", subnet: "pe", ...(endpointLocation ? { location: endpointLocation } : {}) }],
    };
    return raw;
}

function restoreStack(source: Record<string, unknown>): Record<string, unknown> {
    const raw = baseline() as RawConfig;
    raw.databases = [];
    raw.restore = {
        source: { restorableAccountId: RESTORABLE_ID("West Europe"), accountName: "contoso-cosmos-prod", backupTier: "Continuous30Days", ...source },
        timestamp: "2026-11-27T08:00:00Z",
        completed: true,
    };
    return raw;
}

describe("stack config: region names", () => {
    it("rejects a misspelt account region with the closest name, the value and what is accepted", () => {
        const raw = baseline() as RawConfig;
        raw.account.regions = [{ name: "westeurope" }, { name: "westeuorpe" }];
        const error = expectProblem(raw, "account.regions[1].name", "unknown Azure region", "did you mean 'westeurope'?", ACCEPTED, 'got "westeuorpe"');
        assert.strictEqual(error.problems.length, 1, error.message);
    });

    it("rejects a well-formed name no catalogued region is close to, without a suggestion", () => {
        const raw = baseline() as RawConfig;
        raw.account.regions = [{ name: "moonbase" }];
        const error = expectProblem(raw, "account.regions[0].name", "unknown Azure region; accepted:", 'got "moonbase"');
        assert.ok(!error.message.includes("did you mean"), error.message);
    });

    it("checks the resource group location the same way", () => {
        const raw = baseline() as RawConfig;
        raw.resourceGroup.location = "northeuorpe";
        expectProblem(raw, "resourceGroup.location", "did you mean 'northeurope'?", ACCEPTED, 'got "northeuorpe"');
    });

    it("checks the virtual network and private endpoint locations the same way", () => {
        expectProblem(withNetwork("swedencentrl"), "network.virtualNetwork.location", "did you mean 'swedencentral'?", 'got "swedencentrl"');
        expectProblem(
            withNetwork("westeurope", "West Europe"),
            "network.privateEndpoints[0].location",
            "not a programmatic region name; did you mean 'westeurope'?",
            'got "West Europe"',
        );
    });

    it("checks the restore source's regions the same way", () => {
        expectProblem(
            restoreStack({ regions: ["westeurope", "northeurpoe"] }),
            "restore.source.regions[1]",
            "did you mean 'northeurope'?",
            'got "northeurpoe"',
        );
    });

    it("checks the location inside the restorable account id, accepting ARM's display name", () => {
        assert.strictEqual(parse(restoreStack({})).restore?.restoreSource, RESTORABLE_ID("West Europe"));
        expectProblem(
            restoreStack({ restorableAccountId: RESTORABLE_ID("West Eruope") }),
            "restore.source.restorableAccountId",
            "the location 'West Eruope' in the id is not an Azure region (did you mean 'West Europe'?)",
        );
    });

    it("accepts every catalogued region a stack is likely to name, restricted ones included", () => {
        for (const name of ["westus3", "swedensouth", "newzealandnorth", "uaecentral"]) {
            const raw = baseline() as RawConfig;
            raw.account.regions = [{ name }];
            assert.strictEqual(parse(raw).account.regions[0].name, name);
        }
    });
});

describe("stack config: zone redundancy follows the region", () => {
    it("defaults to zone redundant where the region has zones and not where it has none", () => {
        const raw = baseline() as RawConfig;
        raw.account.regions = [{ name: "eastus" }, { name: "westus" }];
        const cfg = parse(raw);
        assert.deepStrictEqual(
            cfg.account.regions.map((r) => [r.name, r.zoneRedundant]),
            [
                ["eastus", true],
                ["westus", false],
            ],
        );
    });

    it("keeps an explicit false in a region with zones", () => {
        const raw = baseline() as RawConfig;
        raw.account.regions = [{ name: "westeurope", zoneRedundant: false }];
        assert.strictEqual(parse(raw).account.regions[0].zoneRedundant, false);
    });

    it("prices the SLA from the same default (no zone SLA in a region without zones)", () => {
        const raw = baseline() as RawConfig;
        raw.account.regions = [{ name: "northcentralus" }];
        assert.deepStrictEqual(parse(raw).monitoring.sla, { writes: 99.99, reads: 99.99 });
        raw.account.regions = [{ name: "centralus" }];
        assert.deepStrictEqual(parse(raw).monitoring.sla, { writes: 99.995, reads: 99.995 });
    });

    it("rejects zoneRedundant true in a region without zones, naming the key path, the region and what is accepted", () => {
        const raw = baseline() as RawConfig;
        raw.account.regions = [{ name: "eastus" }, { name: "westus", zoneRedundant: true }];
        expectProblem(
            raw,
            "account.regions[1].zoneRedundant",
            "region 'westus' (West US) has no availability zones",
            "accepted: false, or leave zoneRedundant out",
            "regions with zones in United States: centralus, eastus, eastus2, southcentralus, westus2, westus3",
            "got true",
        );
    });

    it("offers the zone regions of the region's own geography", () => {
        const raw = baseline() as RawConfig;
        raw.account.regions = [{ name: "southindia", zoneRedundant: true }];
        expectProblem(
            raw,
            "account.regions[0].zoneRedundant",
            "region 'southindia' (South India) has no availability zones",
            "regions with zones in India: centralindia; got true",
        );
        raw.account.regions = [{ name: "australiacentral", zoneRedundant: true }];
        expectProblem(raw, "account.regions[0].zoneRedundant", "regions with zones in Australia: australiaeast");
        raw.account.regions = [{ name: "koreasouth", zoneRedundant: true }];
        expectProblem(raw, "account.regions[0].zoneRedundant", "regions with zones in Korea: koreacentral");
    });
});

describe("stack config: bounded staleness and TTL limits", () => {
    const bounded = (prefix: number, regions = [{ name: "westeurope" }]) => {
        const raw = baseline() as RawConfig & { account: { consistency: Record<string, unknown> } };
        raw.account.regions = regions;
        raw.account.consistency = { level: "BoundedStaleness", maxStalenessPrefix: prefix, maxIntervalInSeconds: 5 };
        return raw;
    };

    it("rejects a single-region maxStalenessPrefix below 10 and accepts 10", () => {
        expectProblem(bounded(9), "account.consistency.maxStalenessPrefix", "at least 10 (100,000 with several regions)", "got 9");
        assert.strictEqual(parse(bounded(10)).account.consistency.maxStalenessPrefix, 10);
    });

    it("still asks 100,000 with several regions", () => {
        const raw = bounded(10, [{ name: "westeurope" }, { name: "northeurope" }]);
        raw.account.consistency.maxIntervalInSeconds = 300;
        expectProblem(raw, "account.consistency.maxStalenessPrefix", "at least 100000 with several regions", "got 10");
    });

    const C = "databases[0].containers[0]";
    it("rejects defaultTtl and analyticalTtl above 2,147,483,647 seconds and accepts the maximum", () => {
        const raw = baseline() as RawConfig;
        raw.account.analyticalStorage = true;
        raw.databases[0].containers[0].defaultTtl = 2_147_483_648;
        raw.databases[0].containers[0].analyticalTtl = 2_147_483_648;
        expectProblem(raw, `${C}.defaultTtl`, "at most 2147483647 seconds", "got 2147483648");
        expectProblem(raw, `${C}.analyticalTtl`, "at most 2147483647 seconds", "got 2147483648");
        raw.databases[0].containers[0].defaultTtl = 2_147_483_647;
        raw.databases[0].containers[0].analyticalTtl = 2_147_483_647;
        const container = parse(raw).databases[0].containers[0];
        assert.deepStrictEqual([container.defaultTtl, container.analyticalTtl], [2_147_483_647, 2_147_483_647]);
    });
});
