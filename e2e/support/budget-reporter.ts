// Prints, at the end of a run, each spec file's test time (its tests in every language, the attempt
// that counted) against its budget (support/budget.ts), slowest first, and in CI fails the run when
// a spec file is over budget. Time is what each test took, so the figure does not depend on how
// the files were spread over workers.
//
// A loaded machine slows every test: the load average is sampled during the run, and above the
// suite's own load (OWN_LOAD_PER_CORE per core) the budgets stretch in proportion, so a run next
// to other jobs fails only when a spec file is slow for its own reasons. The stretch is printed.
import { cpus, loadavg } from 'node:os';
import { basename } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { OWN_LOAD_PER_CORE, SPEC_BUDGET_OVERRIDES_S, SPEC_BUDGET_S } from './budget';

type Spec = { seconds: number; tests: number; retried: number };

export const budgetOf = (file: string) => SPEC_BUDGET_OVERRIDES_S[file] ?? SPEC_BUDGET_S;

/** How much longer than on an otherwise idle machine tests take at this mean load average. */
export const stretchFor = (meanLoad: number, cores: number) =>
  Math.max(1, meanLoad / (OWN_LOAD_PER_CORE * cores));

export default class BudgetReporter implements Reporter {
  private readonly specs = new Map<string, Spec>();
  private readonly loads: number[] = [];
  private timer: NodeJS.Timeout | undefined;

  onBegin() {
    this.timer = setInterval(() => this.loads.push(loadavg()[0] ?? 0), 10_000);
    this.timer.unref();
  }

  onTestEnd(test: TestCase, result: TestResult) {
    const file = basename(test.location.file);
    const spec = this.specs.get(file) ?? { seconds: 0, tests: 0, retried: 0 };
    // Every attempt costs the suite its time; a retry is also listed by the flaky reporter.
    spec.seconds += result.duration / 1000;
    if (result.retry === 0) spec.tests++;
    else spec.retried++;
    this.specs.set(file, spec);
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    clearInterval(this.timer);
    if (!this.specs.size || result.status === 'interrupted') return undefined;
    const meanLoad = this.loads.length
      ? this.loads.reduce((a, b) => a + b, 0) / this.loads.length
      : (loadavg()[0] ?? 0);
    const stretch = stretchFor(meanLoad, cpus().length);
    const rows = [...this.specs].sort(([, a], [, b]) => b.seconds - a.seconds);
    const over = rows.filter(([file, s]) => s.seconds > budgetOf(file) * stretch);
    const total = rows.reduce((sum, [, s]) => sum + s.seconds, 0);
    const out = [
      '',
      `Test time per spec file (all languages; budget ${SPEC_BUDGET_S} s unless set in e2e/support/budget.ts)`,
      `  mean load average ${meanLoad.toFixed(1)} on ${cpus().length} cores: budgets x ${stretch.toFixed(2)}`,
    ];
    for (const [file, s] of rows) {
      const budget = budgetOf(file) * stretch;
      const mark = s.seconds > budget ? 'OVER' : '    ';
      const retried = s.retried ? `, ${s.retried} retried` : '';
      out.push(
        `  ${mark} ${s.seconds.toFixed(0).padStart(5)} s / ${budget.toFixed(0).padStart(4)} s  ${file} (${s.tests} tests${retried})`,
      );
    }
    out.push(`  total ${total.toFixed(0)} s of test time`);
    if (over.length)
      out.push(
        `  ${over.length} spec file(s) over budget: split their scenarios (README, "End-to-end tests").`,
      );
    console.log(out.join('\n'));
    if (over.length && process.env.CI && result.status === 'passed') return { status: 'failed' };
    return undefined;
  }

  printsToStdio() {
    return true;
  }
}
