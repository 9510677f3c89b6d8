// @ts-check
/**
 * The checks `npm test` runs before the suites: the build (which type-checks), the linter and the
 * format check, side by side. They read the sources and write nothing the others read (the build
 * writes dist/, which neither the linter nor the formatter looks at), so running them at once
 * costs the longest of them rather than their sum. Each is the package.json script of that name,
 * so `npm run build`, `npm run lint` and `npm run format:check` stay the same commands. Each
 * one's output is printed whole, in that order, once all have ended; the exit code is 1 if any
 * failed.
 */
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const CHECKS = ["build", "lint", "format:check"];

/** @param {string} name @param {string} command @returns {Promise<{ name: string; code: number; output: string }>} */
function run(name, command) {
    return new Promise((resolve) => {
        const env = { ...process.env, PATH: `${path.join(ROOT, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}` };
        const child = spawn(command, { cwd: ROOT, env, shell: true, stdio: ["ignore", "pipe", "pipe"] });
        /** @type {Buffer[]} */
        const output = [];
        child.stdout.on("data", (d) => output.push(d));
        child.stderr.on("data", (d) => output.push(d));
        child.once("error", (e) => resolve({ name, code: 1, output: `${e.message}\n` }));
        child.once("close", (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0), output: Buffer.concat(output).toString("utf8") }));
    });
}

async function main() {
    /** @type {{ scripts: Record<string, string> }} */
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    const missing = CHECKS.filter((name) => typeof manifest.scripts[name] !== "string");
    if (missing.length > 0) {
        process.stderr.write(`checks: package.json has no script ${missing.join(", ")}\n`);
        return 1;
    }
    const results = await Promise.all(CHECKS.map((name) => run(name, manifest.scripts[name])));
    for (const r of results) {
        if (r.code !== 0 || r.output.trim() !== "") process.stdout.write(`> ${r.name}: ${manifest.scripts[r.name]}\n${r.output}`);
    }
    const failed = results.filter((r) => r.code !== 0).map((r) => `${r.name} (exit ${r.code})`);
    if (failed.length > 0) process.stderr.write(`checks failed: ${failed.join(", ")}\n`);
    return failed.length > 0 ? 1 : 0;
}

main().then((code) => process.exit(code));
