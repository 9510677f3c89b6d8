import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { privateNetworkRules } from "../../components/network/component";
import { collectProblems, formatPath } from "../../components/shared/errors";
import { cidrsOverlap, subnetProblems } from "../../components/shared/ip";
import { describeFailure } from "../../tooling/review/cli/common";
import { loadStackFiles } from "../../tooling/review/stack-files";
import { synthesizeFiles } from "../../tooling/review/synth";
import { baseline, expectProblem, PROJECT_DIR } from "../helpers/config";

describe("hostile input: programs and network shapes Azure or the engine refuse", function () {
    this.timeout(60_000);

    it("fails the plan when the program registers one URN twice, as the engine does (Duplicate resource URN), exit 2", async () => {
        const files = loadStackFiles(PROJECT_DIR, "dev");
        const error = await synthesizeFiles(files, {
            program: () => {
                new pulumi.ComponentResource("test:index:Thing", "same");
                new pulumi.ComponentResource("test:index:Thing", "same");
                new pulumi.ComponentResource("test:index:Thing", "other");
            },
        }).then(
            () => undefined,
            (e: unknown) => e,
        );
        assert.ok(error, "the plan fails");
        const failure = describeFailure(error);
        assert.strictEqual(failure.code, 2);
        assert.strictEqual(
            failure.message,
            "error: the program registers a URN twice: Duplicate resource URN 'urn:pulumi:dev::cosmos-platform::test:index:Thing::same'; give each resource a unique name (the engine refuses the whole update)\n",
        );
    });

    it("refuses overlapping subnets and subnets smaller than Azure's /29, naming each", () => {
        assert.deepStrictEqual(
            subnetProblems([
                { name: "a", prefix: "10.1.0.0/24" },
                { name: "b", prefix: "10.1.0.128/25" },
                { name: "c", prefix: "10.1.1.0/29" },
                { name: "d", prefix: "10.1.2.0/30" },
                { name: "e", prefix: "10.1.3.0/32" },
                { name: "bad", prefix: "nope" },
            ]),
            [
                { index: 1, message: "10.1.0.128/25 overlaps subnet 'a' (10.1.0.0/24); Azure refuses subnets of one network that overlap" },
                { index: 3, message: "10.1.2.0/30 is smaller than Azure allows: the smallest subnet is /29 (8 addresses, 5 of which Azure reserves)" },
                { index: 4, message: "10.1.3.0/32 is smaller than Azure allows: the smallest subnet is /29 (8 addresses, 5 of which Azure reserves)" },
            ],
        );
        assert.ok(cidrsOverlap("10.0.0.0/8", "10.200.0.0/16") && !cidrsOverlap("10.1.0.0/24", "10.1.1.0/24"));
    });

    it("PrivateNetwork's rules refuse them, and so does the stack config at its boundary", () => {
        const args = {
            virtualNetwork: {
                addressSpace: "10.1.0.0/16",
                subnets: [
                    { name: "pe", prefix: "10.1.1.0/24" },
                    { name: "pe2", prefix: "10.1.1.0/26" },
                    { name: "tiny", prefix: "10.1.9.0/31" },
                ],
            },
        };
        const problems = collectProblems((report) => privateNetworkRules(args, report));
        assert.deepStrictEqual(
            problems.map((p) => `${formatPath(p.path)}: ${p.message}`),
            [
                "virtualNetwork.subnets[1].prefix: 10.1.1.0/26 overlaps subnet 'pe' (10.1.1.0/24); Azure refuses subnets of one network that overlap",
                "virtualNetwork.subnets[2].prefix: 10.1.9.0/31 is smaller than Azure allows: the smallest subnet is /29 (8 addresses, 5 of which Azure reserves)",
            ],
        );
        const raw = {
            ...baseline(),
            network: {
                virtualNetwork: { name: "v", addressSpace: "10.1.0.0/16", subnets: [{ name: "pe", prefix: "10.1.1.0/30" }] },
                privateEndpoints: [{ name: "pe-a", subnet: "pe" }],
            },
        };
        expectProblem(raw, "network.virtualNetwork.subnets[0].prefix", "smaller than Azure allows");
    });
});
