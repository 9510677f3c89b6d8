import { synthesize, SynthResult } from "../../tooling/review/synth";
import { PROJECT_DIR } from "./config";

const cache = new Map<string, Promise<SynthResult>>();

/**
 * The committed stacks, synthesized once per test run. Results are treated as read-only;
 * a test that needs a variation synthesizes its own.
 */
export function committedStack(stack: "dev" | "prod"): Promise<SynthResult> {
    let result = cache.get(stack);
    if (!result) {
        result = synthesize(PROJECT_DIR, stack);
        cache.set(stack, result);
    }
    return result;
}
