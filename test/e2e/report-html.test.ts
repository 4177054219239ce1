/**
 * The HTML report in a real browser (issue 7, item 2): Debian's Chromium driven by playwright-core
 * (no browser download). The page of the bundled fixtures is opened from a file with every
 * network request blocked, screenshotted on screen and printed to PDF, and its numbers are read
 * back from the rendered page and compared with the report JSON of the same data.
 */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/commands/report.js';
import { reportJson } from '../../src/report/report-contract.js';
import { type ReportJson, renderReportHtml } from '../../src/report/html/page.js';
import { fixture } from '../helpers/datasets.js';
import { fakeIo } from '../helpers/fake-io.js';
import { runCare } from '../helpers/run-care.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
// CI (.ci/run) installs Chromium and sets CARE_BROWSER=required: there a missing browser fails
// these tests (the launch throws) instead of skipping them.
const browserRequired = process.env['CARE_BROWSER'] === 'required';
// The flags the machine notes give: without the background-networking ones Chromium tries to reach Google at start.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const outDir = mkdtempSync(path.join(tmpdir(), 'care-report-html-'));

/** What happened while a page was open: requests other than the page's own file, console errors. */
interface Visit {
  page: Page;
  blocked: string[];
  errors: string[];
}

/** Opens a file in a fresh page that may load nothing but that file. */
async function visit(browser: Browser, file: string, viewport = { width: 1200, height: 900 }): Promise<Visit> {
  const fileUrl = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport, serviceWorkers: 'block', javaScriptEnabled: false });
  const page = await context.newPage();
  const blocked: string[] = [];
  const errors: string[] = [];
  // Every request but the file itself is aborted, and recorded: the page must not attempt any.
  await page.route('**/*', (route) => (route.request().url() === fileUrl ? route.continue() : route.abort('blockedbyclient')));
  page.on('request', (request) => void (request.url() !== fileUrl && blocked.push(request.url())));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('pageerror', (error) => void errors.push(error.message));
  await page.goto(fileUrl, { waitUntil: 'load' });
  return { page, blocked, errors };
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').trim();
const en = (value: number) => value.toLocaleString('en-US');
const percent = (fraction: number | null) => (fraction === null ? '–' : `${(fraction * 100).toFixed(1)}%`);

/** The numbers of the rendered page (cards, period table, cohort heat map) against the JSON. */
async function expectNumbersOf(page: Page, json: ReportJson): Promise<void> {
  const { kpis } = json;
  expect(await text(page, '[data-kpi="customers"] .kpi-value')).toBe(en(kpis.customers));
  expect(await text(page, '[data-kpi="activeNow"] .kpi-value')).toBe(en(kpis.activeNow));
  expect(await text(page, '[data-kpi="orders"] .kpi-value')).toBe(en(kpis.orders));
  expect(await text(page, '[data-kpi="retentionRate"] .kpi-value')).toBe(percent(kpis.retentionRate));
  expect(await text(page, '[data-kpi="churnRate"] .kpi-value')).toBe(percent(kpis.churnRate));
  expect(await text(page, '[data-kpi="repeatPurchaseRate"] .kpi-value')).toBe(percent(kpis.repeatPurchaseRate));
  const money = (value: number, digits: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: json.currency!, currencyDisplay: 'narrowSymbol', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  expect(await text(page, '[data-kpi="revenue"] .kpi-value')).toBe(money(kpis.revenue!, 0));
  expect(await text(page, '[data-kpi="averageOrderValue"] .kpi-value')).toBe(money(kpis.averageOrderValue!, 2));
  for (const row of json.periods) {
    const cell = (col: string) => text(page, `#periods-table tr[data-row="${row.period}"] [data-col="${col}"]`);
    expect(await cell('retained'), `${row.period} retained`).toBe(en(row.retained));
    expect(await cell('lost'), `${row.period} lost`).toBe(en(row.lost));
    expect(await cell('customersAtStart'), `${row.period} at start`).toBe(en(row.customersAtStart));
    expect(await cell('retentionRate'), `${row.period} CRR`).toBe(percent(row.retentionRate));
  }
  for (const row of json.cohorts) {
    const last = row.rates.length - 1;
    expect(await text(page, `#cohort-table tr[data-row="${row.cohort}"] [data-col="k${last}"]`), `${row.cohort} +${last}`).toBe(percent(row.rates[last]!));
  }
}

describe.skipIf(!hasChromium && !browserRequired)(`care report as HTML in headless Chromium (${CHROMIUM}; skipped outside CI where it is not installed: apt-get install chromium)`, () => {
  let browser: Browser;
  let json: ReportJson;
  let file: string;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const { report } = await buildReport(fakeIo(), fixture('orders.csv'), {});
    json = reportJson(report);
    file = path.join(outDir, 'report.html');
    writeFileSync(file, renderReportHtml(json, { locale: 'en' }));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('opens without a single request beyond the file, without errors, and shows the numbers of the JSON', async () => {
    expect(statSync(file).size).toBeLessThan(500 * 1024);
    const { page, blocked, errors } = await visit(browser, file);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.title()).toBe('Customer report — as of March 5, 2026');
    await expectNumbersOf(page, json);
    const screenshot = path.join(outDir, 'report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size, `screenshot at ${screenshot}`).toBeGreaterThan(50_000);
    await page.context().close();
  }, 60_000);

  it('(control) the guard does catch a request a page attempts', async () => {
    const leaky = path.join(outDir, 'leaky.html');
    writeFileSync(leaky, '<!DOCTYPE html><html><body><img src="http://192.0.2.1/pixel.png" alt=""></body></html>');
    const { page, blocked } = await visit(browser, leaky);
    expect(blocked).toEqual(['http://192.0.2.1/pixel.png']);
    await page.context().close();
  }, 60_000);

  it('draws every chart as a visible, labelled image, and the heat map in colour', async () => {
    const { page } = await visit(browser, file);
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBe(3); // retention, LTV by cohort age, LTV tracking
    for (const chart of await charts.all()) {
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(600);
      expect(box!.height).toBeGreaterThan(150);
      const [titleId] = (await chart.getAttribute('aria-labelledby'))!.split(' ');
      expect((await text(page, `#${titleId}`)).length).toBeGreaterThan(5);
    }
    // The newest complete period's line points exist (one marker per period and series).
    expect(await page.locator('#retention svg circle').count()).toBe(json.periods.length * 2);
    const firstCohort = json.cohorts[0]!.cohort;
    // Expressions as strings: they run in the page, and this project's TypeScript has no DOM types.
    const shade = await page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(`#cohort-table tr[data-row="${firstCohort}"] [data-col="k0"]`)})).backgroundColor`);
    expect(shade).toBe('rgb(31, 90, 133)');
    await page.context().close();
  }, 60_000);

  it('fits a phone screen without sideways scrolling of the page (wide tables scroll on their own)', async () => {
    const { page } = await visit(browser, file, { width: 390, height: 844 });
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(outDir, 'report-phone.png'), fullPage: true });
    await page.context().close();
  }, 60_000);

  it('prints each section on its own page', async () => {
    const { page } = await visit(browser, file);
    const pdf = path.join(outDir, 'report.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const pages = (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    const sections = await page.locator('section.report-section').count();
    // The header and cards, then one page (or more) per section.
    expect(pages).toBeGreaterThanOrEqual(sections + 1);
    await page.context().close();
  }, 60_000);

  // Through the built CLI, compared with `care report --format json` on the same data.
  it(
    'care report --format html --out through bin/care.js',
    async () => {
      const out = path.join(outDir, 'cli-report.html');
      const cli = runCare(['report', 'fixtures/orders.csv', '--format', 'html', '--out', out]);
      expect(cli.code, cli.stderr).toBe(0);
      expect(cli.stdout).toBe('');
      const cliJson = runCare(['report', 'fixtures/orders.csv', '--format', 'json']);
      expect(cliJson.code).toBe(0);
      const { page, blocked, errors } = await visit(browser, out);
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
      await expectNumbersOf(page, JSON.parse(cliJson.stdout) as ReportJson);
      await page.screenshot({ path: path.join(outDir, 'cli-report.png'), fullPage: true });
      await page.context().close();
    },
    60_000,
  );
});
