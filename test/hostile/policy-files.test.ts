import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { main as azurePolicyMain } from "../../tooling/review/cli/azure-policy";
import { main as policyMain } from "../../tooling/review/cli/policy";
import { assertRefused, documents, PROJECT_DIR, run, scratch } from "./helpers";

const BUILTIN = path.join(PROJECT_DIR, "test", "fixtures", "azure-policy", "builtin");

describe("hostile input: Azure Policy definition and assignment files, policy config files", () => {
    const tmp = scratch();
    after(() => tmp.remove());
    const from = () => tmp.file("plan.json", documents.plan());
    /** A definitions directory holding one real built-in and whatever `setup` adds. */
    function definitions(name: string, setup: (dir: string) => void): string {
        const dir = path.join(tmp.dir, name);
        fs.mkdirSync(dir);
        fs.copyFileSync(path.join(BUILTIN, "AllowedLocations_Deny.json"), path.join(dir, "AllowedLocations_Deny.json"));
        setup(dir);
        return dir;
    }

    it("refuses a symbolic link loop among the definitions in one line", async () => {
        const dir = definitions("loop", (d) => fs.symlinkSync(d, path.join(d, "again")));
        assertRefused(await run(azurePolicyMain, ["--from", from(), "--definitions", dir]), "a symbolic link loop", path.join(dir, "again"));
        const selfLink = definitions("self-link", (d) => fs.symlinkSync("me.json", path.join(d, "me.json")));
        assertRefused(await run(azurePolicyMain, ["--from", from(), "--definitions", selfLink]), "a symbolic link loop");
    });

    it("refuses a dangling link among the definitions, naming where it points", async () => {
        const dir = definitions("dangling", (d) => fs.symlinkSync(path.join(d, "gone.json"), path.join(d, "link.json")));
        assertRefused(await run(azurePolicyMain, ["--from", from(), "--definitions", dir]), "link.json", "a symbolic link to", "which does not exist");
    });

    it("refuses a FIFO named like a definition instead of blocking on it forever", async function () {
        const dir = definitions("fifo", () => undefined);
        const made = spawnSync("mkfifo", [path.join(dir, "pipe.json")]);
        if (made.status !== 0) this.skip();
        assertRefused(await run(azurePolicyMain, ["--from", from(), "--definitions", dir]), "pipe.json", "not a regular file");
    });

    it("refuses malformed, empty, truncated and absurdly nested definition files in one line each", async () => {
        const cases: [string, string, string][] = [
            ["malformed", "{ policyRule: }", "is not JSON"],
            ["empty", "", "is empty"],
            ["truncated", fs.readFileSync(path.join(BUILTIN, "AllowedLocations_Deny.json"), "utf8").slice(0, 300), "looks truncated"],
            ["deep", `{"properties":{"policyRule":{"if":${'{"allOf":['.repeat(3000)}{}${"]}".repeat(3000)},"then":{"effect":"deny"}}}}`, "nests deeper than"],
            ["scalar", "42", "is not a JSON object"],
        ];
        for (const [name, text, fragment] of cases) {
            const dir = definitions(name, (d) => fs.writeFileSync(path.join(d, "bad.json"), text));
            assertRefused(await run(azurePolicyMain, ["--from", from(), "--definitions", dir]), "bad.json", fragment);
            assertRefused(await run(azurePolicyMain, ["--from", from(), "--definitions", BUILTIN, "--assignments", path.join(dir, "bad.json")]), fragment);
        }
    });

    it("refuses a malformed or absurdly nested policy pack config in one line", async () => {
        const plan = from();
        for (const [text, fragment] of [
            ["{ nope", "is not JSON"],
            [`{"cosmosdb-multi-region": ${"[".repeat(1000)}${"]".repeat(1000)}}`, "nests deeper than"],
            ['{"cosmosdb-multi-region": "sometimes"}', "is not a valid enforcement level"],
        ]) {
            assertRefused(await run(policyMain, ["--from", plan, "--config", tmp.file("config.json", text)]), fragment);
        }
    });
});
