import { beforeAll, describe, expect, it } from 'vitest';
import { type ClassifiedItem, type ComplainerType, nextAction, summarize } from '../../../src/classify/index.js';
import { buildReport } from '../../../src/commands/report.js';
import { reportJson } from '../../../src/report/report-contract.js';
import { escapeHtml, html, joinHtml, trusted } from '../../../src/report/html/escape.js';
import { localeFormat } from '../../../src/report/html/locale-format.js';
import { type ReportJson, renderReportHtml } from '../../../src/report/html/page.js';
import { niceTicks } from '../../../src/report/html/svg.js';
import { fixture } from '../../helpers/datasets.js';
import { fakeIo } from '../../helpers/fake-io.js';

/** The report JSON of an orders file (and a survey), built in-process as `care report --format json` does. */
async function jsonOf(orders: string, survey?: string): Promise<ReportJson> {
  const { report } = await buildReport(fakeIo(), orders, survey === undefined ? {} : { survey });
  return reportJson(report);
}

/** The text of one cell of a table of the page: table id, data-row and data-col, tags stripped, entities decoded. */
function cell(page: string, tableId: string, row: string, col: string): string | undefined {
  const start = page.indexOf(`id="${tableId}"`);
  if (start === -1) return undefined;
  const table = page.slice(start, page.indexOf('</table>', start));
  const rowStart = table.indexOf(`data-row="${escapeHtml(row)}"`);
  if (rowStart === -1) return undefined;
  const rowText = table.slice(rowStart, table.indexOf('</tr>', rowStart));
  const match = new RegExp(`data-col="${col}"[^>]*>(.*?)</t[dh]>`).exec(rowText);
  return match ? decode(match[1]!.replace(/<[^>]*>/g, '')).trim() : undefined;
}

/** The value of a headline card (data-kpi). */
function kpi(page: string, key: string): string | undefined {
  const match = new RegExp(`data-kpi="${key}"><p class="kpi-label">.*?</p><p class="kpi-value">(.*?)</p>`).exec(page);
  return match ? decode(match[1]!) : undefined;
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** A complaints section as care classify summarises it, from hand-made records (10 activist, 20 irate, 30 voicer, 40 silent). */
function complaintsSection() {
  const items: ClassifiedItem[] = (['activist', 'irate', 'voicer', 'silent'] as ComplainerType[]).flatMap((type, index) =>
    Array.from({ length: (index + 1) * 10 }, () => ({ record: { channel: 'email' }, result: { type, confidence: 0.9, evidence: { rule: `${type}-test`, field: 'text' as const, words: [] }, action: nextAction(type) } })),
  );
  return { records: [], summary: summarize(items) };
}

const en = (value: number) => value.toLocaleString('en-US');
const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

let orders: ReportJson;
let page: string;
beforeAll(async () => {
  orders = await jsonOf(fixture('orders.csv'));
  page = renderReportHtml(orders, { locale: 'en' });
});

describe('renderReportHtml on fixtures/orders.csv', () => {
  it('is one self-contained document: no script, no external resource, a CSP that forbids fetching', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=|\bhref=/i);
    // The only URL is the SVG namespace, which is a name, not a fetch.
    const urls = page.match(/https?:\/\/[^\s"']+/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('is under 500 KB', () => {
    expect(Buffer.byteLength(page)).toBeLessThan(500 * 1024);
  });

  it('shows the headline numbers of the JSON in the cards', () => {
    const { kpis } = orders;
    expect(kpi(page, 'customers')).toBe(en(kpis.customers));
    expect(kpi(page, 'activeNow')).toBe(en(kpis.activeNow));
    expect(kpi(page, 'orders')).toBe(en(kpis.orders));
    expect(kpi(page, 'retentionRate')).toBe(percent(kpis.retentionRate!));
    expect(kpi(page, 'churnRate')).toBe(percent(kpis.churnRate!));
    expect(kpi(page, 'repeatPurchaseRate')).toBe(percent(kpis.repeatPurchaseRate!));
    // RUB in en-US: the narrow symbol; cards round revenue to whole roubles, the AOV keeps kopecks.
    expect(kpi(page, 'revenue')).toBe(`₽${en(Math.round(kpis.revenue!))}`);
    expect(kpi(page, 'averageOrderValue')).toBe(`₽${kpis.averageOrderValue!.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
    expect(kpi(page, 'ltv')).toBe(`₽${en(Math.round(orders.ltv.simple!.ltv!))}`);
    expect(page).toContain('as of March 5, 2026');
  });

  it('has every period of the JSON in the period table', () => {
    expect(orders.periods.length).toBeGreaterThan(1);
    for (const row of orders.periods) {
      for (const key of ['customersAtStart', 'new', 'reactivated', 'retained', 'lost', 'customersAtEnd'] as const) {
        expect(cell(page, 'periods-table', row.period, key), `${row.period} ${key}`).toBe(en(row[key]));
      }
      expect(cell(page, 'periods-table', row.period, 'retentionRate')).toBe(row.retentionRate === null ? '–' : percent(row.retentionRate));
      expect(cell(page, 'periods-table', row.period, 'churnRate')).toBe(row.churnRate === null ? '–' : percent(row.churnRate));
    }
    const partial = orders.periods.find((row) => row.partial)!;
    expect(cell(page, 'periods-table', partial.period, 'period')).toMatch(/partial$/);
  });

  it('has the cohort table as a heat map: every rate, shaded, white text on the darkest cells', () => {
    for (const row of orders.cohorts) {
      expect(cell(page, 'cohort-table', row.cohort, 'size')).toBe(en(row.size));
      row.rates.forEach((rate, age) => expect(cell(page, 'cohort-table', row.cohort, `k${age}`), `${row.cohort} +${age}`).toBe(percent(rate!)));
    }
    const first = orders.cohorts[0]!;
    expect(page).toMatch(new RegExp(`data-row="${first.cohort}">.*?data-col="k0" class="num" style="background:#1f5a85;color:#ffffff"`));
  });

  it('draws the LTV curves and lists their numbers, all cohorts included', () => {
    const historical = orders.ltv.historical!;
    expect(page).toContain('id="ltv-chart-title"');
    const oldest = historical.cohorts[0]!;
    const last = oldest.cumulativePerCustomer.length - 1;
    expect(cell(page, 'ltv-table', oldest.cohort, `k${last}`)).toBe(`₽${oldest.cumulativePerCustomer[last]!.toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
    expect(cell(page, 'ltv-table', 'overall', 'k0')).toBe(`₽${historical.overall[0]!.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
    // One thin polyline per cohort (each has at least two ages except the newest) plus the all-cohorts line.
    const chart = page.slice(page.indexOf('id="ltv-chart-title"'), page.indexOf('</svg>', page.indexOf('id="ltv-chart-title"')));
    expect((chart.match(/<polyline/g) ?? []).length).toBeGreaterThanOrEqual(historical.cohorts.length - 1);
  });

  it('gives every chart role="img" with a title and a description, and a table of its numbers in the same section', () => {
    const svgs = page.match(/<svg[^>]*>/g) ?? [];
    expect(svgs.length).toBe(3); // retention, LTV curves, LTV tracking (no survey, no complaints)
    for (const svg of svgs) {
      expect(svg).toContain('role="img"');
      const [titleId, descId] = /aria-labelledby="([^"]+)"/.exec(svg)![1]!.split(' ');
      expect(page).toContain(`<title id="${titleId}">`);
      expect(page).toContain(`<desc id="${descId}">`);
    }
    for (const section of page.split('<section').slice(1)) {
      if (section.includes('<svg')) expect(section).toContain('<table');
    }
  });

  it('leaves out the NPS and complaint sections when the JSON has none', () => {
    expect(page).not.toContain('id="nps"');
    expect(page).not.toContain('id="complaints"');
  });

  it('has print rules: a page break before each section, colours kept', () => {
    expect(page).toMatch(/@media print\{[^]*\.report-section\{[^}]*break-before:page/);
    expect(page).toContain('print-color-adjust:exact');
    expect(page).toContain('font-variant-numeric:tabular-nums');
  });
});

describe('renderReportHtml in Russian and Bulgarian', () => {
  it('uses the labels, number, money and date formats of the locale', () => {
    const ru = renderReportHtml(orders, { locale: 'ru' });
    expect(ru).toContain('<html lang="ru">');
    expect(ru).toContain('Отчёт по клиентам');
    expect(ru).toContain('на 5 марта 2026 г.');
    expect(kpi(ru, 'customers')).toBe(new Intl.NumberFormat('ru-RU').format(orders.kpis.customers));
    expect(kpi(ru, 'retentionRate')).toBe(new Intl.NumberFormat('ru-RU', { style: 'percent', minimumFractionDigits: 1 }).format(orders.kpis.retentionRate!));
    expect(kpi(ru, 'revenue')).toBe(new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 }).format(orders.kpis.revenue!));
    expect(cell(ru, 'periods-table', orders.periods[0]!.period, 'period')).toBe(new Intl.DateTimeFormat('ru-RU', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${orders.periods[0]!.period}-01`)));
  });

  it('Bulgarian', () => {
    const bg = renderReportHtml(orders, { locale: 'bg', title: 'Седмичен отчет' });
    expect(bg).toContain('<html lang="bg">');
    expect(bg).toContain('<h1>Седмичен отчет</h1>');
    expect(bg).toContain('Задържане по кохорти');
    expect(bg).toContain('към 5 март 2026 г.');
  });
});

describe('renderReportHtml with a survey and complaints', () => {
  let survey: ReportJson;
  beforeAll(async () => {
    survey = await jsonOf(fixture('survey', 'orders.csv'), fixture('survey', 'survey.csv'));
  });

  it('shows NPS with its margin, the groups and the 0–10 distribution as a chart and a table', () => {
    const page = renderReportHtml(survey, { locale: 'en' });
    const nps = survey['nps'] as { nps: number; n: number; distribution: number[]; promoterShare: number };
    expect(kpi(page, 'nps')).toBe('+16.7');
    expect(page).toContain('12 answers, ± 50.8 points');
    expect(page).toMatch(/data-kpi="promoters">.*?<p class="kpi-value">50\.0%<\/p>/);
    nps.distribution.forEach((count, score) => expect(cell(page, 'nps-distribution-table', String(score), 'answers')).toBe(String(count)));
    expect(page).toContain('id="nps-chart-title"');
    expect(page).toContain('CSAT 66.7%: 8 of 12 ratings were 4 or 5 out of 5.');
    expect(page).not.toContain('id="nps-trend-chart-title"');
  });

  it('shows the NPS trend with its margin band when the JSON has one', () => {
    const trend = [
      { period: '2024-01', n: 5, nps: 20, marginOfError: 60, change: null },
      { period: '2024-02', n: 4, nps: 0, marginOfError: 70, change: -20 },
    ];
    const page = renderReportHtml({ ...survey, nps: { ...survey['nps'], trend } } as ReportJson, { locale: 'en' });
    expect(page).toContain('id="nps-trend-chart-title"');
    expect(page).toContain('<polygon');
    expect(cell(page, 'nps-trend-table', '2024-02', 'change')).toBe('-20.0');
    expect(cell(page, 'nps-trend-table', '2024-01', 'marginOfError')).toBe('± 60.0');
  });

  it('shows the complaint types against the 14/37/21/28 benchmark, with the iceberg', () => {
    const page = renderReportHtml({ ...orders, complaints: complaintsSection() } as unknown as ReportJson, { locale: 'en' });
    expect(cell(page, 'complaints-table', 'activist', 'share')).toBe('10.0%');
    expect(cell(page, 'complaints-table', 'activist', 'benchmark')).toBe('28.0%');
    expect(cell(page, 'complaints-table', 'activist', 'difference')).toBe('-18.0');
    expect(cell(page, 'complaints-table', 'silent', 'share')).toBe('40.0%');
    expect(cell(page, 'complaints-table', 'silent', 'benchmark')).toBe('14.0%');
    expect(cell(page, 'complaints-table', 'voicer', 'benchmark')).toBe('37.0%');
    expect(cell(page, 'complaints-table', 'irate', 'benchmark')).toBe('21.0%');
    // Voiced: 30 voicers + 10 activists = 40, × 27.
    expect(page).toContain('40 complaints reached us; at about 27 unhappy customers for each, some 1,080 customers may be unhappy.');
    expect(page).toContain('id="complaints-chart-title"');
  });

  it('shows the complaints section of care report --complaints on the bundled complaint log', async () => {
    const { report } = await buildReport(fakeIo(), fixture('orders.csv'), { complaints: fixture('complaints.csv') });
    const json = reportJson(report);
    const summary = json.complaints!.summary;
    const page = renderReportHtml(json, { locale: 'ru' });
    expect(page).toContain('Жалобы по типам');
    for (const row of summary.types) {
      expect(cell(page, 'complaints-table', row.type, 'count')).toBe(new Intl.NumberFormat('ru-RU').format(row.count));
      expect(cell(page, 'complaints-table', row.type, 'share')).toBe(new Intl.NumberFormat('ru-RU', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(row.share!));
    }
    expect(page).toContain(`Классифицировано ${new Intl.NumberFormat('ru-RU').format(summary.classified)}`);
  });
});

describe('escaping', () => {
  it('escapes every value from the data: labels, currency, notes, types, the title', async () => {
    const evil = '<script>alert("x")</script>&\'';
    const json = {
      ...orders,
      currency: evil,
      cohorts: orders.cohorts.map((row, index) => (index === 0 ? { ...row, cohort: evil } : row)),
      periods: orders.periods.map((row, index) => (index === 0 ? { ...row, period: evil } : row)),
      ltv: { ...orders.ltv, warnings: [{ code: 'X', message: evil }] },
      nps: { n: 1, promoters: 1, passives: 0, detractors: 0, promoterShare: 1, passiveShare: 0, detractorShare: 0, nps: 100, marginOfError: 0, distribution: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], csat: null, notes: [evil] },
      complaints: { summary: { types: [{ type: evil, count: 1, share: 1, benchmark: 0.5, difference: 0.5 }] } },
    } as unknown as ReportJson;
    const page = renderReportHtml(json, { locale: 'en', title: evil });
    expect(page).not.toContain('<script');
    expect(page).not.toContain('"x")');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
    // The non-ISO "currency" is shown after the number, escaped.
    expect(page).toMatch(/[\d,.]+\u00a0&lt;script&gt;/);
  });

  it('html`` escapes values and keeps markup; joinHtml escapes text parts', () => {
    expect(html`<b>${'<i>'}</b>`.text).toBe('<b>&lt;i&gt;</b>');
    expect(html`<p title="${'" onload="x'}">${html`<i>ok</i>`}</p>`.text).toBe('<p title="&quot; onload=&quot;x"><i>ok</i></p>');
    expect(html`${[1, ' & ', null, undefined, false, [trusted('<br>')]]}`.text).toBe('1 &amp; <br>');
    expect(html`${Number.NaN}`.text).toBe('');
    expect(joinHtml(['a<', trusted('<hr>')], ' ').text).toBe('a&lt; <hr>');
  });
});

describe('locale formats and ticks', () => {
  it('formats periods, money without a known currency, and signed changes', () => {
    const format = localeFormat('en', null);
    expect(format.period('2025-10')).toBe('Oct 2025');
    expect(format.period('2025-Q3')).toBe('Q3 2025');
    expect(format.period('2025-W03')).toBe('2025-W03');
    expect(format.money(1234.5)).toBe('1,234.50');
    expect(format.pointsChange(-0.0213)).toBe('-2.1');
    expect(format.signed(16.666)).toBe('+16.7');
    expect(format.signed(0)).toBe('0.0');
    expect(format.percent(null)).toBe('–');
    expect(localeFormat('ru', 'руб.').money(1234.5)).toBe('1\u00a0234,50\u00a0руб.');
    expect(localeFormat('bg', 'EUR').money(1234.5)).toBe('1234,50\u00a0€');
    expect(localeFormat('ru', null).period('2025-Q1')).toBe('1 кв. 2025');
  });

  it('picks round tick values', () => {
    expect(niceTicks(0, 1, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 15480, 4)).toEqual([0, 5000, 10000, 15000, 20000]);
    expect(niceTicks(-70, 100, 4)).toEqual([-100, -50, 0, 50, 100]);
  });
});
