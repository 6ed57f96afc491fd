import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** One line at the end: passed/failed/skipped per browser, and the wall time. */
export default class SummaryReporter implements Reporter {
  private counts = new Map<string, Record<string, number>>();
  private started = Date.now();

  onTestEnd(test: TestCase, result: TestResult) {
    const project = test.parent.project()?.name || 'default';
    const counts = this.counts.get(project) || { passed: 0, failed: 0, skipped: 0 };
    const outcome = result.status === 'passed' ? 'passed' : result.status === 'skipped' ? 'skipped' : 'failed';
    counts[outcome]++;
    this.counts.set(project, counts);
  }

  onEnd(result: FullResult) {
    const parts = [...this.counts].map(
      ([project, c]) => `${project}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`
    );
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    console.log(`\nE2E summary (${result.status}) — ${parts.join(' | ')} — ${seconds}s`);
  }
}
