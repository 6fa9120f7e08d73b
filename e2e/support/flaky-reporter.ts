// Lists, at the very end of a run, every test that failed and then passed on retry, with the
// error of the failed attempt. The run is green, so without this a flake scrolls by unnoticed;
// each one is a race or a wait sized for an idle machine, to be fixed at its cause.
import { stripVTControlCharacters } from 'node:util';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

type Flake = { test: TestCase; failures: TestResult[] };

// Playwright's error messages carry colour codes; the first lines say enough.
const firstLines = (text: string, n: number) =>
  stripVTControlCharacters(text)
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, n)
    .join('\n      ');

export default class FlakyReporter implements Reporter {
  private readonly tests = new Set<TestCase>();

  onTestEnd(test: TestCase) {
    this.tests.add(test);
  }

  onEnd(_result: FullResult) {
    const flakes: Flake[] = [...this.tests]
      .filter((t) => t.outcome() === 'flaky')
      .map((test) => ({ test, failures: test.results.filter((r) => r.status !== 'passed') }));
    if (!flakes.length) return;
    const line = '='.repeat(78);
    const out = [
      '',
      line,
      `FLAKY: ${flakes.length} test(s) failed first and passed only on retry. Fix the cause:`,
      line,
    ];
    for (const { test, failures } of flakes) {
      const where = `${test.location.file.replace(process.cwd() + '/', '')}:${test.location.line}`;
      const project = test.parent.project()?.name;
      out.push(`  ${project ? `[${project}] ` : ''}${where} › ${test.title}`);
      for (const r of failures) {
        const err = r.error?.message ?? r.status;
        out.push(
          `    attempt ${r.retry + 1} (${r.status}, ${Math.round(r.duration / 1000)} s): ${firstLines(err, 3)}`,
        );
      }
    }
    out.push(line, '');
    console.log(out.join('\n'));
  }

  printsToStdio() {
    return true;
  }
}
