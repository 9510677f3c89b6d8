import { PolicyRecord } from "../../tooling/model/records";

/**
 * A `pulumi stack export` document holding `records` as deployed resources, in the engine's
 * format (apitype DeploymentV3: options that were not set are absent, `protect` only when true).
 */
export function stackExport(records: readonly PolicyRecord[]): {
    version: 3;
    deployment: { manifest: Record<string, unknown>; resources: Record<string, unknown>[] };
} {
    return {
        version: 3,
        deployment: {
            manifest: { time: "2026-11-30T08:00:00Z", magic: "", version: "v3.248.0" },
            resources: records.map((r) => ({
                urn: r.urn,
                custom: r.custom,
                ...(r.custom ? { id: `/subscriptions/00000000-0000-0000-0000-000000000000/fake/${r.name}` } : {}),
                type: r.type,
                inputs: r.inputs,
                outputs: r.inputs,
                ...(r.parent ? { parent: r.parent } : {}),
                ...(r.options.protect ? { protect: true } : {}),
                ...(r.options.retainOnDelete ? { retainOnDelete: true } : {}),
                dependencies: r.dependencies,
                created: "2026-11-30T08:00:00Z",
                modified: "2026-11-30T08:00:00Z",
            })),
        },
    };
}
