/**
 * The data-plane operations `verify` exercises, in order. Each step makes its requests through
 * the context (which adds up RU charges), throws on a failure, and returns a note or a skip.
 */
import { BulkOperationType, Container, JSONObject, OperationInput, OperationResponse, PatchOperationType, StatusCodes } from "@azure/cosmos";
import {
    buildItem,
    ContainerShape,
    Item,
    MARKER,
    partitionFilter,
    PartitionKeyValue,
    partitionKeyOf,
    schemaSample,
    schemaViolation,
    sqlProperty,
} from "./items";

/** `full`: Azure or the Cosmos DB emulator. `cosmosdb-server`: @vercel/cosmosdb-server, which lacks some features. */
export type Profile = "full" | "cosmosdb-server";
export const PROFILES: readonly Profile[] = ["full", "cosmosdb-server"];

export interface SchemaCheck {
    /** The schema file, for messages. */
    file: string;
    triggerName: string;
    /** The schema's first `examples` entry: the valid item. Undefined = the schema has none. */
    example?: Record<string, unknown>;
    required: string[];
}

export interface StepContext {
    container: Container;
    shape: ContainerShape;
    runId: string;
    schema?: SchemaCheck;
    /** How long to wait for background work (TTL expiry, delete by partition key). */
    waitMs: number;
    /** Adds the request charge of a response (or of an error's headers) to the running step. */
    charge(response: unknown): void;
    /** Remembers an item for cleanup / forgets one that is gone. */
    track(id: string, pk: PartitionKeyValue): void;
    untrack(id: string): void;
    sleep(ms: number): Promise<void>;
    /** State passed between steps. */
    state: { main?: Item; etag?: string; staleEtag?: string; soft?: Item };
}

/** `skipped` set: the step could not run here, and says why. */
export type StepOutcome = { note?: string; skipped?: string };

export interface Step {
    name: string;
    /** What the step proves, for the report and the docs. */
    does: string;
    /** Steps that must have passed first. */
    needs?: string[];
    /** Why the step cannot run against @vercel/cosmosdb-server; undefined = it can. */
    notOnCosmosdbServer?: string;
    run(ctx: StepContext): Promise<StepOutcome>;
}

/** An error a step expected (e.g. 412) or its absence, as a failure with a message. */
export class StepFailure extends Error {}

const statusOf = (e: unknown): number | undefined => {
    const code = (e as { code?: unknown } | undefined)?.code;
    return typeof code === "number" ? code : undefined;
};

async function expectStatus<T>(ctx: StepContext, expected: number, action: () => Promise<T>, what: string): Promise<string> {
    try {
        const res = await action();
        ctx.charge(res);
    } catch (e) {
        ctx.charge(e);
        if (statusOf(e) === expected) return (e as Error).message ?? "";
        throw e;
    }
    throw new StepFailure(`${what}: expected ${expected}, but the request succeeded`);
}

/** Items are plain JSON; the SDK's operation inputs want its own JSON type. */
const body = (item: Item): JSONObject => item as unknown as JSONObject;
/** A batch answers per operation; its charge is their sum. */
const batchCharge = (res: { result?: OperationResponse[] }): { requestCharge: number } => ({
    requestCharge: (res.result ?? []).reduce((sum, r) => sum + (r.requestCharge ?? 0), 0),
});

const pk0 = (ctx: StepContext): PartitionKeyValue => partitionKeyOf(ctx.shape, ctx.runId, 0);
const main = (ctx: StepContext): Item => {
    if (!ctx.state.main) throw new StepFailure("no item from the create step");
    return ctx.state.main;
};

/** Polls `read` until it answers 404 or the wait runs out; returns the seconds it took. */
async function waitUntilGone(ctx: StepContext, read: () => Promise<number>): Promise<number | undefined> {
    const started = Date.now();
    for (;;) {
        if ((await read()) === StatusCodes.NotFound) return Math.round((Date.now() - started) / 100) / 10;
        if (Date.now() - started > ctx.waitMs) return undefined;
        await ctx.sleep(Math.min(2000, ctx.waitMs / 10));
    }
}

export const STEPS: Step[] = [
    {
        name: "create",
        does: "creates an item in the run's own logical partition",
        async run(ctx) {
            const item = buildItem(ctx.shape, ctx.runId, "main", 0, { n: 1 });
            const res = await ctx.container.items.create(item);
            ctx.charge(res);
            ctx.track(item.id, pk0(ctx));
            ctx.state.main = item;
            ctx.state.etag = res.etag;
            return { note: `status ${res.statusCode}` };
        },
    },
    {
        name: "point-read",
        does: "reads the item by id and partition key",
        needs: ["create"],
        async run(ctx) {
            const res = await ctx.container.item(main(ctx).id, pk0(ctx)).read<Item>();
            ctx.charge(res);
            if (res.statusCode !== StatusCodes.Ok || res.resource?.n !== 1)
                throw new StepFailure(`point read answered ${res.statusCode} with n=${String(res.resource?.n)}`);
            return {};
        },
    },
    {
        name: "replace-if-match",
        does: "replaces the item with its current ETag (optimistic concurrency)",
        needs: ["create"],
        async run(ctx) {
            const item = { ...main(ctx), n: 2 };
            const res = await ctx.container.item(item.id, pk0(ctx)).replace(item, { accessCondition: { type: "IfMatch", condition: ctx.state.etag ?? "" } });
            ctx.charge(res);
            ctx.state.staleEtag = ctx.state.etag;
            ctx.state.etag = res.etag;
            ctx.state.main = item;
            return {};
        },
    },
    {
        name: "replace-stale-etag",
        does: "a replace with an outdated ETag is refused with 412",
        needs: ["replace-if-match"],
        async run(ctx) {
            const item = { ...main(ctx), n: 99 };
            await expectStatus(
                ctx,
                StatusCodes.PreconditionFailed,
                () => ctx.container.item(item.id, pk0(ctx)).replace(item, { accessCondition: { type: "IfMatch", condition: ctx.state.staleEtag ?? "" } }),
                "replace with a stale ETag",
            );
            return { note: "412 as expected" };
        },
    },
    {
        name: "upsert",
        does: "upserts a new item (create) and again (replace)",
        async run(ctx) {
            const item = buildItem(ctx.shape, ctx.runId, "upserted", 0, { n: 1 });
            const first = await ctx.container.items.upsert(item);
            ctx.charge(first);
            ctx.track(item.id, pk0(ctx));
            const second = await ctx.container.items.upsert({ ...item, n: 2 });
            ctx.charge(second);
            return { note: `status ${first.statusCode} then ${second.statusCode}` };
        },
    },
    {
        name: "patch",
        does: "patches one property without sending the item",
        needs: ["create"],
        async run(ctx) {
            const res = await ctx.container.item(main(ctx).id, pk0(ctx)).patch<Item>([{ op: PatchOperationType.set, path: "/n", value: 3 }]);
            ctx.charge(res);
            if (res.resource?.n !== 3) throw new StepFailure(`patch left n=${String(res.resource?.n)}`);
            return {};
        },
    },
    {
        name: "bulk-insert",
        does: "bulk-creates 6 items across 3 more logical partitions",
        async run(ctx) {
            const items = [1, 2, 3].flatMap((k) => [0, 1].map((i) => ({ k, item: buildItem(ctx.shape, ctx.runId, `bulk-${k}-${i}`, k, { n: i }) })));
            const operations: OperationInput[] = items.map(({ k, item }) => ({
                operationType: BulkOperationType.Create,
                resourceBody: body(item),
                partitionKey: partitionKeyOf(ctx.shape, ctx.runId, k),
            }));
            const results = await ctx.container.items.executeBulkOperations(operations);
            results.forEach((r, i) => {
                ctx.charge(r.response);
                if (r.response && r.response.statusCode < 300) ctx.track(items[i].item.id, partitionKeyOf(ctx.shape, ctx.runId, items[i].k));
            });
            const failed = results.filter((r) => !r.response || r.response.statusCode >= 300);
            if (failed.length > 0)
                throw new StepFailure(
                    `${failed.length} of ${results.length} bulk creates failed: ${failed.map((r) => r.error?.message ?? r.response?.statusCode).join(", ")}`,
                );
            return {};
        },
    },
    {
        name: "query-partition",
        does: "queries within the run's logical partition (partition key in the WHERE clause too)",
        needs: ["create", "upsert"],
        async run(ctx) {
            const filter = partitionFilter(ctx.shape, ctx.runId, 0);
            const iterator = ctx.container.items.query<Item>(
                {
                    query: `SELECT * FROM c WHERE ${filter.sql} AND ${sqlProperty(`/${MARKER}`)} = @run`,
                    parameters: [...filter.parameters, { name: "@run", value: ctx.runId }],
                },
                { partitionKey: pk0(ctx), enableScanInQuery: true },
            );
            const res = await iterator.fetchAll();
            ctx.charge(res);
            const ids = res.resources.map((r) => r.id).sort();
            const expected = [`${ctx.runId}-main`, `${ctx.runId}-upserted`];
            if (JSON.stringify(ids) !== JSON.stringify(expected)) throw new StepFailure(`expected ${expected.join(", ")}; got ${ids.join(", ") || "nothing"}`);
            return {};
        },
    },
    {
        name: "query-cross-partition",
        does: "queries 3 logical partitions, 2 items per page, following continuation tokens",
        needs: ["bulk-insert"],
        async run(ctx) {
            const first = ctx.shape.partitionKeyPaths[0];
            const values = [1, 2, 3].map((k) => ({ name: `@p${k}`, value: `${ctx.runId}-p${k}` }));
            const iterator = ctx.container.items.query<Item>(
                {
                    query: `SELECT * FROM c WHERE ${sqlProperty(first)} IN (${values.map((v) => v.name).join(", ")}) AND ${sqlProperty(`/${MARKER}`)} = @run`,
                    parameters: [...values, { name: "@run", value: ctx.runId }],
                },
                { maxItemCount: 2, enableScanInQuery: true },
            );
            let pages = 0;
            const ids: string[] = [];
            while (iterator.hasMoreResults() && pages < 50) {
                const page = await iterator.fetchNext();
                ctx.charge(page);
                if (page.resources.length > 0) pages += 1;
                ids.push(...page.resources.map((r) => r.id));
            }
            if (ids.length !== 6 || new Set(ids).size !== 6)
                throw new StepFailure(`expected the 6 bulk items; got ${ids.length} (${[...new Set(ids)].length} distinct)`);
            if (pages < 2) throw new StepFailure(`expected several pages of at most 2 items; got ${pages}`);
            return { note: `${ids.length} items in ${pages} pages` };
        },
    },
    {
        name: "transactional-batch",
        does: "a batch in one partition commits together; a batch with a failing operation leaves nothing behind",
        needs: ["create"],
        notOnCosmosdbServer: "@vercel/cosmosdb-server has no transactional batch",
        async run(ctx) {
            const a = buildItem(ctx.shape, ctx.runId, "batch-a", 0);
            const b = buildItem(ctx.shape, ctx.runId, "batch-b", 0);
            const ok = await ctx.container.items.batch(
                [
                    { operationType: BulkOperationType.Create, resourceBody: body(a) },
                    { operationType: BulkOperationType.Upsert, resourceBody: body(b) },
                ],
                pk0(ctx),
            );
            ctx.charge(batchCharge(ok));
            const codes = (ok.result ?? []).map((r) => r.statusCode);
            if (codes.length !== 2 || codes.some((c) => c >= 300)) throw new StepFailure(`batch answered ${codes.join(", ") || "nothing"}`);
            ctx.track(a.id, pk0(ctx));
            ctx.track(b.id, pk0(ctx));
            const c = buildItem(ctx.shape, ctx.runId, "batch-c", 0);
            // The second create collides with the main item, so the whole batch must roll back.
            const failed = await ctx.container.items.batch(
                [
                    { operationType: BulkOperationType.Create, resourceBody: body(c) },
                    { operationType: BulkOperationType.Create, resourceBody: body(main(ctx)) },
                ],
                pk0(ctx),
            );
            ctx.charge(batchCharge(failed));
            const read = await ctx.container.item(c.id, pk0(ctx)).read();
            ctx.charge(read);
            if (read.statusCode !== StatusCodes.NotFound) {
                ctx.track(c.id, pk0(ctx));
                throw new StepFailure("a failed batch left its first operation committed");
            }
            return { note: "commit and rollback" };
        },
    },
    {
        name: "soft-delete-ttl",
        does: "soft-deletes an item by giving it a per-item ttl",
        async run(ctx) {
            if (ctx.shape.defaultTtl === undefined)
                return { skipped: "the container has no defaultTtl, so a per-item ttl is ignored (set defaultTtl: -1 to allow it)" };
            const item = buildItem(ctx.shape, ctx.runId, "soft", 0, { deleted: true, ttl: 5 });
            const res = await ctx.container.items.create(item);
            ctx.charge(res);
            ctx.track(item.id, pk0(ctx));
            ctx.state.soft = item;
            return { note: "ttl 5 s" };
        },
    },
    {
        name: "ttl-expiry",
        does: "the soft-deleted item disappears once its ttl has passed",
        needs: ["soft-delete-ttl"],
        notOnCosmosdbServer: "@vercel/cosmosdb-server does not expire items",
        async run(ctx) {
            const soft = ctx.state.soft;
            if (!soft) return { skipped: "no soft-deleted item (the container has no defaultTtl)" };
            const seconds = await waitUntilGone(ctx, async () => {
                const res = await ctx.container.item(soft.id, pk0(ctx)).read();
                ctx.charge(res);
                return res.statusCode;
            });
            if (seconds === undefined) throw new StepFailure(`the item was still readable after ${ctx.waitMs / 1000} s (ttl 5 s)`);
            ctx.untrack(soft.id);
            return { note: `gone after ${seconds} s` };
        },
    },
    {
        name: "schema-accepts-valid",
        does: "a write requesting the item-schema trigger succeeds for a valid item",
        notOnCosmosdbServer: "@vercel/cosmosdb-server does not run triggers",
        async run(ctx) {
            if (!ctx.schema) return { skipped: "the container has no itemSchema" };
            if (!ctx.schema.example) return { skipped: `${ctx.schema.file} has no examples[0] to use as the valid item` };
            const item = schemaSample(ctx.shape, ctx.runId, ctx.schema.example);
            const res = await ctx.container.items.create(item, { preTriggerInclude: [ctx.schema.triggerName] });
            ctx.charge(res);
            ctx.track(item.id, pk0(ctx));
            return {};
        },
    },
    {
        name: "schema-rejects-invalid",
        does: "a write requesting the item-schema trigger is refused for an invalid item",
        notOnCosmosdbServer: "@vercel/cosmosdb-server does not run triggers",
        async run(ctx) {
            if (!ctx.schema) return { skipped: "the container has no itemSchema" };
            if (!ctx.schema.example) return { skipped: `${ctx.schema.file} has no examples[0] to derive an invalid item from` };
            const bad = schemaViolation(ctx.shape, ctx.runId, ctx.schema.example, ctx.schema.required);
            if (!bad) return { skipped: "the schema requires nothing beyond id, partition key and schemaVersion" };
            try {
                const res = await ctx.container.items.create(bad.item, { preTriggerInclude: [ctx.schema.triggerName] });
                ctx.charge(res);
                ctx.track(bad.item.id, pk0(ctx));
            } catch (e) {
                ctx.charge(e);
                if (statusOf(e) === StatusCodes.BadRequest && /ItemSchemaViolation/.test(String((e as Error).message)))
                    return { note: `refused without '${bad.removed}'` };
                throw e;
            }
            throw new StepFailure(`an item without required '${bad.removed}' was accepted: is the trigger deployed (pulumi up)?`);
        },
    },
    {
        name: "hard-delete",
        does: "deletes the item; a read then answers 404",
        needs: ["create"],
        async run(ctx) {
            const res = await ctx.container.item(main(ctx).id, pk0(ctx)).delete();
            ctx.charge(res);
            ctx.untrack(main(ctx).id);
            const read = await ctx.container.item(main(ctx).id, pk0(ctx)).read();
            ctx.charge(read);
            if (read.statusCode !== StatusCodes.NotFound) throw new StepFailure(`read after delete answered ${read.statusCode}`);
            return {};
        },
    },
    {
        name: "delete-by-partition-key",
        does: "deletes a whole logical partition in one request, where the account enables it",
        needs: ["bulk-insert"],
        notOnCosmosdbServer: "@vercel/cosmosdb-server has no delete by partition key",
        async run(ctx) {
            const pk = partitionKeyOf(ctx.shape, ctx.runId, 3);
            try {
                const res = await ctx.container.deleteAllItemsForPartitionKey(pk);
                ctx.charge(res);
            } catch (e) {
                ctx.charge(e);
                const message = String((e as Error).message);
                if (
                    (statusOf(e) === 400 || statusOf(e) === 403) &&
                    /not enabled|disabled|DeleteAllItemsByPartitionKey|feature/i.test(message) &&
                    !/RBAC/i.test(message)
                ) {
                    return { skipped: "not enabled on this account (capability DeleteAllItemsByPartitionKey)" };
                }
                throw e;
            }
            const id = `${ctx.runId}-bulk-3-0`;
            const seconds = await waitUntilGone(ctx, async () => {
                const res = await ctx.container.item(id, pk).read();
                ctx.charge(res);
                return res.statusCode;
            });
            if (seconds === undefined) throw new StepFailure(`items of the partition were still readable after ${ctx.waitMs / 1000} s`);
            ctx.untrack(id);
            ctx.untrack(`${ctx.runId}-bulk-3-1`);
            return { note: `gone after ${seconds} s (runs in the background)` };
        },
    },
];
