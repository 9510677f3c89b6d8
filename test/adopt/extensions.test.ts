/**
 * Adopting what belongs to an account besides its data: private endpoints and their DNS zone
 * groups, the diagnostic setting, the delete lock, control-plane role assignments, a customer-managed
 * key, and custom roles assignable below the account. The secured fixture round-trips (roundtrip.test.ts);
 * here: what the stack file says, the logical names, what is left as it is (noted), what cannot be
 * said (exit 1, named), what is not this estate's (exit 2), and the REST API's own examples.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { adoptEstate, AdoptOutcome } from "../../tooling/adopt/adopt";
import { main } from "../../tooling/adopt/cli";
import { classifyOrSkip } from "../../tooling/adopt/documents";
import { Inputs } from "../../tooling/adopt/inputs";
import { loadStackFiles } from "../../tooling/review/stack-files";
import { ResourceRecord } from "../../tooling/model/plan-record";
import { synthesizeFiles } from "../../tooling/review/synth";
import { StackConfigInput } from "../../stack/config/schema";
import { FIXTURES, fixtureFiles, fixtureInputs, listFiles, tempProject } from "./helpers";

/**
 * A resource document as Azure returns it, with what these tests read from or change in one: the fields they
 * follow further are typed, those of one kind optional (a control-plane role assignment is flat, as `az role assignment list` prints it).
 */
interface Doc {
    id: string;
    name: string;
    type?: string;
    identity: { userAssignedIdentities: Record<string, unknown>; [field: string]: unknown };
    properties: {
        privateLinkServiceConnections?: { properties: { privateLinkServiceId: string; [field: string]: unknown }; [field: string]: unknown }[];
        privateDnsZoneConfigs?: Record<string, unknown>[];
        logs?: Record<string, unknown>[];
        assignableScopes?: string[];
        [field: string]: unknown;
    };
    roleDefinitionId: string;
    scope: string;
    [field: string]: unknown;
}
/** The stack file's config: `cosmos-platform:<key>` for each key of the stack config. */
type StackFileConfig = { [K in keyof StackConfigInput as `cosmos-platform:${K}`]: StackConfigInput[K] };

const SUB = "2b7c4d9e-1f3a-4c5b-8d6e-0a1b2c3d4e5f";
const GROUP = `/subscriptions/${SUB}/resourceGroups/rg-ledger-prod`;
const ACCOUNT = `${GROUP}/providers/Microsoft.DocumentDB/databaseAccounts/ledger-cosmos-prod`;
const ENDPOINT = `${GROUP}/providers/Microsoft.Network/privateEndpoints/pe-ledger-prod`;
const IDENTITY = `${GROUP}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-ledger-cmk`;

/** The secured estate's raw documents (lists flattened), changed by `change`, classified; skipped ones noted. */
function variant(change: (docs: Doc[]) => void = () => undefined): Inputs {
    const dir = path.join(FIXTURES, "secured");
    const raw = fs.readdirSync(dir).flatMap((f) => {
        const doc = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as unknown;
        return Array.isArray(doc) ? (doc as unknown[]) : ((doc as { value?: unknown[] }).value ?? [doc]);
    }) as Doc[];
    change(raw);
    const inputs: Inputs = { docs: [], skipped: [] };
    raw.forEach((d, i) => {
        const read = classifyOrSkip(d, `variant[${i}]`);
        if ("skipped" in read) inputs.skipped.push(read.skipped);
        else inputs.docs.push(read);
    });
    return inputs;
}

const byId = (docs: Doc[], suffix: string) => docs.find((d) => typeof d.id === "string" && d.id.endsWith(suffix)) as Doc;
const ofType = (docs: Doc[], type: string) => docs.filter((d) => d.type === type);

describe("npm run adopt: private endpoints, diagnostics, locks, control-plane roles, customer-managed keys", function () {
    this.timeout(120000);
    let project: ReturnType<typeof tempProject>;
    let secured: AdoptOutcome;
    let config: StackFileConfig;
    let counter = 0;
    const adopt = (inputs: Inputs, environment = "prod") =>
        adoptEstate(inputs, { stack: `v${++counter}`, environment, projectDir: project.dir, inputLabels: ["variant"] });
    /** The problems of a variant that cannot be adopted (exit 1), shortened to `<property>: <reason>`. */
    const gaps = async (change: (docs: Doc[]) => void): Promise<string[]> => {
        const outcome = await adopt(variant(change));
        assert.strictEqual(outcome.code, 1, outcome.report);
        assert.deepStrictEqual(outcome.written, []);
        return outcome.problems.map((p) => p.replace(/^\S+: /, ""));
    };

    before(async () => {
        project = tempProject();
        secured = await adoptEstate(fixtureInputs("secured"), { stack: "ledger", environment: "prod", projectDir: project.dir, inputLabels: ["secured"] });
        assert.strictEqual(secured.code, 0, secured.problems.join("\n"));
        config = (parseYaml(fs.readFileSync(path.join(project.dir, "Pulumi.ledger.yaml"), "utf8")) as { config: StackFileConfig }).config;
    });
    after(() => project.remove());

    it("writes each as the stack config says it: endpoint and zone, setting and workspace, lock, control roles, key, narrow custom roles", () => {
        const network = config["cosmos-platform:network"]!;
        assert.deepStrictEqual(network.privateEndpoints, [
            {
                name: "pe-ledger-prod",
                connectionName: "pe-ledger-prod",
                subnet: `/subscriptions/${SUB}/resourceGroups/rg-network-prod/providers/Microsoft.Network/virtualNetworks/vnet-spoke-prod/subnets/snet-data`,
                ipConfigurations: [
                    { memberName: "ledger-cosmos-prod", privateIPAddress: "10.40.2.4", name: "pestaticconfig" },
                    { memberName: "ledger-cosmos-prod-westeurope", privateIPAddress: "10.40.2.5", name: "pestaticconfig2" },
                ],
                networkInterfaceName: "pe-ledger-prod-nic",
            },
        ]);
        assert.strictEqual(
            network.privateDnsZoneId,
            `/subscriptions/${SUB}/resourceGroups/rg-dns-hub/providers/Microsoft.Network/privateDnsZones/privatelink.documents.azure.com`,
        );
        const monitoring = config["cosmos-platform:monitoring"]!;
        assert.deepStrictEqual(monitoring.workspace, {
            id: `/subscriptions/${SUB}/resourceGroups/rg-monitor-hub/providers/Microsoft.OperationalInsights/workspaces/log-platform-prod`,
        });
        assert.strictEqual(monitoring.diagnostics!.name, "send-to-platform-logs");
        assert.deepStrictEqual(
            monitoring.diagnostics!.logCategories,
            ["DataPlaneRequests", "QueryRuntimeStatistics", "ControlPlaneRequests"],
            "enabled ones, in Azure's order",
        );
        assert.deepStrictEqual(monitoring.diagnostics!.metricCategories, ["Requests"]);
        assert.deepStrictEqual(monitoring.alerts, { "hot-partition": { enabled: false } }, "the one profile alert whose table the setting does not fill");
        assert.deepStrictEqual(config["cosmos-platform:security"], {
            defender: false,
            deleteLock: { name: "ledger-no-delete", notes: "Ledger data: ask #ledger-oncall before removing." },
            customerManagedKey: { keyVaultKeyUri: "https://kv-ledger-prod.vault.azure.net/keys/cosmos-ledger", identity: IDENTITY },
        });
        const access = config["cosmos-platform:access"]!;
        assert.deepStrictEqual(access.controlRoles, [
            {
                principal: "ce2ce14e-85d7-4629-bdbc-454d0519d987",
                principalType: "User",
                role: "Cosmos DB Operator",
                id: "05c5a614-a7d6-4502-b150-c2fb455033ff",
            },
            {
                principal: "8d9e0f1a-2b3c-4d4e-9f5a-7b8c9d0e1f2a",
                principalType: "Group",
                role: "CosmosBackupOperator",
                scope: "resourceGroup",
                id: "7c8d9e0f-1a2b-4c3d-8e4f-6a7b8c9d0e1f",
            },
        ]);
        assert.deepStrictEqual(
            access.customRoles!.map((r) => r.assignableScopes),
            [[{ database: "sales" }, { database: "purchases" }], [{ database: "sales", container: "orders" }]],
        );
        const text = fs.readFileSync(path.join(project.dir, "Pulumi.ledger.yaml"), "utf8");
        assert.match(
            text,
            /# set by adopt: reads CDBPartitionKeyRUConsumption, which the adopted setting does not send \(add PartitionKeyRUConsumption to it, then remove this\)\n\s*hot-partition:/,
        );
        assert.match(text, /# project default: the whole account\n\s*assignableScopes:/);
        assert.match(
            secured.report,
            /account ledger-cosmos-prod \(resource group rg-ledger-prod\): 1 region, 2 databases, 2 containers, 0 scripts, 2 custom roles, 2 data-plane role assignments; also 1 private endpoint, 2 control-plane role assignments, diagnostic setting 'send-to-platform-logs', delete lock 'ledger-no-delete', customer-managed key\n/,
        );
    });

    it("imports each under its ARM id and the logical name a greenfield stack gives it, with the key's identity on the account", () => {
        const records = secured.records as ResourceRecord[];
        const imported = (type: string, name: string) => records.find((r) => r.type === type && r.name === name)?.options.import;
        assert.strictEqual(imported("azure-native:network:PrivateEndpoint", "pe-ledger-prod"), ENDPOINT);
        assert.strictEqual(imported("azure-native:network:PrivateDnsZoneGroup", "pe-ledger-prod/dns"), `${ENDPOINT}/privateDnsZoneGroups/default`);
        assert.strictEqual(
            imported("azure-native:monitor:DiagnosticSetting", "ledger-cosmos-prod/diagnostics"),
            `${ACCOUNT}/providers/Microsoft.Insights/diagnosticSettings/send-to-platform-logs`,
        );
        assert.strictEqual(
            imported("azure-native:authorization:ManagementLockAtResourceLevel", "ledger-cosmos-prod/cannot-delete"),
            `${ACCOUNT}/providers/Microsoft.Authorization/locks/ledger-no-delete`,
        );
        assert.strictEqual(
            imported("azure-native:authorization:RoleAssignment", "ce2ce14e-85d7-4629-bdbc-454d0519d987/cosmos-db-operator/account"),
            `${ACCOUNT}/providers/Microsoft.Authorization/roleAssignments/05c5a614-a7d6-4502-b150-c2fb455033ff`,
        );
        assert.strictEqual(
            imported("azure-native:authorization:RoleAssignment", "8d9e0f1a-2b3c-4d4e-9f5a-7b8c9d0e1f2a/cosmosbackupoperator/resourceGroup"),
            `${GROUP}/providers/Microsoft.Authorization/roleAssignments/7c8d9e0f-1a2b-4c3d-8e4f-6a7b8c9d0e1f`,
        );
        const parents = new Map(records.map((r) => [r.name, r.parent?.split("::").pop()]));
        assert.deepStrictEqual(
            [parents.get("pe-ledger-prod"), parents.get("ledger-cosmos-prod/diagnostics"), parents.get("ledger-cosmos-prod/cannot-delete")],
            ["network", "monitoring", "account"],
        );
        const account = records.find((r) => r.type === "azure-native:cosmosdb:DatabaseAccount") as ResourceRecord;
        assert.deepStrictEqual(
            [account.inputs.identity, account.inputs.keyVaultKeyUri, account.inputs.defaultIdentity],
            [
                { type: "SystemAssigned,UserAssigned", userAssignedIdentities: [IDENTITY] },
                "https://kv-ledger-prod.vault.azure.net/keys/cosmos-ledger",
                `UserAssignedIdentity=${IDENTITY}`,
            ],
        );
        const definition = records.find((r) => r.name === "role:orders-reader") as ResourceRecord;
        assert.deepStrictEqual(definition.inputs.assignableScopes, [`${ACCOUNT}/dbs/sales/colls/orders`]);
        // Only the diagnostic setting of monitoring is planned while importing: no workspace, alert or workbook is created.
        assert.deepStrictEqual(
            records.filter((r) => r.custom && /:(monitor|operationalinsights|applicationinsights):/.test(r.type)).map((r) => r.type),
            ["azure-native:monitor:DiagnosticSetting"],
        );
    });

    it("lists what it leaves as it is (the group's lock, the group's other roles, the subscription's) and no longer calls the adopted endpoint's connection unadopted", () => {
        assert.match(
            secured.report,
            /locks\/rg-guard: a lock on resource group 'rg-ledger-prod', inherited by the account: the stack leaves the group unmanaged \(resourceGroup\.create: false\), so the lock is not adopted and stays as it is/,
        );
        assert.match(
            secured.report,
            /an assignment of 'Contributor' at resource group 'rg-ledger-prod', not a Cosmos DB role of access\.controlRoles: not adopted, it stays as it is/,
        );
        assert.match(secured.report, /an assignment at the subscription, inherited by the account: not adopted, it stays as it is/);
        assert.doesNotMatch(secured.report, /private endpoint connection to/);
        const withoutEndpoint = fixtureFiles("secured").filter((f) => !/private-endpoint|dns-zone/.test(f));
        return adoptEstate(
            {
                ...fixtureInputs("secured"),
                docs: fixtureInputs("secured").docs.filter((d) => d.kind !== "privateEndpoint" && d.kind !== "privateDnsZoneGroup"),
            },
            { stack: "no-pe", environment: "prod", projectDir: project.dir, inputLabels: withoutEndpoint },
        ).then((outcome) => {
            assert.strictEqual(outcome.code, 0, outcome.problems.join("\n"));
            assert.match(
                outcome.report,
                /private endpoint connection to \/subscriptions\/.+\/privateEndpoints\/pe-ledger-prod: not adopted without the endpoint's own document \(az network private-endpoint show\); it stays as it is/,
            );
        });
    });

    it("changes none of them when the import switch is removed, and then adds only monitoring's alerts and workbook", async () => {
        const files = loadStackFiles(project.dir, "ledger");
        delete files.config["cosmos-platform:import"];
        // Production alerts need someone to reach (the runbook's step 5).
        const monitoring = JSON.parse(String(files.config["cosmos-platform:monitoring"])) as Record<string, unknown>;
        monitoring.actionGroups = [{ name: "ag-ledger", shortName: "ledger", emails: [{ name: "oncall", address: "oncall@example.com" }] }];
        files.config["cosmos-platform:monitoring"] = JSON.stringify(monitoring);
        const after = (await synthesizeFiles(files)).resources;
        const byUrn = new Map(after.map((r) => [r.urn, r]));
        for (const imported of (secured.records as ResourceRecord[]).filter((r) => r.options.import)) {
            const same = byUrn.get(imported.urn);
            assert.ok(same, `${imported.urn} is gone without the switch`);
            assert.deepStrictEqual(same.inputs, imported.inputs, `${imported.urn} changes without the switch`);
        }
        const before = new Set((secured.records as ResourceRecord[]).map((r) => r.urn));
        const added = [...new Set(after.filter((r) => r.custom && !before.has(r.urn)).map((r) => r.type))].sort();
        // Defender stays off (security.defender: false) until it is turned on; the workspace is the existing one.
        assert.deepStrictEqual(added, [
            "azure-native:applicationinsights:Workbook",
            "azure-native:monitor:ActionGroup",
            "azure-native:monitor:ActivityLogAlert",
            "azure-native:monitor:MetricAlert",
            "azure-native:monitor:ScheduledQueryRule",
        ]);
        assert.ok(
            !after.some((r) => r.type === "azure-native:monitor:ScheduledQueryRule" && r.name.endsWith("hot-partition")),
            "the alert turned off for its missing table stays off",
        );
    });

    it("exits 1 naming what an endpoint or its zone group holds that the stack config cannot say", async () => {
        assert.deepStrictEqual(
            await gaps((docs) => {
                const pe = byId(docs, "/privateEndpoints/pe-ledger-prod");
                pe.tags = { owner: "network-team" };
                pe.properties.privateLinkServiceConnections![0].properties.requestMessage = "Please approve my connection.";
                pe.properties.applicationSecurityGroups = [{ id: "asg-data" }];
                byId(docs, "/privateDnsZoneGroups/default").properties.privateDnsZoneConfigs![0].name = "cosmos";
            }),
            [
                'tags = {"owner":"network-team"}: the stack tags its endpoints as the account ({"costCenter":"7301","owner":"ledger-team"}); align the endpoint\'s tags in Azure first',
                'properties.privateLinkServiceConnections[0].requestMessage = "Please approve my connection.": the program sends no request message with an auto-approved connection',
                'properties.applicationSecurityGroups = [{"id":"asg-data"}]: application security groups on an endpoint are not in the stack config',
                "properties.privateDnsZoneConfigs[0].name = \"cosmos\": the stack names the zone config 'privatelink-documents-azure-com'",
            ],
        );
        assert.deepStrictEqual(
            await gaps((docs) => {
                const pe = byId(docs, "/privateEndpoints/pe-ledger-prod");
                pe.properties.privateLinkServiceConnections![0].properties.groupIds = ["SqlDedicated"];
                byId(docs, "/privateDnsZoneGroups/default").name = "cosmos-dns";
                byId(docs, "/privateDnsZoneGroups/default").id = `${ENDPOINT}/privateDnsZoneGroups/cosmos-dns`;
            }),
            [
                'properties.privateLinkServiceConnections[0].groupIds = ["SqlDedicated"]: the stack config adopts endpoints of group Sql (a dedicated gateway\'s SqlDedicated endpoint comes with the gateway, which adopt does not take)',
                "name = \"cosmos-dns\": the stack names an endpoint's zone group 'default' (a rename replaces it)",
            ],
        );
        // In another resource group (a network team's), or naming the account in another spelling.
        const elsewhere = await gaps((docs) => {
            for (const doc of [byId(docs, "/privateEndpoints/pe-ledger-prod"), byId(docs, "/privateDnsZoneGroups/default")])
                doc.id = doc.id.replace("rg-ledger-prod", "rg-network-prod");
        });
        assert.deepStrictEqual(
            elsewhere.map((g) => g.split(":")[0]),
            ['resourceGroup = "2b7c4d9e-1f3a-4c5b-8d6e-0a1b2c3d4e5f/rg-network-prod"'],
        );
        assert.match(elsewhere[0], /the stack creates an account's endpoints in its resource group \(rg-ledger-prod\); this one is elsewhere/);
        const spelled = await gaps((docs) => {
            const connection = byId(docs, "/privateEndpoints/pe-ledger-prod").properties.privateLinkServiceConnections![0].properties;
            connection.privateLinkServiceId = connection.privateLinkServiceId.replace("Microsoft.DocumentDB", "Microsoft.DocumentDb");
        });
        assert.match(
            spelled[0],
            /^properties\.privateLinkServiceConnections\[0\]\.privateLinkServiceId = "\/subscriptions\/[^"]+\/Microsoft\.DocumentDb\/databaseAccounts\/ledger-cosmos-prod": the stack connects the endpoint to the account's id as it imports it \(\/subscriptions\/.+\/Microsoft\.DocumentDB\/databaseAccounts\/ledger-cosmos-prod\)/,
        );
    });

    it("adopts a manually approved endpoint with its request message, and one without a zone group as privateDns none", async () => {
        const outcome = await adopt(
            variant((docs) => {
                const pe = byId(docs, "/privateEndpoints/pe-ledger-prod");
                const [connection] = pe.properties.privateLinkServiceConnections!;
                connection.properties.requestMessage = "ledger app, ticket 4711";
                connection.properties.privateLinkServiceConnectionState = { status: "Pending", description: "Awaiting approval", actionsRequired: "None" };
                pe.properties.manualPrivateLinkServiceConnections = [connection];
                pe.properties.privateLinkServiceConnections = [];
                docs.splice(docs.indexOf(byId(docs, "/privateDnsZoneGroups/default")), 1);
            }),
        );
        assert.strictEqual(outcome.code, 0, outcome.problems.join("\n"));
        const record = (outcome.records as ResourceRecord[]).find((r) => r.type === "azure-native:network:PrivateEndpoint") as ResourceRecord;
        assert.deepStrictEqual(record.inputs.manualPrivateLinkServiceConnections, [
            { groupIds: ["Sql"], name: "pe-ledger-prod", privateLinkServiceId: "(known after apply)", requestMessage: "ledger app, ticket 4711" },
        ]);
        assert.strictEqual(record.inputs.privateLinkServiceConnections, undefined);
        const file = (parseYaml(fs.readFileSync(path.join(project.dir, `Pulumi.v${counter}.yaml`), "utf8")) as { config: StackFileConfig }).config;
        const [entry] = file["cosmos-platform:network"]!.privateEndpoints!;
        assert.deepStrictEqual([entry.manualApproval, entry.privateDns], [{ requestMessage: "ledger app, ticket 4711" }, "none"]);
        assert.strictEqual(file["cosmos-platform:network"]!.privateDnsZoneId, undefined, "no zone: the stack creates none and registers nothing");
        assert.ok(
            !(outcome.records as ResourceRecord[]).some(
                (r) => r.type.startsWith("azure-native:privatedns:") || r.type === "azure-native:network:PrivateDnsZoneGroup",
            ),
        );
    });

    it("exits 1 naming what a diagnostic setting or a lock holds that the stack config cannot say, and a second one of each", async () => {
        const problems = await gaps((docs) => {
            const setting = byId(docs, "/diagnosticSettings/send-to-platform-logs");
            setting.properties.logAnalyticsDestinationType = "AzureDiagnostics";
            setting.properties.logs![0].retentionPolicy = { enabled: true, days: 90 };
            setting.properties.logs!.push({ categoryGroup: "audit", enabled: true });
            setting.properties.marketplacePartnerId =
                "/subscriptions/abcdeabc-1234-1234-ab12-123a1234567a/resourceGroups/test-rg/providers/Microsoft.Datadog/monitors/dd1";
            docs.push({ ...(JSON.parse(JSON.stringify(setting)) as Doc), id: setting.id.replace("send-to-platform-logs", "to-siem"), name: "to-siem" });
            const lock = byId(docs, "/locks/ledger-no-delete");
            docs.push({
                ...(JSON.parse(JSON.stringify(lock)) as Doc),
                id: lock.id.replace("ledger-no-delete", "read-only"),
                name: "read-only",
                properties: { level: "ReadOnly" },
            });
            docs.push({ ...(JSON.parse(JSON.stringify(lock)) as Doc), id: lock.id.replace("ledger-no-delete", "second"), name: "second" });
            lock.properties.owners = [{ applicationId: "app" }];
        });
        assert.deepStrictEqual(
            [...problems].sort(),
            [
                'properties.logAnalyticsDestinationType = "AzureDiagnostics": the project\'s setting writes resource-specific tables (Dedicated), which its alerts read; switch the setting in Azure first',
                'properties.logs[0].retentionPolicy = {"enabled":true,"days":90}: retention through the diagnostic setting is retired and not in the stack config; keep logs with a lifecycle rule on the storage account',
                'properties.logs[5].categoryGroup = "audit": category groups (allLogs, audit) are not in the stack config; list the categories in Azure first',
                "properties.logs[5].category: expected a category name",
                'properties.marketplacePartnerId = "/subscriptions/abcdeabc-1234-1234-ab12-123a1234567a/resourceGroups/test-rg/providers/Microsoft.Datadog/monitors/dd1": a partner solution destination is not in the stack config',
                "name = \"to-siem\": the stack holds one diagnostic setting per account (also 'send-to-platform-logs'); give one setting's document and leave the others out (they stay as they are)",
                'properties.owners = [{"applicationId":"app"}]: lock owners are not in the stack config',
                'properties.level = "ReadOnly": the stack\'s lock is CanNotDelete; a ReadOnly lock also blocks writes the project makes (keys, throughput, failover) and is not in the stack config',
                "name = \"second\": the stack holds one lock per account (also 'ledger-no-delete'); leave this one's document out (it stays as it is) or delete the duplicate in Azure",
            ].sort(),
        );
        // A setting that sends nowhere the project reads.
        const none = await gaps((docs) => (byId(docs, "/diagnosticSettings/send-to-platform-logs").properties.workspaceId = ""));
        assert.deepStrictEqual(none, ['properties.workspaceId = "": the project\'s diagnostic setting sends to a Log Analytics workspace; this one has none']);
    });

    it("exits 1 naming a control-plane assignment the stack config cannot say: another role, a condition, a foreign group, a scope below the account, a duplicate", async () => {
        const problems = await gaps((docs) => {
            const [operator] = ofType(docs, "Microsoft.Authorization/roleAssignments");
            const copy = (name: string, change: (d: Doc) => void) => {
                const d = JSON.parse(JSON.stringify(operator)) as Doc;
                d.id = d.id.replace(operator.name, name);
                d.name = name;
                change(d);
                docs.push(d);
            };
            copy(
                "10000000-0000-4000-8000-000000000001",
                (d) => (d.roleDefinitionId = d.roleDefinitionId.replace("230815da-be43-4aae-9cb4-875f7bd000aa", "b24988ac-6180-42a0-ab88-20f7382dd24c")),
            );
            copy("10000000-0000-4000-8000-000000000002", (d) => {
                d.condition = "@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals 'logs'";
                d.conditionVersion = "2.0";
                d.principalId = "20000000-0000-4000-8000-000000000002";
            });
            copy("10000000-0000-4000-8000-000000000003", (d) => ((d.principalType = "ForeignGroup"), (d.principalId = "20000000-0000-4000-8000-000000000003")));
            copy("10000000-0000-4000-8000-000000000004", (d) => {
                d.scope = `${ACCOUNT}/sqlDatabases/sales`;
                d.id = `${d.scope}/providers/Microsoft.Authorization/roleAssignments/${d.name}`;
            });
            copy("10000000-0000-4000-8000-000000000005", () => undefined);
            copy(
                "10000000-0000-4000-8000-000000000006",
                (d) => (
                    (d.roleDefinitionId = "/providers/Microsoft.Authorization/roleDefinitions/230815da-be43-4aae-9cb4-875f7bd000aa"),
                    (d.principalId = "20000000-0000-4000-8000-000000000006")
                ),
            );
        });
        for (const expected of [
            /^properties\.roleDefinitionId = "\/subscriptions\/.+\/b24988ac-6180-42a0-ab88-20f7382dd24c": not a control-plane role the stack config assigns \(Cosmos DB Operator, .*\); leave its document out to keep it unmanaged$/,
            /^properties\.condition = "@Resource.+": role assignment conditions \(ABAC\) are not in the stack config$/,
            /^properties\.conditionVersion = "2\.0": role assignment conditions \(ABAC\) are not in the stack config$/,
            /^properties\.principalType = "ForeignGroup": the stack config's principal types are User, Group and ServicePrincipal$/,
            /^properties\.scope = ".+\/sqlDatabases\/sales": control-plane assignments below the account \(a database or container\) are not in the stack config; it assigns at the account or its resource group$/,
            /^name = "10000000-0000-4000-8000-000000000005": a second assignment of 'Cosmos DB Operator' to ce2ce14e-85d7-4629-bdbc-454d0519d987 at the same scope \(also 05c5a614-a7d6-4502-b150-c2fb455033ff\); the stack config holds one, so delete the duplicate in Azure first$/,
            /^properties\.roleDefinitionId = "\/providers\/Microsoft\.Authorization\/roleDefinitions\/230815da-be43-4aae-9cb4-875f7bd000aa": the stack names the role as \/subscriptions\/2b7c4d9e-1f3a-4c5b-8d6e-0a1b2c3d4e5f\/providers\/Microsoft\.Authorization\/roleDefinitions\/230815da-be43-4aae-9cb4-875f7bd000aa; a different form would replace the assignment$/,
        ]) {
            assert.ok(
                problems.some((p) => expected.test(p)),
                `${expected} in:\n${problems.join("\n")}`,
            );
        }
        assert.strictEqual(problems.length, 7, problems.join("\n"));
    });

    it("exits 1 naming a customer-managed key the stack config cannot say: read through another identity, several user-assigned identities, a key in a managed HSM", async () => {
        const account = (docs: Doc[]) => byId(docs, "/databaseAccounts/ledger-cosmos-prod");
        const reasons = async (change: (docs: Doc[]) => void) => (await gaps(change)).map((p) => p.replace(/ = .*?: (?=[a-z])/, ": "));
        assert.deepStrictEqual(await reasons((docs) => (account(docs).properties.defaultIdentity = "FirstPartyIdentity")), [
            "identity: the key is read through FirstPartyIdentity; the stack config's customer-managed key uses a user-assigned identity (switch the default identity in Azure first)",
            "properties.keyVaultKeyUri: the key is read through FirstPartyIdentity; the stack config's customer-managed key uses a user-assigned identity (switch the default identity in Azure first)",
        ]);
        const second = `${GROUP}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-ledger-app`;
        const [several] = await reasons((docs) => (account(docs).identity.userAssignedIdentities[second] = { clientId: "c", principalId: "p" }));
        assert.strictEqual(
            several,
            `identity: the stack sends exactly one user-assigned identity, the key's (${IDENTITY}); the account has ${IDENTITY}, ${second} (identity type "SystemAssigned,UserAssigned")`,
        );
        assert.deepStrictEqual(await reasons((docs) => (account(docs).properties.keyVaultKeyUri = "https://hsm-ledger.managedhsm.azure.net/keys/cosmos")), [
            "properties.keyVaultKeyUri: the stack config cannot say it: a key URI is https://<vault>.vault.azure.net/keys/<key>[/<version>]",
        ]);
        assert.deepStrictEqual(
            await reasons((docs) => {
                delete account(docs).properties.keyVaultKeyUri;
                account(docs).properties.defaultIdentity = "FirstPartyIdentity";
            }),
            ["identity: a user-assigned identity without a customer-managed key: the stack attaches one only to read its key"],
        );
    });

    it("exits 1 naming a custom role assignable outside the account, and leaves one assignable in the whole account unsaid", async () => {
        const [problem] = await gaps((docs) =>
            byId(docs, "/sqlRoleDefinitions/2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a").properties.assignableScopes!.push(
                `${GROUP}/providers/Microsoft.DocumentDB/databaseAccounts/other-account/dbs/sales`,
            ),
        );
        assert.strictEqual(
            problem,
            `properties.assignableScopes = "${GROUP}/providers/Microsoft.DocumentDB/databaseAccounts/other-account/dbs/sales": an assignable scope of a custom role is the account id, optionally followed by /dbs/<database> and /colls/<container>`,
        );
        const outcome = await adopt(
            variant((docs) => {
                byId(docs, "/sqlRoleDefinitions/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f").properties.assignableScopes = [ACCOUNT];
            }),
        );
        assert.strictEqual(outcome.code, 0, outcome.problems.join("\n"));
        const file = (parseYaml(fs.readFileSync(path.join(project.dir, `Pulumi.v${counter}.yaml`), "utf8")) as { config: StackFileConfig }).config;
        assert.strictEqual(file["cosmos-platform:access"]!.customRoles![0].assignableScopes, undefined, "the whole account is the default");
        const definition = (outcome.records as ResourceRecord[]).find((r) => r.inputs.roleName === "myRoleName") as ResourceRecord;
        assert.deepStrictEqual(definition.inputs.assignableScopes, [ACCOUNT]);
    });

    it("exits 2 for documents that are not this estate's: an endpoint to another service, a zone group without its endpoint, another resource's setting, an assignment at a group without an account", async () => {
        const examples = (f: string) => path.join(FIXTURES, "rest-examples-extensions", f);
        const secured = fixtureFiles("secured").filter((f) => !/dns-zone-groups|private-endpoint/.test(f));
        const rgRole = path.join(project.dir, "other-group-role.json");
        const roles = JSON.parse(fs.readFileSync(path.join(FIXTURES, "secured", "control-role-assignments.json"), "utf8")) as Doc[];
        fs.writeFileSync(
            rgRole,
            JSON.stringify({ ...roles[1], id: roles[1].id.replace("rg-ledger-prod", "rg-other"), scope: roles[1].scope.replace("rg-ledger-prod", "rg-other") }),
        );
        const before = listFiles(project.dir);
        let stderr = "";
        const code = await main(
            [
                ...[
                    ...secured,
                    examples("private-endpoint-get.json"),
                    examples("dns-zone-group-get.json"),
                    examples("diagnostic-setting-get.json"),
                    path.join(FIXTURES, "secured", "dns-zone-groups.json"),
                    rgRole,
                ].flatMap((f) => ["--from", f]),
                "--stack",
                "bad",
                "--dir",
                project.dir,
            ],
            { stdout: () => undefined, stderr: (t) => (stderr += t) },
        );
        assert.strictEqual(code, 2, stderr);
        const lines = stderr.split("\n").filter(Boolean);
        for (const expected of [
            /private-endpoint-get\.json: private endpoint 'testPe' connects to \/subscriptions\/subId\/resourceGroups\/rg1\/providers\/Microsoft\.Network\/privateLinkServices\/testPls, not to a Cosmos DB account; give only the accounts' endpoints$/,
            /dns-zone-group-get\.json: id '\/subscriptions\/subId\/resourceGroups\/rg1\/providers\/Microsoft\.Network\/privateLinkServices\/testPe\/privateDnsZoneGroups\/testPdnsgroup' is not a private DNS zone group id/,
            /diagnostic-setting-get\.json: diagnostic setting 'mysetting' is of \/subscriptions\/1a66ce04-b633-4a0b-b2bc-a912ec8986a6\/resourcegroups\/viruela1\/providers\/microsoft\.logic\/workflows\/viruela6, not of a Cosmos DB account$/,
            /dns-zone-groups\.json: value\[0\]: privateDnsZoneGroup 'default' belongs to private endpoint 'pe-ledger-prod', which is not in the input; add the endpoint's document \(az network private-endpoint show\)$/,
            /other-group-role\.json: controlRoleAssignment '7c8d9e0f-1a2b-4c3d-8e4f-6a7b8c9d0e1f' belongs to resource group 'rg-other', which is not in the input; add an account of that group, or leave the assignment out$/,
        ]) {
            assert.ok(
                lines.some((l) => expected.test(l)),
                `${expected} in:\n${stderr}`,
            );
        }
        assert.strictEqual(lines.length, 6, stderr);
        assert.strictEqual(lines[5], "Nothing written.");
        assert.deepStrictEqual(listFiles(project.dir), before);
    });

    it("reads the REST API's own examples of these types as Azure returns them: a lock on a group is noted, an assignment of another role is named", async () => {
        const examples = (f: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, "rest-examples-extensions", f), "utf8")) as Doc;
        const lock = classifyOrSkip(examples("lock-get-at-resource-level.json"), "lock");
        assert.deepStrictEqual(lock, {
            skipped:
                "/subscriptions/subscriptionId/resourceGroups/resourcegroupname/providers/Microsoft.Authorization/locks/testlock: a lock on resource group 'resourcegroupname', inherited by the account: the stack leaves the group unmanaged (resourceGroup.create: false), so the lock is not adopted and stays as it is",
        });
        const definition = classifyOrSkip(examples("sql-role-definition-get.json"), "definition");
        assert.ok(!("skipped" in definition) && definition.kind === "roleDefinition" && definition.account === "myAccountName");
        // RoleAssignments_CreateForResource.json: an assignment on a Cosmos DB account (Microsoft.DocumentDb, as the example spells it).
        const assignment = examples("role-assignment-for-resource.json");
        const read = classifyOrSkip(assignment, "assignment");
        assert.ok(!("skipped" in read));
        assert.deepStrictEqual(
            [read.kind, read.scope, read.account, read.accountId],
            [
                "controlRoleAssignment",
                "account",
                "test-db-account",
                "/subscriptions/a925f2f7-5c63-4b7b-8799-25a5f97bc3b2/resourceGroups/testrg/providers/Microsoft.DocumentDB/databaseAccounts/test-db-account",
            ],
        );
        const problems = await gaps((docs) => {
            const d = JSON.parse(JSON.stringify(assignment)) as Doc;
            d.id = d.id.replace(/\/subscriptions\/.*\/databaseAccounts\/test-db-account/, ACCOUNT);
            d.properties.scope = ACCOUNT;
            docs.push(d);
            docs.splice(docs.indexOf(ofType(docs, "Microsoft.Authorization/roleAssignments")[0]), 1);
        });
        assert.deepStrictEqual(problems, [
            'properties.roleDefinitionId = "/providers/Microsoft.Authorization/roleDefinitions/0b5fe924-9a61-425c-96af-cfe6e287ca2d": not a control-plane role the stack config assigns (Cosmos DB Operator, Cosmos DB Account Reader Role, CosmosBackupOperator, CosmosRestoreOperator, DocumentDB Account Contributor); leave its document out to keep it unmanaged',
        ]);
    });
});
