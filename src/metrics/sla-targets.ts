/**
 * SLA targets: one first-response and one resolution target, or targets per priority and per
 * channel from a small JSON file validated with zod (docs/definitions.md, "SLA"). Durations are
 * written `10m`, `1h`, `1h30m`, `2d` (a day is 24 hours of the clock in use). Pure: the command
 * reads the file.
 */
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { normalizeStatus } from '../ingest/fields/status.js';

export type SlaMetric = 'firstResponse' | 'resolution';
export const SLA_METRICS: readonly SlaMetric[] = ['firstResponse', 'resolution'];

/** Targets in minutes; a metric without one is measured but not judged. */
export interface TargetPair {
  firstResponse?: number;
  resolution?: number;
}

export interface SlaTargets extends TargetPair {
  /** Normalised priority (lower case) → its targets; wins over byChannel and the defaults. */
  byPriority: Record<string, TargetPair>;
  /** Normalised channel → its targets; wins over the defaults. */
  byChannel: Record<string, TargetPair>;
}

const DURATION = /^(?:(\d+(?:\.\d+)?)d)?\s*(?:(\d+(?:\.\d+)?)h)?\s*(?:(\d+(?:\.\d+)?)m(?:in)?)?$/;

/** `90m`, `1h30m`, `1.5h`, `2d` → minutes; undefined when it is not a positive duration. */
export function parseDurationText(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  const match = DURATION.exec(trimmed);
  if (!match || trimmed === '') return undefined;
  const minutes = Number(match[1] ?? 0) * 1440 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return minutes > 0 ? minutes : undefined;
}

/** A duration option (`--first-response 1h`): minutes, or a UsageError naming the option. */
export function durationOption(option: string, text: string): number {
  const minutes = parseDurationText(text);
  if (minutes === undefined) {
    throw new UsageError('CARE_BAD_DURATION', `${option} ${text}: not a duration`, {
      hint: 'write it like 10m, 1h, 1h30m or 2d (a day is 24 hours)',
      say: say('error.notDuration', { flag: option, value: text }),
      hintSay: say('hint.durationForm'),
    });
  }
  return minutes;
}

const duration = z.string().refine((text) => parseDurationText(text) !== undefined, { message: 'not a duration (write 10m, 1h, 1h30m or 2d)' });
const pair = z.object({ firstResponse: duration.optional(), resolution: duration.optional() }).strict();

export const targetsSchema = z
  .object({
    $schema: z.string().optional(),
    firstResponse: duration.optional(),
    resolution: duration.optional(),
    byPriority: z.record(z.string(), pair).optional(),
    byChannel: z.record(z.string(), pair).optional(),
  })
  .strict();

function toPair(entry: { firstResponse?: string; resolution?: string }): TargetPair {
  const result: TargetPair = {};
  if (entry.firstResponse !== undefined) result.firstResponse = parseDurationText(entry.firstResponse)!;
  if (entry.resolution !== undefined) result.resolution = parseDurationText(entry.resolution)!;
  return result;
}

/**
 * A targets file's parsed JSON → targets; every problem named by its key path in one UsageError
 * (exit 2). `flags` (--first-response, --resolution) replace the file's own defaults.
 */
export function parseTargets(json: unknown, file: string | undefined, flags: TargetPair = {}): SlaTargets {
  const result = targetsSchema.safeParse(json ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new UsageError('CARE_BAD_TARGETS', `--targets: ${problems.join('; ')}`, {
      file,
      hint: 'the file is {"firstResponse": "1h", "resolution": "24h", "byPriority": {"urgent": {"firstResponse": "15m"}}, "byChannel": {"chat": {"firstResponse": "10m"}}}',
      say: say('error.targetsInvalid', { problems: problems.join('; ') }),
      hintSay: say('hint.targetsFormat'),
    });
  }
  const data = result.data;
  const byKey = (record: Record<string, { firstResponse?: string; resolution?: string }> | undefined) =>
    Object.fromEntries(Object.entries(record ?? {}).map(([key, entry]) => [normalizeStatus(key), toPair(entry)]));
  return { ...toPair(data), ...flags, byPriority: byKey(data.byPriority), byChannel: byKey(data.byChannel) };
}

/** Priority and channel values as the targets file's keys are compared; a few distinct values, so each is normalised once. */
const keys = new Map<string, string>();
function keyOf(value: string): string {
  let key = keys.get(value);
  if (key === undefined) {
    if (keys.size > 10_000) keys.clear();
    keys.set(value, (key = normalizeStatus(value)));
  }
  return key;
}

/** The target of a ticket for a metric: its priority's, else its channel's, else the default. */
export function targetFor(targets: SlaTargets, metric: SlaMetric, priority: string | undefined, channel: string | undefined): number | undefined {
  const byPriority = priority === undefined ? undefined : targets.byPriority[keyOf(priority)]?.[metric];
  if (byPriority !== undefined) return byPriority;
  const byChannel = channel === undefined ? undefined : targets.byChannel[keyOf(channel)]?.[metric];
  return byChannel ?? targets[metric];
}
