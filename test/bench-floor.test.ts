/**
 * The benchmark's floor (bench/bare.ts) is only a fair comparison while it registers exactly the
 * platform's Azure resources: same types, names, inputs, options and dependencies. A component
 * change the floor does not follow makes the ratio meaningless, so this fails first.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bareProgram } from "../tooling/bench/bare";
import { readRecording, recordedResources, writeRecording } from "../tooling/bench/replay";
import { scenarioInput } from "../tooling/bench/scenarios";
import { synthesizeFiles } from "../tooling/review/synth";
import { parseStackConfig, rawConfigFromPulumi } from "../stack/config";
import { committedStack } from "./helpers/stacks";

describe("bench floor", () => {
    it("registers the same Azure resources as the platform for prod", async () => {
        const { files, overrides } = scenarioInput("prod");
        const platform = await committedStack("prod");
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosmos-bench-floor-"));
        try {
            writeRecording(dir, "prod", platform);
            const config = parseStackConfig(rawConfigFromPulumi({ ...files.config, ...overrides }, files.project), {
                project: files.project,
                baseDir: files.projectDir,
            }).accounts[0];
            const bare = await synthesizeFiles(files, { configOverrides: overrides, program: bareProgram(config, readRecording(dir, "prod")) });
            const key = (r: { type: string; name: string }) => `${r.type}::${r.name}`;
            const floor = new Map(recordedResources(bare).map((r) => [key(r), r]));
            for (const r of recordedResources(platform)) assert.deepStrictEqual(floor.get(key(r)), r, key(r));
            assert.strictEqual(floor.size, recordedResources(platform).length);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
