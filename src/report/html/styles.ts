/**
 * The page's stylesheet, inlined in <style>: system fonts only (no download), a calm palette,
 * tabular numerals for every number, cards and sections on a soft background on screen, and a
 * print layout with each section on its own page and the heat map's colours kept.
 */
export const STYLES = `
:root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--rule:#cbd2d9;--bg:#f5f7f9;--card:#fff;--blue:#2f6f9f;--good:#2f7d5e;--bad:#b5533a}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif}
main{max-width:1040px;margin:0 auto;padding:32px 24px 40px}
.page-header{margin:0 0 22px}
h1{font-size:28px;line-height:1.2;font-weight:650;letter-spacing:-.01em;margin:0 0 4px}
.subtitle{color:var(--muted);margin:0}
h2{font-size:19px;line-height:1.3;font-weight:650;margin:0 0 4px}
h3{font-size:13px;font-weight:600;color:var(--muted);margin:0 0 6px;text-transform:uppercase;letter-spacing:.04em}
.kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:12px;margin:0 0 22px}
.kpi{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
.kpi-label{margin:0;font-size:13px;color:var(--muted);font-weight:500}
.kpi-value{margin:2px 0;font-size:24px;line-height:1.25;font-weight:650;font-variant-numeric:tabular-nums;letter-spacing:-.01em;white-space:nowrap}
.kpi-hint{margin:0;font-size:12.5px;line-height:1.4;color:var(--muted)}
.report-section .kpis{margin:0 0 16px}
.report-section .kpi{background:var(--bg);border:none}
.change{font-weight:600;font-variant-numeric:tabular-nums}
.change.good{color:var(--good)}
.change.bad{color:var(--bad)}
.report-section{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:22px 24px 20px;margin:0 0 20px}
.lead{margin:0 0 16px;color:var(--muted);max-width:78ch}
figure{margin:0 0 10px}
figcaption{font-weight:600;font-size:14px;margin:0 0 4px}
svg.chart{display:block;width:100%;height:auto;overflow:visible}
svg .tick{font-size:12px;fill:#616e7c;font-variant-numeric:tabular-nums}
svg .axis-title{font-size:12px;fill:#616e7c;font-weight:600}
svg .point-label{font-size:12px;font-weight:600;font-variant-numeric:tabular-nums}
svg .bar-label{font-size:13.5px;fill:#1f2933}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:4px 18px;padding:0;margin:0 0 4px;font-size:13px;color:var(--muted)}
.swatch{display:inline-block;width:16px;height:4px;border-radius:2px;vertical-align:middle;margin-right:6px}
.swatch.wide{width:44px}
.table-wrap{overflow-x:auto;margin:6px 0 0}
table.numbers{border-collapse:collapse;font-size:13.5px;font-variant-numeric:tabular-nums}
table.numbers caption{text-align:left;font-size:12.5px;color:var(--muted);padding:0 0 6px;caption-side:top}
table.numbers th,table.numbers td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;white-space:nowrap}
table.numbers thead th{font-weight:600;color:var(--muted);font-size:12.5px;border-bottom:1px solid var(--rule);vertical-align:bottom}
table.numbers tbody th{font-weight:500}
table.numbers .num{text-align:right}
table.numbers tr.partial{color:var(--muted)}
table.numbers td.partial{font-style:italic}
table.numbers tr.total th,table.numbers tr.total td{font-weight:650;border-top:1px solid var(--rule)}
.tag{font-size:11px;border:1px solid var(--rule);border-radius:4px;padding:0 4px;margin-left:4px;color:var(--muted);font-style:normal;font-weight:500}
table.heat-map td{border:2px solid #fff;min-width:62px;text-align:right}
table.heat-map tbody th{border-bottom:2px solid #fff}
.heat-scale{display:inline-block;width:80px;height:10px;border-radius:2px;background:linear-gradient(90deg,#f3f6f9,#1f5a85);vertical-align:middle;margin-right:4px}
.note{font-size:13px;color:var(--muted);margin:8px 0 0}
details.numbers-fold{margin:4px 0 18px}
details.numbers-fold summary{cursor:pointer;color:var(--blue);font-size:13.5px;padding:2px 0}
.figure-lists{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:14px 32px;margin:0 0 20px}
.figure-list dl{margin:0}
.figure-list dl div{display:flex;justify-content:space-between;align-items:baseline;gap:12px;padding:5px 0;border-bottom:1px solid var(--line);font-size:14px}
.figure-list dt{color:var(--muted)}
.figure-list dd{margin:0;font-weight:600;font-variant-numeric:tabular-nums;text-align:right;white-space:nowrap}
.notes{margin:14px 0 0;font-size:13px;color:var(--muted)}
.notes ul{margin:0;padding-left:18px}
.page-footer{color:var(--muted);font-size:12.5px;margin:8px 0 0}
@media (max-width:640px){main{padding:20px 12px}.report-section{padding:16px 14px}.kpis{grid-template-columns:repeat(2,minmax(0,1fr));gap:8px}.kpi{padding:10px 12px}.kpi-value{font-size:19px}}
@media print{
  @page{size:A4;margin:14mm 12mm}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  body{background:#fff;font-size:10.5pt}
  main{max-width:none;padding:0}
  .kpi{border-color:var(--rule)}
  .report-section{border:none;border-radius:0;padding:0;margin:0;break-before:page}
  .kpi,figure,.figure-list,tr,.notes{break-inside:avoid}
  h2,h3,figcaption{break-after:avoid}
  .table-wrap{overflow:visible}
  table.numbers{font-size:9pt}
  table.numbers th,table.numbers td{padding:3px 7px}
  details.numbers-fold>summary{display:none}
  details.numbers-fold::details-content{content-visibility:visible;display:contents}
  details.numbers-fold.screen-only{display:none}
}
`;
