/** `npm run docs:config`: regenerates docs/config.md from the config schema. Takes no flags. */
import * as path from "path";
import { renderConfigReference } from "../config-docs";
import { EXIT_OK, parseCommandArgs, runCommand, settled, writeOutputs } from "./common";

export function main(argv: string[]): Promise<number> {
    return settled(() => docsConfig(argv));
}

function docsConfig(argv: string[]): number {
    parseCommandArgs(argv, {}, "usage: npm run docs:config");
    const target = path.resolve(__dirname, "..", "..", "..", "docs", "config.md");
    writeOutputs([{ file: target, text: renderConfigReference() }]);
    process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
    return EXIT_OK;
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
