import * as assert from "assert";
import { ConfigError } from "../stack/config";
import { baseline, expectProblem, parse, withOncall } from "./helpers/config";

/** The baseline config as far as these tests reach into it; the values they replace are open (many are invalid on purpose). */
interface RawConfig {
    [key: string]: unknown;
    account: Record<string, unknown>;
    databases: { [key: string]: unknown; containers: Record<string, unknown>[] }[];
    throughput?: Record<string, unknown>;
}

describe("stack config: valid examples and defaults", () => {
    it("accepts the baseline and applies secure defaults", () => {
        const cfg = parse(baseline());
        assert.strictEqual(cfg.account.localAuth, false);
        assert.strictEqual(cfg.account.keyBasedMetadataWrites, false);
        assert.strictEqual(cfg.account.minimalTlsVersion, "Tls12");
        assert.strictEqual(cfg.network.publicNetworkAccess, "Disabled");
        assert.strictEqual(cfg.network.networkAclBypass, "None");
        assert.strictEqual(cfg.account.automaticFailover, true);
        assert.strictEqual(cfg.account.regions[0].zoneRedundant, true);
        assert.strictEqual(cfg.account.consistency.level, "Session");
        assert.strictEqual(cfg.production, false);
        assert.deepStrictEqual(cfg.account.backup, { type: "Continuous", tier: "Continuous7Days" });
    });

    it("makes prod a production stack with 30-day continuous backup by default", () => {
        const raw = baseline() as RawConfig;
        raw.environment = "prod";
        const cfg = parse(withOncall(raw));
        assert.strictEqual(cfg.production, true);
        assert.deepStrictEqual(cfg.account.backup, { type: "Continuous", tier: "Continuous30Days" });
    });

    it("lets an explicit production flag win over the environment name", () => {
        const raw = baseline() as RawConfig;
        raw.environment = "staging";
        raw.production = true;
        assert.strictEqual(parse(withOncall(raw)).production, true);
    });

    it("orders regions by failover priority, write region first", () => {
        const raw = baseline() as RawConfig;
        raw.account.regions = [
            { name: "northeurope", failoverPriority: 1 },
            { name: "westeurope", failoverPriority: 0 },
        ];
        assert.deepStrictEqual(
            parse(raw).account.regions.map((r) => r.name),
            ["westeurope", "northeurope"],
        );
        assert.strictEqual(parse(raw).resourceGroup.location, "westeurope");
    });

    it("turns 2-3 partition key paths into a MultiHash v2 key and 1 path into Hash v2", () => {
        const raw = baseline() as RawConfig;
        raw.databases[0].containers.push({ name: "events", partitionKey: { paths: ["/tenantId", "/userId", "/sessionId"] } });
        const [orders, events] = parse(raw).databases[0].containers;
        assert.deepStrictEqual(orders.partitionKey, { paths: ["/tenantId"], kind: "Hash", version: 2 });
        assert.deepStrictEqual(events.partitionKey, { paths: ["/tenantId", "/userId", "/sessionId"], kind: "MultiHash", version: 2 });
    });

    it("resolves throughput: stack override, then container, then shared database, then default", () => {
        const raw = baseline() as RawConfig;
        raw.databases.push({
            name: "shared",
            throughput: { mode: "manual", throughput: 1000 },
            containers: [
                { name: "a", partitionKey: { paths: ["/id"] } },
                { name: "b", partitionKey: { paths: ["/id"] }, throughput: { mode: "autoscale", maxThroughput: 2000 } },
                { name: "c", partitionKey: { paths: ["/id"] } },
            ],
        });
        raw.throughput!.containers = { "shared/c": { mode: "autoscale", maxThroughput: 5000 } };
        const cfg = parse(raw);
        const [, shared] = cfg.databases;
        assert.deepStrictEqual(cfg.databases[0].containers[0].throughput, { mode: "manual", throughput: 400 });
        assert.deepStrictEqual(shared.throughput, { mode: "manual", throughput: 1000 });
        assert.deepStrictEqual(
            shared.containers.map((c) => c.throughput),
            [{ mode: "shared" }, { mode: "autoscale", maxThroughput: 2000 }, { mode: "autoscale", maxThroughput: 5000 }],
        );
    });

    it("gives every container of a serverless account serverless throughput", () => {
        const raw = baseline() as RawConfig;
        raw.account.serverless = true;
        delete raw.throughput;
        assert.deepStrictEqual(parse(raw).databases[0].containers[0].throughput, { mode: "serverless" });
    });

    it("loads stored procedure bodies from their files", () => {
        const sproc = parse(baseline()).databases[0].containers[0].storedProcedures[0];
        assert.strictEqual(sproc.name, "reserveStock");
        assert.match(sproc.body, /function reserveStock\(/);
    });

    it("sorts and de-duplicates IP rules", () => {
        const raw = baseline() as RawConfig;
        raw.network = { publicNetworkAccess: "Enabled", ipRules: ["198.51.100.17", "10.1.0.0/16", " 198.51.100.17", "9.9.9.9"] };
        assert.deepStrictEqual(parse(raw).network.ipRules, ["9.9.9.9", "10.1.0.0/16", "198.51.100.17"]);
    });

    it("collects every problem at once", () => {
        const raw = baseline() as RawConfig;
        raw.account.name = "X";
        raw.databases[0].containers[0].defaultTtl = 0;
        try {
            parse(raw);
            assert.fail("expected a ConfigError");
        } catch (e) {
            assert.ok(ConfigError.isInstance(e));
            assert.strictEqual(e.problems.length, 2);
        }
    });
});

describe("stack config: account rules", () => {
    it("rejects an account name with uppercase or underscores", () => {
        const raw = baseline() as RawConfig;
        raw.account.name = "Bad_Name";
        expectProblem(raw, "account.name", "3-44 characters", 'got "Bad_Name"');
    });

    it("rejects an account name shorter than 3 characters", () => {
        const raw = baseline() as RawConfig;
        raw.account.name = "ab";
        expectProblem(raw, "account.name", "3-44 characters", 'got "ab"');
    });

    it("rejects a region display name and suggests the programmatic name", () => {
        const raw = baseline() as RawConfig;
        raw.account.regions = [{ name: "West Europe" }];
        expectProblem(raw, "account.regions[0].name", "'westeurope'", 'got "West Europe"');
    });

    it("rejects duplicate regions", () => {
        const raw = baseline() as RawConfig;
        raw.account.regions = [{ name: "westeurope" }, { name: "westeurope" }];
        expectProblem(raw, "account.regions[1].name", "listed twice", "first as regions[0]");
    });

    it("rejects failover priorities that are not 0..n-1", () => {
        const raw = baseline() as RawConfig;
        raw.account.regions = [
            { name: "westeurope", failoverPriority: 0 },
            { name: "northeurope", failoverPriority: 2 },
        ];
        expectProblem(raw, "account.regions", "0..1", "got [0,2]");
    });

    it("rejects failover priorities used twice", () => {
        const raw = baseline() as RawConfig;
        raw.account.regions = [
            { name: "westeurope", failoverPriority: 0 },
            { name: "northeurope", failoverPriority: 0 },
        ];
        expectProblem(raw, "account.regions", "each used once", "got [0,0]");
    });

    it("rejects failover priorities set on some regions only", () => {
        const raw = baseline() as RawConfig;
        raw.account.regions = [{ name: "westeurope", failoverPriority: 0 }, { name: "northeurope" }];
        expectProblem(raw, "account.regions[1].failoverPriority", "every region or on none");
    });

    it("rejects serverless with several regions", () => {
        const raw = baseline() as RawConfig;
        raw.account.serverless = true;
        delete raw.throughput;
        raw.account.regions = [{ name: "westeurope" }, { name: "northeurope" }];
        expectProblem(raw, "account.regions", "serverless", "got 2 regions");
    });

    it("rejects Strong consistency with multi-region writes", () => {
        const raw = baseline() as RawConfig;
        raw.account.consistency = { level: "Strong" };
        raw.account.multiRegionWrites = true;
        expectProblem(raw, "account.consistency.level", "Strong consistency cannot be combined with multi-region writes");
    });

    it("rejects an unknown consistency level and lists the accepted ones", () => {
        const raw = baseline() as RawConfig;
        raw.account.consistency = { level: "Eventually" };
        expectProblem(raw, "account.consistency.level", "Strong, BoundedStaleness, Session, ConsistentPrefix, Eventual", 'got "Eventually"');
    });

    it("requires bounded-staleness parameters sized for several regions", () => {
        const raw = baseline() as RawConfig;
        raw.account.regions = [{ name: "westeurope" }, { name: "northeurope" }];
        raw.account.consistency = { level: "BoundedStaleness", maxStalenessPrefix: 10, maxIntervalInSeconds: 60 };
        expectProblem(raw, "account.consistency.maxStalenessPrefix", "at least 100000", "got 10");
        expectProblem(raw, "account.consistency.maxIntervalInSeconds", "at least 300", "got 60");
    });

    it("rejects staleness parameters without BoundedStaleness", () => {
        const raw = baseline() as RawConfig;
        raw.account.consistency = { level: "Session", maxIntervalInSeconds: 300 };
        expectProblem(raw, "account.consistency.maxIntervalInSeconds", "only to BoundedStaleness", "got level 'Session'");
    });

    it("rejects periodic backup retention shorter than twice the interval", () => {
        const raw = baseline() as RawConfig;
        raw.account.backup = { type: "Periodic", intervalMinutes: 480, retentionHours: 8 };
        expectProblem(raw, "account.backup.retentionHours", "at least twice the interval", "got 8");
    });

    it("rejects an unknown continuous backup tier", () => {
        const raw = baseline() as RawConfig;
        raw.account.backup = { type: "Continuous", tier: "Continuous90Days" };
        expectProblem(raw, "account.backup.tier", "Continuous7Days or Continuous30Days", 'got "Continuous90Days"');
    });

    it("rejects TLS below 1.2", () => {
        const raw = baseline() as RawConfig;
        raw.account.minimalTlsVersion = "Tls11";
        expectProblem(raw, "account.minimalTlsVersion", "'Tls12'", 'got "Tls11"');
    });

    it("rejects free tier on a serverless account", () => {
        const raw = baseline() as RawConfig;
        raw.account.serverless = true;
        raw.account.freeTier = true;
        delete raw.throughput;
        expectProblem(raw, "account.freeTier", "not available for serverless");
    });

    it("rejects a misspelled key and lists the accepted keys", () => {
        const raw = baseline() as RawConfig;
        raw.account.nmae = "x";
        expectProblem(raw, "account", "unknown key 'nmae'", "accepted keys: name, regions");
    });

    it("rejects an unknown top-level config key with its namespace", () => {
        const raw = baseline() as RawConfig;
        raw.acount = {};
        expectProblem(raw, "(config)", "unknown config key 'cosmos-platform:acount'", "cosmos-platform:account");
    });

    it("reports a missing required key", () => {
        const raw = baseline() as RawConfig;
        delete raw.account.name;
        expectProblem(raw, "account.name", "is required");
    });

    it("never echoes the value of a secret config key", () => {
        const raw = baseline() as RawConfig;
        raw.account.name = "Sup3r_Secret";
        try {
            parse(raw, ["account"]);
            assert.fail("expected a ConfigError");
        } catch (e) {
            assert.ok(ConfigError.isInstance(e));
            assert.ok(!e.message.includes("Sup3r_Secret"), e.message);
            assert.ok(e.message.includes("got [secret]"), e.message);
        }
    });
});

describe("stack config: network rules", () => {
    it("rejects an IP rule that is not an IPv4 address or CIDR", () => {
        const raw = baseline() as RawConfig;
        raw.network = { publicNetworkAccess: "Enabled", ipRules: ["300.1.1.1"] };
        expectProblem(raw, "network.ipRules[0]", "IPv4 address", 'got "300.1.1.1"');
    });

    it("rejects a CIDR with host bits set and names the network address", () => {
        const raw = baseline() as RawConfig;
        raw.network = { publicNetworkAccess: "Enabled", ipRules: ["10.1.2.3/16"] };
        expectProblem(raw, "network.ipRules[0]", "10.1.0.0/16");
    });

    it("rejects IP rules while public network access is disabled", () => {
        const raw = baseline() as RawConfig;
        raw.network = { ipRules: ["203.0.113.0/24"] };
        expectProblem(raw, "network.ipRules", "no effect while publicNetworkAccess is Disabled");
    });
});
