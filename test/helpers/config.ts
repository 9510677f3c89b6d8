import * as assert from "assert";
import * as path from "path";
import { ConfigError, formatPath, parseStackConfig, PlatformConfig, ResolvedStack } from "../../stack/config";

export const PROJECT_DIR = path.resolve(__dirname, "..", "..");

/**
 * A fully valid config: one region, provisioned, one database with one container and a sproc.
 * Typed loosely on purpose: each test breaks one nested value of it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function baseline(): Record<string, any> {
    return {
        environment: "test",
        resourceGroup: { name: "rg-test" },
        account: {
            name: "test-account",
            regions: [{ name: "westeurope" }],
        },
        databases: [
            {
                name: "app",
                containers: [
                    {
                        name: "orders",
                        partitionKey: { paths: ["/tenantId"] },
                        storedProcedures: [{ name: "reserveStock", file: "scripts/sprocs/reserveStock.js" }],
                    },
                ],
            },
        ],
        throughput: { default: { mode: "manual", throughput: 400 } },
    };
}

/** The config of a single-account stack (its one account, resolved). */
export function parse(raw: Record<string, unknown>, secretKeys: string[] = []): PlatformConfig {
    return parseStack(raw, secretKeys).accounts[0];
}

/** The whole resolved stack (for the `accounts` form). */
export function parseStack(raw: Record<string, unknown>, secretKeys: string[] = []): ResolvedStack {
    return parseStackConfig(raw, { project: "cosmos-platform", baseDir: PROJECT_DIR, secretKeys: new Set(secretKeys) });
}

/** Asserts the config is rejected with a problem at `path` whose message contains every fragment. */
export function expectProblem(raw: Record<string, unknown>, pathText: string, ...fragments: string[]): ConfigError {
    let error: unknown;
    try {
        parse(raw);
    } catch (e) {
        error = e;
    }
    const got = error instanceof Error ? String(error) : error === undefined ? "success" : JSON.stringify(error);
    assert.ok(ConfigError.isInstance(error), `expected a ConfigError, got ${got}`);
    const problems = error.problems.filter((p) => formatPath(p.path) === pathText);
    assert.ok(problems.length > 0, `no problem at ${pathText}; problems were:\n${error.message}`);
    const matching = problems.find((p) => fragments.every((f) => p.message.includes(f)));
    assert.ok(matching, `problem at ${pathText} lacks ${JSON.stringify(fragments)}:\n${problems.map((p) => p.message).join("\n")}`);
    assert.ok(error.message.includes(pathText), "the error message names the key path");
    return error;
}

/** Production stacks must route alerts somewhere: the smallest valid action group. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withOncall<T extends Record<string, any>>(raw: T): T {
    return {
        ...raw,
        monitoring: {
            ...(raw.monitoring as Record<string, unknown> | undefined),
            actionGroups: [{ name: "ag-oncall", shortName: "oncall", emails: [{ name: "oncall", address: "oncall@example.com" }] }],
        },
    };
}
