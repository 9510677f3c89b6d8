/**
 * Cost rules: throughput caps on databases and containers.
 */
import { PolicyConfigSchema, ResourceValidationArgs, ResourceValidationPolicy } from "@pulumi/policy";
import { LIMITS } from "../components/shared/limits";
import { TYPES } from "./lib/types";
import { configWithDefaults, known } from "./lib/values";

interface ThroughputProps {
    accountName?: string;
    databaseName?: string;
    containerName?: string;
    options?: { throughput?: number; autoscaleSettings?: { maxThroughput?: number } };
}

const THROUGHPUT_TYPES: readonly string[] = [TYPES.database, TYPES.container];

/** `container 'appdb/orders'` or `database 'ops'`, from the Azure names when known. */
export function dataLabel(props: ThroughputProps, args: ResourceValidationArgs): string {
    const db = known(() => props.databaseName);
    const container = known(() => props.containerName);
    if (args.type === TYPES.container) return `container '${db !== undefined && container !== undefined ? `${db}/${container}` : args.name}'`;
    return `database '${db ?? args.name}'`;
}

/** Runs `check` on SQL databases and containers; every other type is not applicable. */
function onThroughputOwners(check: (props: ThroughputProps, args: ResourceValidationArgs, report: (m: string) => void) => void) {
    return (args: ResourceValidationArgs, report: (m: string) => void): void => {
        if (!THROUGHPUT_TYPES.includes(args.type)) args.notApplicable(`Policy only applies to resources of type '${TYPES.database}' or '${TYPES.container}'`);
        check(args.props as ThroughputProps, args, report);
    };
}

const manualSchema: PolicyConfigSchema = {
    properties: {
        maxThroughput: {
            type: "integer",
            minimum: LIMITS.manualMin,
            default: 10000,
            description: "Highest manual RU/s a database or container may provision.",
        },
    },
};

export const maxManualThroughput: ResourceValidationPolicy = {
    name: "cosmosdb-max-manual-throughput",
    description:
        "Manual (standard) throughput on a database or container stays under a cap, so a typo cannot provision (and bill) a hundred times the intended RU/s.",
    enforcementLevel: "advisory",
    severity: "medium",
    tags: ["cost"],
    remediationSteps: "Lower the throughput (stack config throughput.*), or raise maxThroughput in the stack's policy config after a capacity review.",
    url: "https://learn.microsoft.com/azure/cosmos-db/set-throughput",
    configSchema: manualSchema,
    validateResource: onThroughputOwners((props, args, report) => {
        const { maxThroughput } = configWithDefaults<{ maxThroughput: number }>(manualSchema, args.getConfig());
        const value = props.options?.throughput;
        if (typeof value === "number" && value > maxThroughput) {
            report(`${dataLabel(props, args)} has manual throughput ${value} RU/s; accepted: at most ${maxThroughput} RU/s (policy config maxThroughput)`);
        }
    }),
};

const autoscaleSchema: PolicyConfigSchema = {
    properties: {
        maxAutoscaleThroughput: {
            type: "integer",
            minimum: LIMITS.autoscaleMin,
            default: 10000,
            description: "Highest autoscale maximum (Tmax) RU/s a database or container may set.",
        },
    },
};

export const maxAutoscaleThroughput: ResourceValidationPolicy = {
    name: "cosmosdb-max-autoscale-throughput",
    description:
        "Autoscale maximum throughput (Tmax) on a database or container stays under a cap: the bill follows the highest RU/s reached each hour, up to Tmax.",
    enforcementLevel: "advisory",
    severity: "medium",
    tags: ["cost"],
    remediationSteps:
        "Lower autoscale maxThroughput (stack config throughput.*), or raise maxAutoscaleThroughput in the stack's policy config after a capacity review.",
    url: "https://learn.microsoft.com/azure/cosmos-db/provision-throughput-autoscale",
    configSchema: autoscaleSchema,
    validateResource: onThroughputOwners((props, args, report) => {
        const { maxAutoscaleThroughput } = configWithDefaults<{ maxAutoscaleThroughput: number }>(autoscaleSchema, args.getConfig());
        const value = props.options?.autoscaleSettings?.maxThroughput;
        if (typeof value === "number" && value > maxAutoscaleThroughput) {
            report(
                `${dataLabel(props, args)} has autoscale max throughput ${value} RU/s; accepted: at most ${maxAutoscaleThroughput} RU/s (policy config maxAutoscaleThroughput)`,
            );
        }
    }),
};
