/** `npm run docs:monitoring`: regenerates docs/monitoring.md from the alert catalogue. Takes no flags. */
import * as path from "path";
import { renderMonitoringDocs } from "../monitoring-docs";
import { EXIT_OK, parseCommandArgs, runCommand, settled, writeOutputs } from "./common";

export function main(argv: string[]): Promise<number> {
    return settled(() => docsMonitoring(argv));
}

function docsMonitoring(argv: string[]): number {
    parseCommandArgs(argv, {}, "usage: npm run docs:monitoring");
    const target = path.resolve(__dirname, "..", "..", "..", "docs", "monitoring.md");
    writeOutputs([{ file: target, text: renderMonitoringDocs() }]);
    process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
    return EXIT_OK;
}

if (require.main === module) runCommand(() => main(process.argv.slice(2)));
