import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { checkSchemaSubset, generateValidationTrigger, ITEM_SCHEMA_TRIGGER, JsonObject, loadItemSchema, schemaVersions } from "../../stack/item-schema";
import { baseline, expectProblem, parse, PROJECT_DIR } from "../helpers/config";
import { one } from "../helpers/records";
import { committedStack } from "../helpers/stacks";

const ORDERS = "schemas/appdb/orders.schema.json";
/** The baseline stack's raw config, down to the containers these tests change. */
type RawStack = Record<string, unknown> & { databases: { containers: Record<string, unknown>[] }[] };

/**
 * Runs a trigger body as Cosmos DB would: the function, called with a stubbed getContext() whose
 * request carries the item and the operation. Returns the error message, or undefined if accepted.
 */
function runTrigger(body: string, item: unknown, operation = "Create"): string | undefined {
    const request = { getBody: () => item, getOperationType: () => operation, setBody: () => undefined };
    const sandbox = { getContext: () => ({ getRequest: () => request }) };
    try {
        vm.runInNewContext(`${body}\n${ITEM_SCHEMA_TRIGGER}();`, sandbox, { timeout: 1000 });
        return undefined;
    } catch (e) {
        return e instanceof Error || (e && typeof (e as Error).message === "string") ? (e as Error).message : String(e);
    }
}

function ordersTrigger(): { body: string; example: Record<string, unknown> } {
    const loaded = loadItemSchema(PROJECT_DIR, ORDERS);
    assert.ok(loaded.ok, loaded.ok ? "" : loaded.problem);
    return { body: loaded.value.triggerBody, example: (loaded.value.schema.examples as JsonObject[])[0] };
}

describe("item schemas: the generated validation pre-trigger", () => {
    it("accepts the schema's own example, on create, replace and upsert", () => {
        const { body, example } = ordersTrigger();
        for (const op of ["Create", "Replace", "Upsert"]) assert.strictEqual(runTrigger(body, example, op), undefined, op);
    });

    it("rejects a missing required field, a wrong type, an unknown enum value and a too-long string, listing each", () => {
        const { body, example } = ordersTrigger();
        const bad = { ...example, status: "lost", total: "25", currency: "EURO" } as Record<string, unknown>;
        delete bad.customerId;
        const message = runTrigger(body, bad) ?? "";
        assert.match(message, /^ItemSchemaViolation \(schemas\/appdb\/orders\.schema\.json, current schemaVersion 1\): /);
        assert.match(message, /\/customerId: is required/);
        assert.match(message, /\/status: must be one of "open", "paid", "shipped", "delivered", "cancelled", got "lost"/);
        assert.match(message, /\/total: expected number, got "25"/);
        assert.match(message, /\/currency: at most 3 characters, got 4/);
    });

    it("checks nested arrays: item count, integer quantities, minimums and closed line objects", () => {
        const { body, example } = ordersTrigger();
        assert.match(runTrigger(body, { ...example, lines: [] }) ?? "", /\/lines: at least 1 items, got 0/);
        const message = runTrigger(body, { ...example, lines: [{ sku: "A", quantity: 1.5, unitPrice: -1, colour: "red" }] }) ?? "";
        assert.match(message, /\/lines\/0\/quantity: expected integer, got 1\.5/);
        assert.match(message, /\/lines\/0\/unitPrice: at least 0, got -1/);
        assert.match(message, /\/lines\/0\/colour: is not allowed \(additionalProperties is false\)/);
    });

    it("refuses a write with another schemaVersion, and accepts null where the type allows it", () => {
        const { body, example } = ordersTrigger();
        assert.match(runTrigger(body, { ...example, schemaVersion: 2 }) ?? "", /\/schemaVersion: must be 1, got 2/);
        assert.strictEqual(runTrigger(body, { ...example, shippedAt: null }), undefined);
        assert.match(runTrigger(body, { ...example, shippedAt: 5 }) ?? "", /\/shippedAt: expected string or null, got 5/);
    });

    it("lets deletes through and ignores system properties", () => {
        const { body, example } = ordersTrigger();
        assert.strictEqual(runTrigger(body, undefined, "Delete"), undefined);
        const closed = generateValidationTrigger(
            { type: "object", required: ["schemaVersion"], additionalProperties: false, properties: { schemaVersion: { type: "integer", const: 1 } } },
            "x.json",
            [1],
        );
        assert.strictEqual(runTrigger(closed, { schemaVersion: 1, id: "a", ttl: 5, _etag: "e", _ts: 1 }), undefined);
        assert.match(runTrigger(closed, { schemaVersion: 1, extra: true }) ?? "", /\/extra: is not allowed/);
        assert.match(runTrigger(body, { ...example, lines: "none" }) ?? "", /\/lines: expected array/);
    });

    it("compiles to a function whose body starts with the declaration, as Cosmos DB expects", () => {
        const { body } = ordersTrigger();
        assert.match(body, /^function validateItemSchema\(\) \{\n/);
        assert.doesNotMatch(body, /=>|\b(let|const)\s+[A-Za-z_$]|`/, "ES5 only: the server-side runtime is not a modern Node");
    });
});

describe("item schemas: what the generator accepts", () => {
    it("refuses keywords the trigger would not check, naming the JSON pointer", () => {
        const problems = checkSchemaSubset({ type: "object", properties: { email: { type: "string", pattern: "@" }, tags: { items: { oneOf: [] } } } });
        assert.ok(
            problems.some((p) => p.startsWith("#/properties/email: keyword 'pattern' is not supported")),
            problems.join("\n"),
        );
        assert.ok(
            problems.some((p) => p.startsWith("#/properties/tags/items: keyword 'oneOf' is not supported")),
            problems.join("\n"),
        );
        assert.deepStrictEqual(checkSchemaSubset({ type: "objekt" }), [
            '#/type: a type is one of string, number, integer, boolean, object, array, null (or a list of them); got "objekt"',
        ]);
        assert.deepStrictEqual(checkSchemaSubset({ additionalProperties: { type: "string" } }), [
            "#/additionalProperties: only true or false is supported, not a schema",
        ]);
    });

    it("requires the schemaVersion convention and reads the accepted versions", () => {
        assert.deepStrictEqual(
            schemaVersions({ type: "object", required: ["schemaVersion"], properties: { schemaVersion: { type: "integer", enum: [2, 1] } } }),
            { versions: [1, 2] },
        );
        const missing = schemaVersions({ type: "object", properties: {} });
        assert.ok("problem" in missing && /every item carries an integer 'schemaVersion'/.test(missing.problem));
        const noList = schemaVersions({ type: "object", required: ["schemaVersion"], properties: { schemaVersion: { type: "integer" } } });
        assert.ok("problem" in noList && /list the accepted versions with const or enum/.test(noList.problem));
    });

    it("is a config error at the container's itemSchema, with the file and the reason", () => {
        const dir = fs.mkdtempSync(path.join(PROJECT_DIR, "test", "fixtures", ".tmp-schema-"));
        try {
            const rel = path.relative(PROJECT_DIR, path.join(dir, "bad.schema.json"));
            fs.writeFileSync(
                path.join(PROJECT_DIR, rel),
                JSON.stringify({
                    type: "object",
                    required: ["schemaVersion"],
                    properties: { schemaVersion: { type: "integer", const: 1 }, sku: { type: "string", format: "uuid", pattern: "^S" } },
                }),
            );
            const raw = baseline() as RawStack;
            raw.databases[0].containers[0].itemSchema = rel;
            expectProblem(raw, "databases[0].containers[0].itemSchema", `item schema '${rel}'`, "#/properties/sku: keyword 'pattern' is not supported");
            raw.databases[0].containers[0].itemSchema = "schemas/none.schema.json";
            expectProblem(raw, "databases[0].containers[0].itemSchema", "does not exist");
            raw.databases[0].containers[0].itemSchema = "schemas/appdb/orders.schema.yaml";
            expectProblem(raw, "databases[0].containers[0].itemSchema", "is a .json file");
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("deploys the generated trigger with the container, for every operation, and refuses a trigger of the same name", () => {
        const raw = baseline() as RawStack;
        raw.databases[0].containers[0].itemSchema = ORDERS;
        const container = parse(raw).databases[0].containers[0];
        const trigger = container.triggers.find((t) => t.name === ITEM_SCHEMA_TRIGGER);
        assert.ok(trigger);
        assert.strictEqual(trigger.type, "Pre");
        assert.strictEqual(trigger.operation, "All");
        assert.strictEqual(trigger.file, ORDERS);
        assert.deepStrictEqual(container.itemSchema, { file: ORDERS, versions: [1], triggerName: ITEM_SCHEMA_TRIGGER });
        raw.databases[0].containers[0].triggers = [{ name: ITEM_SCHEMA_TRIGGER, file: "scripts/triggers/stampUpdatedAt.js", type: "Pre", operation: "All" }];
        expectProblem(raw, "databases[0].containers[0].triggers[0].name", "generated from itemSchema");
    });

    it("deploys the orders schema trigger in the committed prod stack, next to the container", async () => {
        const prod = await committedStack("prod");
        const trigger = one(prod.resources, "cosmosdb:SqlResourceSqlTrigger", `appdb/orders/${ITEM_SCHEMA_TRIGGER}`);
        const resource = trigger.inputs.resource as Record<string, unknown>;
        assert.strictEqual(resource.triggerType, "Pre");
        assert.strictEqual(resource.triggerOperation, "All");
        assert.strictEqual(resource.body, ordersTrigger().body);
        assert.strictEqual(trigger.inputs.containerName, "orders");
    });
});
