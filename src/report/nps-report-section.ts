/** The NPS section of care report: the JSON section, the grids, and the distribution chart. */
import type { Locale } from '../locale.js';
import type { NpsComputation } from '../metrics/nps-survey.js';
import type { Grid } from './grid.js';
import { type NpsJson, npsJson } from './nps-contract.js';
import { npsGrids } from './nps-render.js';
import { distributionChart, distributionGrid } from './nps-view.js';

/** What care report shows of a survey: the JSON section, the grids, and the distribution chart, in a language (English when absent). */
export interface NpsReportSection {
  json: NpsJson;
  grids: (lang?: Locale) => Grid[];
  /** The 0–10 bar chart for the terminal (coloured when `color`). */
  chart: (lang?: Locale) => string;
  /** The distribution as a grid, for Markdown and HTML. */
  distribution: (lang?: Locale) => Grid;
}

/** The section from a survey's figures (metrics/nps-survey.ts). */
export function buildNpsReportSection(result: NpsComputation, color: boolean): NpsReportSection {
  return {
    json: npsJson(result),
    grids: (lang) => npsGrids(result, lang),
    chart: (lang) => distributionChart(result.distribution, { color, lang }),
    distribution: (lang) => distributionGrid(result.distribution, lang),
  };
}
