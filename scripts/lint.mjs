#!/usr/bin/env node
// npm run lint, and the lint step of npm test: ESLint over the repository and lit-analyzer over
// the elements' templates, both failing on any warning. Runs both, then exits 1 if either failed.
import { spawnSync } from 'node:child_process';

const bin = (name) => `node_modules/.bin/${name}`;
const linters = [
  ['eslint', bin('eslint'), ['--max-warnings', '0', '.']],
  ['lit-analyzer', bin('lit-analyzer'), ['--strict', '--maxWarnings', '0', 'src/components/**/*.ts']],
];

let failed = false;
for (const [label, command, args] of linters) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`lint: ${label} failed`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
