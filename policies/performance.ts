/**
 * Performance rules on containers.
 */
import { ResourceValidationPolicy, validateResourceOfType } from "@pulumi/policy";
import { dataLabel } from "./cost";
import { SqlContainer } from "./lib/types";
import { show } from "./lib/values";

export const partitionKeyVersion2: ResourceValidationPolicy = {
    name: "cosmosdb-partition-key-version-2",
    description:
        "Containers use partition key version 2, which hashes values up to 2 KB (version 1 hashes only the first 100 bytes, so long keys collide into hot partitions) and is required for hierarchical keys.",
    enforcementLevel: "advisory",
    severity: "low",
    tags: ["performance"],
    remediationSteps: "Set resource.partitionKey.version to 2. The version cannot change on an existing container: create a new one and migrate.",
    url: "https://learn.microsoft.com/azure/cosmos-db/large-partition-keys",
    validateResource: validateResourceOfType(SqlContainer, (container, args, report) => {
        const key = container.resource?.partitionKey;
        if (key === undefined || key.version === 2) return;
        const note = key.version === undefined ? ", which Azure treats as 1" : "";
        report(`${dataLabel(container, args)} has partitionKey.version ${show(key.version)}${note}; accepted: 2`);
    }),
};
