/**
 * `care report --format html`: the whole report as one self-contained page — inline CSS and SVG,
 * no script, no network (a Content-Security-Policy forbids any fetch), good on screen and in
 * print. It renders the report JSON (reportJson), so the page and `--format json` always agree.
 */
import { type Html, html, trusted } from './escape.js';
import { type HtmlLocale, labelsFor } from './labels.js';
import { localeFormat } from './locale-format.js';
import { ltvSection } from './ltv-section.js';
import { type ReportJson, readComplaints, readNps } from './model.js';
import { type PageContext, cohortSection, kpiCards, orderCards, retentionSection } from './sections.js';
import { mrrSection } from './mrr-section.js';
import { segmentsSection } from './segments-section.js';
import { slaSection } from './sla-section.js';
import { STYLES } from './styles.js';
import { complaintsSection, npsCard, npsSection } from './survey-sections.js';

export type { HtmlLocale } from './labels.js';
export type { ReportJson } from './model.js';

/** Options of the page. */
export interface ReportHtmlOptions {
  locale: HtmlLocale;
  /** The page's heading and <title> (default: "Customer report" in the locale). */
  title?: string;
}

// No fetch of any kind, no script; inline styles and the page's own data: URLs only.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'";

/** The report JSON as one HTML document (a string; the caller writes it). */
export function renderReportHtml(json: ReportJson, options: ReportHtmlOptions): string {
  const labels = labelsFor(options.locale);
  const format = localeFormat(options.locale, json.currency);
  const context: PageContext = { json, labels, format };
  const nps = readNps(json);
  const complaints = readComplaints(json);
  const title = options.title ?? labels.title;
  const asOf = labels.asOf(format.date(json.asOf));
  const subtitle = [asOf, labels.perPeriod(json.period), json.currency ? `${labels.currency}: ${json.currency}` : ''].filter((part) => part !== '').join(' · ');
  const cards = orderCards(context);
  if (nps) cards.push(npsCard(context, nps));
  const body: Html[] = [
    html`<header class="page-header"><h1>${title}</h1><p class="subtitle">${subtitle}</p></header>`,
    kpiCards(cards),
    retentionSection(context),
    cohortSection(context),
    ltvSection(context),
    segmentsSection(context, json.segments, options.locale),
  ];
  if (nps) body.push(npsSection(context, nps));
  if (complaints) body.push(complaintsSection(context, complaints));
  if (json.mrr) body.push(mrrSection(context, json.mrr));
  if (json.sla) body.push(slaSection(context, json.sla));
  body.push(html`<footer class="page-footer"><p>${footer(context)}</p></footer>`);
  const page = html`<!DOCTYPE html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="generator" content="care">
<title>${title} — ${asOf}</title>
<style>${trusted(STYLES)}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
  return page.text;
}

/** Where the numbers came from: rows read, orders and customers counted (ingest). */
function footer({ json, labels, format }: PageContext): string {
  // With --engine care read the engine's customer-days, not the export's rows.
  const rows = 'rows' in json.ingest ? json.ingest.rows : json.ingest.customerDays;
  return labels.footer(format.integer(rows), format.integer(json.kpis.orders), format.integer(json.kpis.customers));
}
