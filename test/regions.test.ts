import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { REGION_NAME } from "../components/shared/primitives";
import { editDistance, findRegion, REGIONS, regionHasZones, suggestRegions, zoneRegionsIn } from "../components/shared/regions";
import { PROJECT_DIR } from "./helpers/config";

describe("region catalogue", () => {
    it("lists each programmatic name once, in the form ARM uses", () => {
        const names = REGIONS.map((r) => r.name);
        assert.strictEqual(new Set(names).size, names.length, "a region is listed twice");
        for (const name of names) assert.match(name, REGION_NAME);
    });

    it("finds every region by its display name too (how ARM and stack exports may spell locations)", () => {
        for (const r of REGIONS) assert.strictEqual(findRegion(r.displayName), r, r.displayName);
    });

    it("names only catalogued regions as pairs", () => {
        for (const r of REGIONS) if (r.pair !== undefined) assert.ok(findRegion(r.pair), `${r.name}'s pair ${r.pair} is not catalogued`);
    });

    it("keeps the asymmetric pairs Microsoft lists as asymmetric", () => {
        // https://learn.microsoft.com/azure/reliability/regions-paired#asymmetrically-paired-regions
        assert.strictEqual(findRegion("brazilsouth")?.pair, "southcentralus");
        assert.strictEqual(findRegion("southcentralus")?.pair, "northcentralus");
        assert.strictEqual(findRegion("westindia")?.pair, "southindia");
        assert.strictEqual(findRegion("southindia")?.pair, "centralindia");
        assert.strictEqual(findRegion("westus3")?.pair, "eastus");
        assert.strictEqual(findRegion("eastus")?.pair, "westus");
    });

    it("knows zones per region and nothing about regions it does not list", () => {
        assert.strictEqual(regionHasZones("westeurope"), true);
        assert.strictEqual(regionHasZones("West US"), false);
        assert.strictEqual(regionHasZones("usgovvirginia"), undefined, "sovereign clouds are not in the public-cloud list");
    });

    it("offers open zone regions of the same geography, never restricted ones", () => {
        const us = zoneRegionsIn("United States");
        assert.ok(us.includes("eastus2") && us.includes("westus3"));
        assert.ok(!us.includes("westus") && !us.includes("northcentralus"), "regions without zones are not offered");
        assert.deepStrictEqual(zoneRegionsIn("Sweden"), ["swedencentral"]);
    });
});

describe("region suggestions", () => {
    it("counts an adjacent transposition as one edit", () => {
        assert.strictEqual(editDistance("westeuorpe", "westeurope"), 1);
        assert.strictEqual(editDistance("eastus", "eastus2"), 1);
        assert.strictEqual(editDistance("", "abc"), 3);
    });

    it("suggests the intended region for a typo, a display name and a missing digit", () => {
        assert.deepStrictEqual(suggestRegions("westeuorpe"), ["westeurope"]);
        assert.deepStrictEqual(suggestRegions("West Europe"), ["westeurope"]);
        assert.deepStrictEqual(suggestRegions("swedencentrl"), ["swedencentral"]);
        assert.deepStrictEqual(suggestRegions("eastus3").slice(0, 2), ["eastus", "eastus2"], "ties keep the catalogue's order");
    });

    it("suggests nothing for a name far from every region", () => {
        assert.deepStrictEqual(suggestRegions("mars"), []);
        assert.deepStrictEqual(suggestRegions(""), []);
    });
});

describe("policy configs and the region catalogue", () => {
    for (const stack of ["dev", "prod"]) {
        it(`policies/config/${stack}.json allows only catalogued regions`, () => {
            const config = JSON.parse(fs.readFileSync(path.join(PROJECT_DIR, "policies", "config", `${stack}.json`), "utf8")) as Record<string, unknown>;
            const rule = config["cosmosdb-allowed-locations"] as { allowedLocations: string[] };
            for (const name of rule.allowedLocations) assert.ok(findRegion(name), `${name} is not a catalogued region`);
        });
    }
});
