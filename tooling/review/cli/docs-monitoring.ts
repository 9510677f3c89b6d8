/** `npm run docs:monitoring`: regenerates docs/monitoring.md from the alert catalogue. */
import * as fs from "fs";
import * as path from "path";
import { renderMonitoringDocs } from "../monitoring-docs";

const target = path.resolve(__dirname, "..", "..", "..", "docs", "monitoring.md");
fs.writeFileSync(target, renderMonitoringDocs());
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
