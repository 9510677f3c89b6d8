/**
 * The policy pack entry point, and the only place that constructs the PolicyPack: the constructor
 * starts the gRPC server the Pulumi engine talks to. Run it with
 *
 *   pulumi preview --policy-pack policies --policy-pack-config policies/config/<stack>.json
 *
 * The CLI runs it compiled (package.json `main`: dist/policies/index.js, built by `npm run build`).
 * See docs/policies.md. Offline, tooling/review/policy runs the same rules without this file.
 */
// First, before any rule loads: refuse to run a build older than its sources.
import "./lib/fresh-build";
import { PolicyPack } from "@pulumi/policy";
import { PACK_ENFORCEMENT_LEVEL, PACK_NAME, policies } from "./pack";

new PolicyPack(PACK_NAME, {
    policies,
    enforcementLevel: PACK_ENFORCEMENT_LEVEL,
    description: "Azure Cosmos DB (NoSQL API) standards: network, identity, data safety, reliability, cost and operations.",
    provider: "azure",
    tags: ["azure", "cosmosdb"],
});
