/** `npm run docs:monitoring`: regenerates docs/monitoring.md from the alert catalogue. Takes no flags. */
import * as path from "path";
import { renderMonitoringDocs } from "../monitoring-docs";
import { EXIT_OK, parseCommandArgs, runCommand, writeOutputs } from "./common";

export async function main(argv: string[]): Promise<number> {
    parseCommandArgs(argv, {}, "usage: npm run docs:monitoring");
    const target = path.resolve(__dirname, "..", "..", "..", "docs", "monitoring.md");
    writeOutputs([{ file: target, text: renderMonitoringDocs() }]);
    process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
    return EXIT_OK;
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
