// The WCAG 2.1 A and AA audit of an open page, by axe-core's own script, in both browsers.
// Extension pages run under MV3's `script-src 'self'`, so the page itself may not eval axe's
// source (no <script> text, no `new Function`). Each driver's evaluate of a string is not subject
// to the page's CSP: Playwright's runs it through the DevTools protocol (Runtime.evaluate), and
// puppeteer's Firefox one through WebDriver BiDi's script.evaluate.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PageHandle } from '../fixtures';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let axeSource: Promise<string> | undefined;

function loadAxeSource(): Promise<string> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** One failing rule on one element, in the words a report needs. */
export interface Finding {
  rule: string;
  impact: string;
  target: string;
  /** What axe says is wrong, e.g. the contrast ratio with both colours. */
  summary: string;
}

/** Evaluate a script's text in the page, past the page's CSP (see the top of this file). */
async function evaluateSource(page: PageHandle, source: string): Promise<unknown> {
  return page.raw.kind === 'playwright'
    ? page.raw.page.evaluate(source)
    : page.raw.page.evaluate(source);
}

/** Run axe on the whole document with the WCAG 2.1 A/AA rules; every violation, one per element. */
export async function auditPage(page: PageHandle): Promise<Finding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await evaluateSource(page, await loadAxeSource());
  const json = (await evaluateSource(
    page,
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_21_AA)} },
       resultTypes: ['violations'] })
     .then((r) => JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact,
       nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })) }))))`,
  )) as string;
  const violations = JSON.parse(json) as {
    id: string;
    impact: string | null;
    nodes: { target: string; summary: string | undefined }[];
  }[];
  return violations.flatMap((v) =>
    v.nodes.map((n) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      target: n.target,
      summary: (n.summary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
}

/** One line per finding: rule, impact, element, and why (contrast findings carry both colours). */
export function describeFindings(screen: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => `${screen}: ${f.rule} (${f.impact}) at ${f.target} — ${f.summary}`);
}
