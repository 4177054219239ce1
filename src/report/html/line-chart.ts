/**
 * A line chart over categories (periods, cohort ages) as inline SVG: several series, gaps where a
 * value is missing, a dashed last segment for a period still running, an optional band (a margin
 * of error) and value labels on the points when there are few of them. Each point carries a
 * native <title> tooltip, so hovering shows the number without any script.
 */
import { type Html, html } from './escape.js';
import { type Frame, linearScale, niceTicks, px, svgChart, xAxis, yAxis } from './svg.js';

/** One line of the chart. */
export interface LineSeries {
  label: string;
  values: readonly (number | null)[];
  color: string;
  /** Stroke width (default 2.5). */
  width?: number;
  /** Index of the first point still in progress: the segment into it is dashed, its marker hollow. */
  partialFrom?: number;
  /** Draw point markers with tooltips (default true). */
  markers?: boolean;
  /** Write each point's value beside it (for short series). */
  valueLabels?: 'above' | 'below';
}

/** What to draw. */
export interface LineChartSpec {
  id: string;
  title: string;
  desc: string;
  xLabels: readonly string[];
  series: readonly LineSeries[];
  formatValue: (value: number) => string;
  formatTick?: (value: number) => string;
  yMin?: number;
  yMax?: number;
  xTitle?: string;
  yTitle?: string;
  band?: { lower: readonly (number | null)[]; upper: readonly (number | null)[]; color: string };
  width?: number;
  height?: number;
}

/** The chart as an <svg>. */
export function lineChart(spec: LineChartSpec): Html {
  const frame: Frame = { width: spec.width ?? 880, height: spec.height ?? 300, left: 64, right: 24, top: 34, bottom: spec.xTitle ? 48 : 32 };
  const values = [...spec.series.flatMap((series) => series.values), ...(spec.band ? [...spec.band.lower, ...spec.band.upper] : [])].filter(
    (value): value is number => value !== null && Number.isFinite(value),
  );
  const ticks = niceTicks(spec.yMin ?? Math.min(0, ...values), spec.yMax ?? Math.max(...values, 0), 4);
  const y = linearScale([ticks[0]!, ticks[ticks.length - 1]!], [frame.height - frame.bottom, frame.top]);
  const count = spec.xLabels.length;
  const plotWidth = frame.width - frame.left - frame.right;
  // A few points sit inset from the edges so their labels fit; many points use the whole width.
  const inset = count <= 12 ? plotWidth / (count * 2) : 0;
  const x = count <= 1 ? () => frame.left + plotWidth / 2 : linearScale([0, count - 1], [frame.left + inset, frame.left + plotWidth - inset]);
  const body = [
    yAxis(frame, ticks, y, spec.formatTick ?? spec.formatValue, spec.yTitle),
    spec.band ? band(spec.band, x, y) : '',
    ...spec.series.map((series) => line(series, x, y, spec, frame.height - frame.bottom)),
    xAxis(frame, spec.xLabels, x, spec.xTitle),
  ];
  return svgChart({ id: spec.id, title: spec.title, desc: spec.desc, width: frame.width, height: frame.height, body });
}

type Scale = (value: number) => number;

/** The polyline pieces between missing values, the dashed partial segment, markers and labels. */
function line(series: LineSeries, x: Scale, y: Scale, spec: LineChartSpec, floor: number): Html {
  const partialFrom = series.partialFrom ?? series.values.length;
  const solid: string[] = [];
  const dashed: string[] = [];
  let run: string[] = [];
  series.values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) {
      if (run.length > 1) solid.push(run.join(' '));
      run = [];
      return;
    }
    const point = `${px(x(index))},${px(y(value))}`;
    if (index >= partialFrom) {
      const previous = series.values[index - 1];
      if (previous !== null && previous !== undefined) dashed.push(`${px(x(index - 1))},${px(y(previous))} ${point}`);
      return;
    }
    run.push(point);
  });
  if (run.length > 1) solid.push(run.join(' '));
  const width = series.width ?? 2.5;
  const paths = [
    ...solid.map((points) => html`<polyline points="${points}" fill="none" stroke="${series.color}" stroke-width="${width}" stroke-linejoin="round" stroke-linecap="round"/>`),
    ...dashed.map((points) => html`<polyline points="${points}" fill="none" stroke="${series.color}" stroke-width="${width}" stroke-dasharray="5 4"/>`),
  ];
  const markers =
    series.markers === false
      ? []
      : series.values.map((value, index) => {
          if (value === null || !Number.isFinite(value)) return '';
          const partial = index >= partialFrom;
          const cx = px(x(index));
          const cy = px(y(value));
          const text = `${series.label}, ${spec.xLabels[index] ?? ''}: ${spec.formatValue(value)}`;
          // A label asked for below the point goes above it when it would sit on the axis labels.
          const below = series.valueLabels === 'below' && cy + 18 < floor - 4;
          const label = series.valueLabels
            ? html`<text x="${cx}" y="${below ? cy + 18 : cy - 10}" text-anchor="middle" class="point-label" fill="${series.color}">${spec.formatValue(value)}</text>`
            : '';
          return html`<circle cx="${cx}" cy="${cy}" r="4" fill="${partial ? '#ffffff' : series.color}" stroke="${series.color}" stroke-width="2"><title>${text}</title></circle>${label}`;
        });
  return html`<g class="series">${paths}${markers}</g>`;
}

/** A shaded band between two value lines (points missing on either side are skipped). */
function band(spec: NonNullable<LineChartSpec['band']>, x: Scale, y: Scale): Html {
  const indices = spec.lower.map((_, index) => index).filter((index) => isFiniteValue(spec.lower[index]) && isFiniteValue(spec.upper[index]));
  if (indices.length < 2) return html``;
  const upper = indices.map((index) => `${px(x(index))},${px(y(spec.upper[index]!))}`);
  const lower = indices.reverse().map((index) => `${px(x(index))},${px(y(spec.lower[index]!))}`);
  return html`<polygon points="${[...upper, ...lower].join(' ')}" fill="${spec.color}" fill-opacity="0.12" stroke="none"/>`;
}

function isFiniteValue(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}
