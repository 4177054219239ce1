/**
 * Bar charts as inline SVG: upright columns with their counts (the NPS 0–10 distribution) and
 * horizontal share bars with a benchmark mark on each (the complaint-type breakdown against
 * 14/37/21/28). Every bar has a native <title> tooltip.
 */
import { type Html, html } from './escape.js';
import { type Frame, PALETTE, linearScale, niceTicks, px, svgChart, xAxis, yAxis } from './svg.js';

/** One column. */
export interface Column {
  label: string;
  value: number;
  color: string;
  /** Tooltip text; the label and value by default. */
  tooltip?: string;
}

/** Upright columns with the value above each and the label below. */
export function columnChart(spec: { id: string; title: string; desc: string; columns: readonly Column[]; formatValue: (value: number) => string; xTitle?: string; yTitle?: string }): Html {
  const frame: Frame = { width: 880, height: 260, left: 64, right: 24, top: 34, bottom: spec.xTitle ? 48 : 32 };
  // At least 4 so count ticks stay whole numbers.
  const ticks = niceTicks(0, Math.max(4, ...spec.columns.map((column) => column.value)), 4);
  const y = linearScale([0, ticks[ticks.length - 1]!], [frame.height - frame.bottom, frame.top]);
  const slot = (frame.width - frame.left - frame.right) / Math.max(1, spec.columns.length);
  const x = (index: number) => frame.left + slot * (index + 0.5);
  const barWidth = Math.min(56, slot * 0.7);
  const bars = spec.columns.map((column, index) => {
    const top = px(y(column.value));
    const height = px(y(0) - y(column.value));
    return html`<rect x="${px(x(index) - barWidth / 2)}" y="${top}" width="${px(barWidth)}" height="${height}" rx="2" fill="${column.color}"><title>${column.tooltip ?? `${column.label}: ${spec.formatValue(column.value)}`}</title></rect><text x="${px(x(index))}" y="${top - 6}" text-anchor="middle" class="point-label" fill="${PALETTE.ink}">${spec.formatValue(column.value)}</text>`;
  });
  const body = [
    yAxis(frame, ticks, y, spec.formatValue, spec.yTitle),
    bars,
    xAxis(
      frame,
      spec.columns.map((column) => column.label),
      x,
      spec.xTitle,
      0,
    ),
  ];
  return svgChart({ id: spec.id, title: spec.title, desc: spec.desc, width: frame.width, height: frame.height, body });
}

/** One horizontal bar: a share with the benchmark it is compared with (both 0–1). */
export interface BenchmarkBar {
  label: string;
  share: number | null;
  benchmark: number;
  color: string;
}

/**
 * Horizontal share bars, one row per category, each with a dark mark at its benchmark share so
 * the eye reads "above or below the benchmark" without a second set of bars.
 */
export function benchmarkBars(spec: { id: string; title: string; desc: string; rows: readonly BenchmarkBar[]; formatShare: (share: number) => string; benchmarkLabel: string }): Html {
  const rowHeight = 46;
  const frame: Frame = { width: 880, height: 40 + rowHeight * spec.rows.length + 28, left: 150, right: 90, top: 40, bottom: 28 };
  const largest = Math.max(...spec.rows.map((row) => Math.max(row.share ?? 0, row.benchmark)), 0.1);
  const ticks = niceTicks(0, largest, 4);
  const x = linearScale([0, ticks[ticks.length - 1]!], [frame.left, frame.width - frame.right]);
  const gridLines = ticks.map(
    (tick) =>
      html`<line x1="${px(x(tick))}" x2="${px(x(tick))}" y1="${frame.top - 6}" y2="${frame.height - frame.bottom}" stroke="${tick === 0 ? PALETTE.axis : PALETTE.grid}"/><text x="${px(x(tick))}" y="${frame.height - frame.bottom + 18}" text-anchor="middle" class="tick">${spec.formatShare(tick)}</text>`,
  );
  const rows = spec.rows.map((row, index) => {
    const top = frame.top + index * rowHeight;
    const barY = top + 8;
    const share = row.share ?? 0;
    const mark = px(x(row.benchmark));
    const tooltip = `${row.label}: ${row.share === null ? '–' : spec.formatShare(row.share)} (${spec.benchmarkLabel} ${spec.formatShare(row.benchmark)})`;
    return html`<g class="bar-row"><text x="${frame.left - 12}" y="${barY + 15}" text-anchor="end" class="bar-label">${row.label}</text><rect x="${frame.left}" y="${barY}" width="${px(x(share) - frame.left)}" height="22" rx="2" fill="${row.color}"><title>${tooltip}</title></rect><line x1="${mark}" x2="${mark}" y1="${barY - 6}" y2="${barY + 28}" stroke="${PALETTE.ink}" stroke-width="2.5"/><text x="${px(Math.max(x(share), x(row.benchmark)) + 8)}" y="${barY + 15}" class="point-label" fill="${PALETTE.ink}">${row.share === null ? '–' : spec.formatShare(row.share)}</text></g>`;
  });
  const legendX = frame.left;
  const legend = html`<g class="legend-mark"><line x1="${legendX}" x2="${legendX}" y1="8" y2="24" stroke="${PALETTE.ink}" stroke-width="2.5"/><text x="${legendX + 8}" y="21" class="tick">${spec.benchmarkLabel}</text></g>`;
  return svgChart({ id: spec.id, title: spec.title, desc: spec.desc, width: frame.width, height: frame.height, body: [gridLines, rows, legend] });
}
