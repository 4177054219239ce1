/**
 * Two small text classifiers for the model experiment (bench/model-experiment.ts), pure and
 * deterministic: multinomial naive Bayes (Laplace smoothing) and multinomial logistic regression
 * (softmax, L2, SGD with AdaGrad steps, examples shuffled by a seeded generator).
 * Features arrive as named sparse maps; the vocabulary is what the training records hold (a name
 * first seen when predicting carries no weight).
 */
import { mulberry32 as seeded } from '../../src/metrics/ltv/simulate.js';
import type { Features } from './features.js';

export interface Example {
  features: Features;
  label: number;
}

/** Sparse vector: feature indices and values, for the training vocabulary only. */
interface Sparse {
  index: Int32Array;
  value: Float64Array;
}

export class Vocabulary {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  static of(examples: readonly Example[]): Vocabulary {
    const vocabulary = new Vocabulary();
    for (const { features } of examples) for (const name of features.keys()) vocabulary.idOf(name, true);
    return vocabulary;
  }

  idOf(name: string, grow = false): number {
    const found = this.ids.get(name);
    if (found !== undefined || !grow) return found ?? -1;
    this.ids.set(name, this.names.length);
    this.names.push(name);
    return this.names.length - 1;
  }

  sparse(features: Features): Sparse {
    const index: number[] = [];
    const value: number[] = [];
    for (const [name, v] of features) {
      const id = this.idOf(name);
      if (id >= 0 && v !== 0) {
        index.push(id);
        value.push(v);
      }
    }
    return { index: Int32Array.from(index), value: Float64Array.from(value) };
  }
}

export interface Model {
  /** Class probabilities of one record. */
  predict(features: Features): Float64Array;
}

/** Multinomial naive Bayes; feature values act as (fractional) counts. */
export function trainNaiveBayes(examples: readonly Example[], classes: number, alpha = 0.1): Model & { logRatio(name: string): Float64Array | undefined } {
  const vocabulary = Vocabulary.of(examples);
  const size = vocabulary.names.length;
  const counts = Array.from({ length: classes }, () => new Float64Array(size));
  const totals = new Float64Array(classes);
  const prior = new Float64Array(classes);
  for (const { features, label } of examples) {
    prior[label] = (prior[label] ?? 0) + 1;
    const row = counts[label] as Float64Array;
    const { index, value } = vocabulary.sparse(features);
    for (let i = 0; i < index.length; i += 1) {
      row[index[i] as number] = (row[index[i] as number] ?? 0) + (value[i] as number);
      totals[label] = (totals[label] ?? 0) + (value[i] as number);
    }
  }
  const logPrior = prior.map((n) => Math.log((n + 1) / (examples.length + classes)));
  const logLikelihood = counts.map((row, c) => row.map((n) => Math.log((n + alpha) / ((totals[c] as number) + alpha * size))));
  return {
    predict(features) {
      const score = Float64Array.from(logPrior);
      const { index, value } = vocabulary.sparse(features);
      for (let c = 0; c < classes; c += 1) {
        const row = logLikelihood[c] as Float64Array;
        for (let i = 0; i < index.length; i += 1) score[c] = (score[c] as number) + (value[i] as number) * (row[index[i] as number] as number);
      }
      return softmax(score);
    },
    logRatio(name) {
      const id = vocabulary.idOf(name);
      if (id < 0) return undefined;
      return Float64Array.from(logLikelihood.map((row) => row[id] as number));
    },
  };
}

function softmax(score: Float64Array): Float64Array {
  let max = -Infinity;
  for (const s of score) max = Math.max(max, s);
  let sum = 0;
  const out = score.map((s) => {
    const e = Math.exp(s - max);
    sum += e;
    return e;
  });
  return out.map((e) => e / sum);
}

export interface LogRegOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

export const LOGREG_DEFAULTS: LogRegOptions = { epochs: 30, rate: 0.5, l2: 1e-4, seed: 14 };

/** Softmax regression trained by SGD with AdaGrad; L2 shrinks the weights each example touches. */
export function trainLogReg(examples: readonly Example[], classes: number, options: LogRegOptions = LOGREG_DEFAULTS): Model & { weights(name: string): Float64Array | undefined } {
  const vocabulary = Vocabulary.of(examples);
  const size = vocabulary.names.length + 1; // the last column is the bias
  const weights = Array.from({ length: classes }, () => new Float64Array(size));
  const squares = Array.from({ length: classes }, () => new Float64Array(size).fill(1e-8));
  const rows = examples.map(({ features, label }) => {
    const { index, value } = vocabulary.sparse(features);
    const withBias = { index: Int32Array.from([...index, size - 1]), value: Float64Array.from([...value, 1]) };
    return { ...withBias, label };
  });
  const random = seeded(options.seed);
  const order = rows.map((_, i) => i);
  const scores = new Float64Array(classes);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const at of order) {
      const row = rows[at] as (typeof rows)[number];
      for (let c = 0; c < classes; c += 1) {
        let s = 0;
        const w = weights[c] as Float64Array;
        for (let k = 0; k < row.index.length; k += 1) s += (w[row.index[k] as number] as number) * (row.value[k] as number);
        scores[c] = s;
      }
      const p = softmax(scores);
      for (let c = 0; c < classes; c += 1) {
        const error = (p[c] as number) - (c === row.label ? 1 : 0);
        const w = weights[c] as Float64Array;
        const g2 = squares[c] as Float64Array;
        for (let k = 0; k < row.index.length; k += 1) {
          const f = row.index[k] as number;
          const grad = error * (row.value[k] as number) + (f === size - 1 ? 0 : options.l2 * (w[f] as number));
          g2[f] = (g2[f] as number) + grad * grad;
          w[f] = (w[f] as number) - (options.rate * grad) / Math.sqrt(g2[f] as number);
        }
      }
    }
  }
  return {
    predict(features) {
      const { index, value } = vocabulary.sparse(features);
      const score = new Float64Array(classes);
      for (let c = 0; c < classes; c += 1) {
        const w = weights[c] as Float64Array;
        let s = w[size - 1] as number;
        for (let k = 0; k < index.length; k += 1) s += (w[index[k] as number] as number) * (value[k] as number);
        score[c] = s;
      }
      return softmax(score);
    },
    weights(name) {
      const id = vocabulary.idOf(name);
      if (id < 0) return undefined;
      return Float64Array.from(weights.map((w) => w[id] as number));
    },
  };
}

/** Names of the training vocabulary (for listing the strongest features). */
export function vocabularyOf(examples: readonly Example[]): string[] {
  return Vocabulary.of(examples).names;
}
