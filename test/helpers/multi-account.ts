/**
 * A multi-account stack (the `accounts` form) for the tooling's tests: a scratch project that
 * links this one and adds `Pulumi.multi.yaml` with three accounts:
 *
 * - `contoso-cosmos-eu`: provisioned, two zone-redundant regions, the project's shared data model,
 *   private endpoint `pe-cosmos`, its own monitoring (budget 6000);
 * - `contoso-cosmos-us`: its own resource group and data model (`appdb/orders` keyed by
 *   `/customerId` alone, unlike the shared model's hierarchical key, and a `tenants` database), a
 *   private endpoint also named `pe-cosmos`, its own monitoring (budget 500);
 * - `contoso-cosmos-lab`: serverless, the shared data model, no private endpoint and no Defender.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PROJECT_DIR } from "./config";

export const MULTI_STACK = "multi";
export const MULTI_ACCOUNTS = ["contoso-cosmos-eu", "contoso-cosmos-us", "contoso-cosmos-lab"] as const;

export const MULTI_STACK_FILE = `# Three accounts in one stack (test fixture of test/helpers/multi-account.ts).
config:
  cosmos-platform:environment: multi
  cosmos-platform:production: true
  cosmos-platform:resourceGroup:
    name: rg-cosmos-multi
  cosmos-platform:throughput:
    default: { mode: autoscale, maxThroughput: 1000 }
  cosmos-platform:network:
    publicNetworkAccess: Disabled
  cosmos-platform:accounts:
    - name: contoso-cosmos-eu
      regions:
        - { name: westeurope, zoneRedundant: true }
        - { name: northeurope, zoneRedundant: true }
      backup: { type: Continuous, tier: Continuous30Days }
      network:
        publicNetworkAccess: Disabled
        virtualNetwork:
          name: vnet-cosmos-eu
          addressSpace: 10.40.0.0/16
          subnets:
            - { name: private-endpoints, prefix: 10.40.1.0/24 }
        privateEndpoints:
          - { name: pe-cosmos, subnet: private-endpoints }
      security: { defender: true }
      monitoring:
        workspace: { name: log-contoso-cosmos-eu }
        actionGroups:
          - name: ag-cosmos-eu
            shortName: cosmos-eu
            emails: [{ name: team, address: cosmos-team@contoso.example }]
        budget: { amount: 6000, startDate: "2026-12-01" }
    - name: contoso-cosmos-us
      regions:
        - { name: eastus, zoneRedundant: false }
      resourceGroup: { name: rg-cosmos-multi-us, location: eastus }
      network:
        publicNetworkAccess: Disabled
        virtualNetwork:
          name: vnet-cosmos-us
          addressSpace: 10.50.0.0/16
          subnets:
            - { name: private-endpoints, prefix: 10.50.1.0/24 }
        # The same endpoint name as the EU account's, in another resource group: Azure allows it.
        privateEndpoints:
          - { name: pe-cosmos, subnet: private-endpoints }
      monitoring:
        workspace: { name: log-contoso-cosmos-us }
        actionGroups:
          - name: ag-cosmos-us
            shortName: cosmos-us
            emails: [{ name: team, address: cosmos-us@contoso.example }]
        budget: { amount: 500, startDate: "2026-12-01" }
      throughput:
        default: { mode: manual, throughput: 400 }
      databases:
        - name: appdb
          containers:
            - name: orders
              partitionKey: { paths: [/customerId] }
              accessPatterns:
                dataSizeGB: 5
                itemSizeKB: 2
                peakRUs: 300
                partitionKeyCardinality: 20000
                pointReadsPerSecond: 20
                writesPerSecond: 5
                queries:
                  - name: ordersOfCustomer
                    sql: SELECT * FROM c WHERE c.customerId = @customerId
                    parameters: { "@customerId": c-1 }
                    callsPerSecond: 10
        - name: tenants
          containers:
            - name: profiles
              partitionKey: { paths: [/tenantId] }
    - name: contoso-cosmos-lab
      regions:
        - { name: westeurope, zoneRedundant: false }
      serverless: true
      backup: { type: Continuous, tier: Continuous7Days }
      throughput: {}
      security: { defender: false }
      monitoring:
        workspace: { name: log-contoso-cosmos-lab }
        actionGroups:
          - name: ag-cosmos-lab
            shortName: cosmos-lab
            emails: [{ name: team, address: cosmos-lab@contoso.example }]
`;

/** A scratch project linking this one, with `Pulumi.multi.yaml` (or the given text). Remove it with `fs.rmSync`. */
export function multiAccountProject(stackFile: string = MULTI_STACK_FILE): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-platform-multi-"));
    for (const name of fs.readdirSync(PROJECT_DIR)) {
        if (name === ".git" || /^Pulumi\..+\.yaml$/.test(name)) continue;
        fs.symlinkSync(path.join(PROJECT_DIR, name), path.join(dir, name));
    }
    fs.writeFileSync(path.join(dir, `Pulumi.${MULTI_STACK}.yaml`), stackFile);
    return dir;
}
