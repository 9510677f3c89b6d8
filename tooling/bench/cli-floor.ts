/**
 * The floor of `pulumi preview`'s start-up: a bare JavaScript program, run from the build by the
 * SDK's launcher exactly as index.ts is (bench/startup.ts), that registers the same Azure
 * resources as the platform did in the same run: same types, logical names, inputs, options and
 * dependencies (as `dependsOn`), flat, from a recording of the platform's registrations
 * (COSMOS_BENCH_FLOOR_RECORDING, written by startup.ts). It loads @pulumi/pulumi and the
 * azure-native and azuread modules those resources live in, and nothing else: no components, no
 * config validation, no YAML. Every module is loaded before the first registration, as a
 * hand-written program's imports would be. Inputs are literals where the platform passes Outputs:
 * a floor slightly lower than a hand-written program's, never higher.
 */
import * as fs from "fs";
import { RecordedResource, replay, resourceClass } from "./replay";

interface FloorRecording {
    resources: RecordedResource[];
    /** The platform's stack outputs, as plan values: exported again so output registration is measured too. */
    outputs: Record<string, unknown>;
}

const file = process.env.COSMOS_BENCH_FLOOR_RECORDING;
if (!file) throw new Error("bench floor: set COSMOS_BENCH_FLOOR_RECORDING to a recording (bench/startup.ts writes one)");
const recording = JSON.parse(fs.readFileSync(file, "utf8")) as FloorRecording;

for (const type of new Set(recording.resources.map((r) => r.type))) resourceClass(type);
replay(recording.resources, new Map());
Object.assign(module.exports, recording.outputs);
