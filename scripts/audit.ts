// `npm run audit` (a stage of npm test): no high or critical advisory in what ships (the
// production dependencies: `npm audit --omit=dev`). The registry mirror on the build machines
// answers the audit endpoint with 405; then the stage says so plainly and does not fail, since
// it cannot know. Where the endpoint answers, a high or critical finding fails the stage.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report: {
  message?: string;
  error?: { summary?: string };
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
};
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = {};
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const why =
    report.message ?? report.error?.summary ?? (run.stderr.trim().split('\n').pop() || 'no answer');
  console.warn(`audit: NOT CHECKED, the registry's audit endpoint is unavailable here (${why})`);
  process.exit(0);
}
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) =>
  ['high', 'critical'].includes(v.severity),
);
console.log(
  `audit: production dependencies: ${Object.entries(counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}`,
);
for (const [name, v] of serious) console.error(`audit: ${v.severity}: ${name}`);
process.exit(serious.length > 0 ? 1 : 0);
