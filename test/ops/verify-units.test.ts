import * as assert from "assert";
import { DATA_CONTRIBUTOR, describeFailure, explainAccessFailure, FailureContext, isAccessFailure } from "../../tooling/ops/verify/errors";
import { buildItem, ContainerShape, MARKER, newRunId, partitionFilter, partitionKeyOf, schemaViolation, sqlProperty } from "../../tooling/ops/verify/items";
import { renderReport, requestCharge, VerifyReport } from "../../tooling/ops/verify/run";

const CTX: FailureContext = { host: "contoso-cosmos-dev.documents.azure.com", database: "appdb", container: "orders", auth: "entra" };
const cosmosError = (code: number, message: string, substatus?: number) => Object.assign(new Error(message), { code, ...(substatus ? { substatus } : {}) });

describe("verify: explaining access and network failures", () => {
    it("names the missing data action and the role that grants it on 403/5301", () => {
        const e = cosmosError(
            403,
            "Request blocked by Auth contoso-cosmos-dev : Request is blocked because principal [0000] does not have required RBAC permissions to perform action [Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/create] on resource [dbs/appdb/colls/orders].",
            5301,
        );
        const text = explainAccessFailure(e, CTX) ?? "";
        assert.match(
            text,
            /lacks the data action Microsoft\.DocumentDB\/databaseAccounts\/sqlDatabases\/containers\/items\/create on database 'appdb', container 'orders' \(403\/5301\)/,
        );
        assert.ok(text.includes(DATA_CONTRIBUTOR));
        assert.match(text, /Owner or Contributor do not grant data actions/);
        assert.ok(isAccessFailure(e, CTX));
    });

    it("says a 403/5300 is an operation Entra ID tokens cannot do in the data plane", () => {
        assert.match(
            explainAccessFailure(
                cosmosError(403, "The given request [PUT /dbs/appdb/colls/orders] cannot be authorized by AAD token in data plane.", 5300),
                CTX,
            ) ?? "",
            /created by Pulumi, not by clients/,
        );
    });

    it("names the blocked client address and the network path on a firewall 403", () => {
        const text =
            explainAccessFailure(
                cosmosError(
                    403,
                    "Request originated from IP 198.51.100.9 through public internet. This is blocked by your Cosmos DB account firewall settings.",
                ),
                CTX,
            ) ?? "";
        assert.match(text, /firewall blocked 198\.51\.100\.9 coming through the public internet \(403\): add it to network\.ipRules/);
        assert.match(
            explainAccessFailure(cosmosError(403, "Request originated from client VNET through private endpoint. This is blocked"), CTX) ?? "",
            /through a private endpoint that the account does not accept/,
        );
    });

    it("tells key users that local auth is off, and token users to sign in to the right tenant, on 401", () => {
        assert.match(
            explainAccessFailure(cosmosError(401, "Local Authorization is disabled. Use an AAD token to authorize all requests."), { ...CTX, auth: "key" }) ??
                "",
            /local auth is likely disabled .* drop --key-from-env/,
        );
        assert.match(explainAccessFailure(cosmosError(401, "The input authorization token can't serve the request."), CTX) ?? "", /az login --tenant/);
    });

    it("explains DNS, refused connections and missing credentials, also when wrapped as a cause", () => {
        assert.match(
            explainAccessFailure(Object.assign(new Error("getaddrinfo ENOTFOUND x"), { code: "ENOTFOUND" }), CTX) ?? "",
            /cannot resolve contoso-cosmos-dev\.documents\.azure\.com \(ENOTFOUND\).*privatelink\.documents\.azure\.com/,
        );
        const wrapped = new Error("request failed", { cause: Object.assign(new Error("connect ETIMEDOUT"), { code: "ETIMEDOUT" }) });
        assert.match(explainAccessFailure(wrapped, CTX) ?? "", /cannot reach .* \(ETIMEDOUT\): no network path/);
        const noLogin = Object.assign(new Error("DefaultAzureCredential failed to retrieve a token"), { name: "CredentialUnavailableError" });
        assert.match(explainAccessFailure(noLogin, CTX) ?? "", /no Entra ID credential: DefaultAzureCredential found none\. Sign in \(`az login`/);
    });

    it("leaves ordinary failures to the step, with status and first line", () => {
        const e = cosmosError(409, "Entity with the specified id already exists in the system.\nActivityId: x");
        assert.strictEqual(explainAccessFailure(e, CTX), undefined);
        assert.strictEqual(isAccessFailure(e, CTX), false);
        assert.strictEqual(describeFailure(e, CTX), "409: Entity with the specified id already exists in the system.");
        assert.strictEqual(isAccessFailure(cosmosError(429, "Request rate is large"), CTX), false, "throttling is not missing access");
        assert.strictEqual(
            explainAccessFailure(cosmosError(404, "Entity with the specified id does not exist in the system."), CTX),
            undefined,
            "a missing item is not a missing container",
        );
        assert.match(
            explainAccessFailure(cosmosError(404, 'Message: {"Errors":["Owner resource does not exist"]}'), CTX) ?? "",
            /container 'orders' does not exist at contoso-cosmos-dev\.documents\.azure\.com \(404\)/,
        );
    });
});

describe("verify: its own items", () => {
    const orders: ContainerShape = { partitionKeyPaths: ["/tenantId", "/customerId"], uniqueKeys: [] };
    const customers: ContainerShape = { partitionKeyPaths: ["/tenantId"], uniqueKeys: [["/email"], ["/profile/handle", "/tenantId"]], defaultTtl: -1 };

    it("fills every level of a hierarchical key with the run's value, overriding the example's", () => {
        const item = buildItem(orders, "vfy-1", "main", 2, { tenantId: "contoso", total: 5 });
        assert.deepStrictEqual(item, { id: "vfy-1-main", [MARKER]: "vfy-1", tenantId: "vfy-1-p2", customerId: "vfy-1-p2", total: 5 });
        assert.deepStrictEqual(partitionKeyOf(orders, "vfy-1", 2), ["vfy-1-p2", "vfy-1-p2"]);
        assert.strictEqual(partitionKeyOf(customers, "vfy-1", 0), "vfy-1-p0");
    });

    it("gives unique-key paths unique values, nested paths included, and leaves the partition key alone", () => {
        const a = buildItem(customers, "vfy-1", "a", 0);
        const b = buildItem(customers, "vfy-1", "b", 0);
        assert.notStrictEqual(a.email, b.email);
        assert.strictEqual(typeof (a.profile as Record<string, unknown>).handle, "string");
        assert.strictEqual(a.tenantId, "vfy-1-p0");
    });

    it("quotes property names in SQL and pins queries to the partition", () => {
        assert.strictEqual(sqlProperty("/profile/first-name"), 'c["profile"]["first-name"]');
        assert.deepStrictEqual(partitionFilter(orders, "r", 1), {
            sql: 'c["tenantId"] = @pk0 AND c["customerId"] = @pk1',
            parameters: [
                { name: "@pk0", value: "r-p1" },
                { name: "@pk1", value: "r-p1" },
            ],
        });
    });

    it("breaks a schema sample by removing a required field that only the schema checks", () => {
        const bad = schemaViolation(orders, "r", { schemaVersion: 1, tenantId: "t", status: "open" }, ["id", "schemaVersion", "tenantId", "status"]);
        assert.strictEqual(bad?.removed, "status");
        assert.ok(bad && !("status" in bad.item) && !(MARKER in bad.item));
        assert.strictEqual(schemaViolation(orders, "r", {}, ["id", "tenantId"]), undefined);
    });

    it("makes run ids unique per run and short", () => {
        const id = newRunId(new Date("2026-11-27T12:00:00Z"), () => 0.5);
        assert.match(id, /^vfy-[0-9a-z]+-[0-9a-z]{4}$/);
        assert.ok(id.length <= 20);
    });
});

describe("verify: the report", () => {
    it("reads RU charges from responses and from error headers", () => {
        assert.strictEqual(requestCharge({ requestCharge: 5.71 }), 5.71);
        assert.strictEqual(requestCharge({ headers: { "x-ms-request-charge": "1.24" } }), 1.24);
        assert.strictEqual(requestCharge(undefined), 0);
    });

    it("renders a table with RU and ms for operations that ran, and what was left behind", () => {
        const report: VerifyReport = {
            formatVersion: 1,
            host: "h",
            database: "d",
            container: "c",
            profile: "full",
            runId: "vfy-x",
            startedAt: "t",
            steps: [
                { name: "create", does: "", status: "ok", ru: 6.29, ms: 12 },
                { name: "transactional-batch", does: "", status: "skipped", ru: 0, ms: 0, note: "why" },
            ],
            cleanup: { deleted: 1, leftBehind: [{ id: "vfy-x-a", partitionKey: "vfy-x-p0" }] },
            summary: { ok: 1, failed: 0, skipped: 1, notRun: 0, ru: 6.29, ms: 12 },
        };
        const text = renderReport(report);
        assert.match(text, /create +ok +6\.29 +12/);
        assert.match(text, /transactional-batch +skipped +why/);
        assert.match(text, /LEFT BEHIND: vfy-x-a \(partition key "vfy-x-p0"\)/);
        assert.match(text, /verify: 1 ok, 0 failed, 1 skipped; 6\.29 RU in 12 ms/);
    });
});
