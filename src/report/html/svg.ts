/**
 * The pieces every inline SVG chart of the page shares: the palette, coordinate rounding, nice
 * axis ticks, the accessible <svg> frame (role="img" with <title> and <desc>) and the axes.
 */
import { type Html, type HtmlPart, html } from './escape.js';

/** A calm palette: ink and greys for structure, one blue and one coral for the two main series. */
export const PALETTE = {
  ink: '#1f2933',
  muted: '#616e7c',
  grid: '#e4e7eb',
  axis: '#9aa5b1',
  blue: '#2f6f9f',
  coral: '#d0694a',
  green: '#3d8b6d',
  grey: '#b8c0c8',
  band: '#2f6f9f',
} as const;

/** The plot area inside the chart's viewBox. */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Coordinates rounded to a tenth of a unit: exact enough to look right, short in the file. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Evenly spaced round tick values covering [min, max] (1, 2 or 5 × a power of ten apart). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) max = min + 1;
  const rough = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const normal = rough / magnitude;
  const step = (normal < 1.5 ? 1 : normal < 3 ? 2 : normal < 7 ? 5 : 10) * magnitude;
  const first = Math.floor(min / step + 1e-9) * step;
  const last = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  // Rounding each tick to the step's precision keeps 0.30000000000000004 out of the labels.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let value = first; value <= last + step / 2; value += step) ticks.push(Number(value.toFixed(digits)));
  return ticks;
}

/** A linear map from a value domain to a pixel range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** The accessible frame of a chart: the title and description are what a screen reader says. */
export function svgChart(options: { id: string; title: string; desc: string; width: number; height: number; body: HtmlPart }): Html {
  const { id, width, height } = options;
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${options.title}</title><desc id="${id}-desc">${options.desc}</desc>${options.body}</svg>`;
}

/** Horizontal grid lines with their labels on the left, and an optional axis title above them. */
export function yAxis(frame: Frame, ticks: readonly number[], y: (value: number) => number, format: (value: number) => string, title?: string): Html {
  const x0 = frame.left;
  const x1 = frame.width - frame.right;
  const lines = ticks.map(
    (tick) =>
      html`<line x1="${x0}" x2="${x1}" y1="${px(y(tick))}" y2="${px(y(tick))}" stroke="${tick === 0 ? PALETTE.axis : PALETTE.grid}"/><text x="${x0 - 8}" y="${px(y(tick) + 4)}" text-anchor="end" class="tick">${format(tick)}</text>`,
  );
  const heading = title ? html`<text x="${x0}" y="${frame.top - 12}" class="axis-title">${title}</text>` : '';
  return html`<g class="y-axis">${lines}${heading}</g>`;
}

/** Category labels under the plot, thinned to every n-th when they would not fit, and an optional title. */
export function xAxis(frame: Frame, labels: readonly string[], x: (index: number) => number, title?: string, minGap = 64): Html {
  const plotWidth = frame.width - frame.left - frame.right;
  const step = Math.max(1, Math.ceil((labels.length * minGap) / Math.max(plotWidth, 1)));
  const baseline = frame.height - frame.bottom;
  const last = labels.length - 1;
  // The last label is shown too (the newest period matters most) unless it would touch the one before.
  const shown = (index: number) => index % step === 0 || (index === last && last % step > step / 2);
  const texts = labels.map((label, index) =>
    shown(index) ? html`<text x="${px(x(index))}" y="${baseline + 18}" text-anchor="middle" class="tick">${label}</text>` : '',
  );
  const heading = title ? html`<text x="${px(frame.left + plotWidth / 2)}" y="${frame.height - 4}" text-anchor="middle" class="axis-title">${title}</text>` : '';
  return html`<g class="x-axis">${texts}${heading}</g>`;
}

/** Mixes two #rrggbb colours: t = 0 gives `from`, t = 1 gives `to`. */
export function mixColor(from: string, to: string, t: number): string {
  const clamp = Math.min(1, Math.max(0, t));
  const channel = (offset: number) => {
    const a = parseInt(from.slice(offset, offset + 2), 16);
    const b = parseInt(to.slice(offset, offset + 2), 16);
    return Math.round(a + (b - a) * clamp)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}
