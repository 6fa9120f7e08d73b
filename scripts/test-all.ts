// `npm run test:all` (what `npm test` runs): every stage CI checks, one after another, each with
// the terminal to itself. Stops at the first failure with that stage's exit code, and always ends
// with how long each stage took, so a slow stage is seen before it becomes the slow suite.
import { spawnSync } from 'node:child_process';

const STAGES = [
  'audit',
  'lint',
  'typecheck',
  'api:lint',
  'api:check',
  'test:unit',
  'build',
  'size',
  'test:e2e',
] as const;

type Outcome = { stage: string; ms: number; code: number | null };

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function table(outcomes: readonly Outcome[], skipped: readonly string[]) {
  const width = Math.max(...STAGES.map((s) => s.length));
  const rows = [
    ...outcomes.map(
      (o) =>
        `  ${o.stage.padEnd(width)}  ${seconds(o.ms).padStart(9)}  ${o.code === 0 ? 'ok' : `FAILED (exit ${o.code ?? 'signal'})`}`,
    ),
    ...skipped.map((s) => `  ${s.padEnd(width)}  ${'-'.padStart(9)}  not run`),
  ];
  const total = outcomes.reduce((sum, o) => sum + o.ms, 0);
  return [
    '',
    'test:all stages',
    ...rows,
    `  ${'total'.padEnd(width)}  ${seconds(total).padStart(9)}`,
  ].join('\n');
}

const outcomes: Outcome[] = [];
let exitCode = 0;
for (const stage of STAGES) {
  console.log(`\n> test:all: ${stage}`);
  const started = performance.now();
  const run = spawnSync(npm, ['run', stage], { stdio: 'inherit' });
  const code = run.error ? 1 : run.status;
  if (run.error) console.error(`test:all: could not run ${stage}: ${run.error.message}`);
  outcomes.push({ stage, ms: performance.now() - started, code });
  if (code !== 0) {
    // A stage killed by a signal has no exit code: fail with 1 rather than pretend success.
    exitCode = code ?? 1;
    break;
  }
}

const skipped = STAGES.slice(outcomes.length);
console.log(table(outcomes, skipped));
process.exit(exitCode);
