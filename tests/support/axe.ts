// The axe-core check every page must pass: WCAG 2.0, 2.1 and 2.2 at levels A and AA.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's violations for the page as it is now, one readable line per failing element (rule, impact, element,
 * what to fix), so a failing test says what to change. An empty array means none. No rule is disabled.
 * The page must come from `browser.newContext()`, which AxeBuilder needs.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    // Only violations are collected; passes and incomplete results are not needed. (Set before withTags: options()
    // replaces the run options, and with them the tags.)
    .options({ resultTypes: ['violations'] })
    .withTags(wcagTags)
    // The site has no iframes, so axe can finish in the page itself rather than in a blank page it opens for each
    // run (which only matters for results from cross-origin frames); this halves the time per page.
    .setLegacyMode(true)
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`,
    ),
  );
}
