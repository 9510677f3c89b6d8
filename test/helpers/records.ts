import * as assert from "assert";
import { ResourceRecord } from "../../tooling/model/plan-record";

export function ofType(records: readonly ResourceRecord[], type: string): ResourceRecord[] {
    return records.filter((r) => r.type === `azure-native:${type}`);
}

export function one(records: readonly ResourceRecord[], type: string, name?: string): ResourceRecord {
    const found = ofType(records, type).filter((r) => name === undefined || r.name === name);
    assert.strictEqual(found.length, 1, `expected one ${type}${name ? ` named ${name}` : ""}, found ${found.length}`);
    return found[0];
}
