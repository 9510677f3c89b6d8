import { main as restoreDrillMain } from "../../tooling/ops/cli/restore-drill";
import { main as verifyMain } from "../../tooling/ops/cli/verify";
import { main as throughputMain } from "../../tooling/ops/cli/verify-throughput";
import { main as diffMain } from "../../tooling/review/cli/diff";
import { main as planMain } from "../../tooling/review/cli/plan";
import { main as policyMain } from "../../tooling/review/cli/policy";
import { main as reviewMain } from "../../tooling/review/cli/review";
import { assertRefused, documents, PROJECT_DIR, run, scratch } from "./helpers";

describe("hostile input: a stack name with no stack file is an error in every command that takes one", () => {
    const tmp = scratch();
    after(() => tmp.remove());
    const noSuchStack = ["'prdo' has no stack settings file", "stacks of this project: dev, prod"];

    it("diff --stack prdo is exit 2 naming the stacks there are, not '0 changes' (with --base-ref and with --base)", async () => {
        assertRefused(await run(diffMain, ["--stack", "prdo", "--base-ref", "HEAD", "--cwd", PROJECT_DIR]), ...noSuchStack);
        const state = tmp.file("prod-export.json", documents.export());
        assertRefused(await run(diffMain, ["--stack", "prdo", "--base", state, "--cwd", PROJECT_DIR]), ...noSuchStack);
    });

    it("review, plan, verify, verify:throughput and restore-drill refuse it too, before any work", async () => {
        assertRefused(await run(reviewMain, ["--stack", "prod", "--stack", "prdo", "--base-ref", "HEAD", "--cwd", PROJECT_DIR]), ...noSuchStack);
        assertRefused(await run(planMain, ["--stack", "prdo", "--cwd", PROJECT_DIR]), ...noSuchStack);
        const io = { stdout: () => undefined, env: {}, cwd: PROJECT_DIR };
        assertRefused(
            await run(
                (argv) => verifyMain(argv, io),
                ["--endpoint", "https://contoso-cosmos-prod.documents.azure.com:443/", "--database", "appdb", "--container", "orders", "--stack", "prdo"],
            ),
            ...noSuchStack,
        );
        const reader = () => {
            throw new Error("Azure is never asked about a stack that does not exist");
        };
        assertRefused(
            await run((argv) => throughputMain(argv, { ...io, reader }), ["--stack", "prdo", "--subscription", "00000000-0000-0000-0000-000000000000"]),
            ...noSuchStack,
        );
        assertRefused(
            await run(
                (argv) => restoreDrillMain(argv, { stdout: () => undefined, now: () => new Date() }),
                ["--source-stack", "prdo", "--restorable-id", "x", "--ago", "1h", "--cwd", PROJECT_DIR],
            ),
            "--source-stack 'prdo' has no stack settings file",
        );
    });

    it("policy --stack prdo is refused: by the input's own stack, or for want of a policy config", async () => {
        const prodPlan = tmp.file("prod-plan.json", documents.plan());
        assertRefused(await run(policyMain, ["--from", prodPlan, "--stack", "prdo"]), "holds stack 'prod' but --stack is 'prdo'");
        const noStack = documents.plan();
        delete noStack.stack;
        noStack.resources = [];
        assertRefused(await run(policyMain, ["--from", tmp.file("nameless.json", noStack), "--stack", "prdo"]), "no policy config for stack 'prdo'");
        assertRefused(
            await run(policyMain, ["--from", tmp.file("nameless.json", noStack), "--stack", "../../package"]),
            "--stack '../../package' is not valid",
        );
    });
});
