/**
 * Vitest's default reporter counts skipped tests but does not say why. This one prints,
 * once per skipped suite, the reason the suite gave (`meta.skipReason`, see seed.ts), so a
 * clone without ../shared shows which tests it did not run and what would run them.
 */
import type { Reporter, TestCase, TestModule, TestSuite, Vitest } from 'vitest/node';

export default class SkipReasonsReporter implements Reporter {
  private log: (line: string) => void = console.log;

  onInit(vitest: Vitest): void {
    this.log = (line) => vitest.logger.log(line);
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const lines = new Map<string, { count: number; reason: string }>();
    for (const module of modules) {
      for (const test of module.children.allTests('skipped')) {
        const reason = test.meta().skipReason;
        if (!reason) continue;
        const key = `${module.relativeModuleId} > ${skippedSuiteName(test)}`;
        const line = lines.get(key) ?? { count: 0, reason };
        line.count += 1;
        lines.set(key, line);
      }
    }
    if (lines.size === 0) return;
    this.log('');
    for (const [where, { count, reason }] of lines) {
      this.log(` ↓ ${where}: ${count} ${count === 1 ? 'test' : 'tests'} skipped: ${reason}`);
    }
  }
}

/** The test's suites and name, down to the outermost suite that gave the reason. */
function skippedSuiteName(test: TestCase): string {
  const chain: Array<TestCase | TestSuite> = [test];
  for (let node: TestCase | TestSuite = test; node.parent.type === 'suite'; node = node.parent) chain.unshift(node.parent);
  const outermost = chain.findIndex((node) => node.meta().skipReason);
  return chain
    .slice(0, outermost + 1)
    .map((node) => node.name)
    .join(' > ');
}
