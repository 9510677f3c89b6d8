/** `npm run docs:config`: regenerates docs/config.md from the config schema. */
import * as fs from "fs";
import * as path from "path";
import { renderConfigReference } from "../config-docs";

const target = path.resolve(__dirname, "..", "..", "..", "docs", "config.md");
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, renderConfigReference());
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
