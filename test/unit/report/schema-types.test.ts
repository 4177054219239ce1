/**
 * The zod schemas of src/report/schemas describe the documents the TS contracts build: every key
 * of a contract type is a key of its schema, and each key's type fits the schema's (checked by tsc;
 * `npm test` typechecks the tests). So a key added to a contract without its schema, or a type
 * changed on one side only, fails the typecheck before it fails the JSON test. Keys whose TS type
 * is looser than the JSON (a Record where the schema names every key) are listed as such.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { SendSummaryJson } from '../../../src/email/send.js';
import type { InspectJson } from '../../../src/ingest/inspect-result.js';
import type { ClassifyJson } from '../../../src/report/classify-contract.js';
import type { ConfigShown } from '../../../src/report/config-view.js';
import type { LiftJson } from '../../../src/report/lift-view.js';
import type { LintResultJson } from '../../../src/report/lint-view.js';
import type { LtvJson } from '../../../src/report/ltv-contract.js';
import type { MrrJson } from '../../../src/report/mrr-view.js';
import type { NpsJson } from '../../../src/report/nps-contract.js';
import type { RemindJson } from '../../../src/report/remind-view.js';
import type { ReportJson } from '../../../src/report/report-contract.js';
import type { RetentionJson } from '../../../src/report/retention-contract.js';
import type { SegmentsJson } from '../../../src/report/segments-view.js';
import type { SlaJson } from '../../../src/report/sla-contract.js';
import type { verifyJson } from '../../../src/report/verify-view.js';
import type { classifyBody } from '../../../src/report/schemas/classify.js';
import type { ltvBody } from '../../../src/report/schemas/ltv.js';
import type { npsBody } from '../../../src/report/schemas/nps.js';
import type { configBody, emailBody, inspectBody, liftBody, lintReplyBody, remindBody, segmentsBody, slaBody, verifyBody } from '../../../src/report/schemas/others.js';
import type { reportBody } from '../../../src/report/schemas/report.js';
import type { mrrBody, retentionBody } from '../../../src/report/schemas/retention.js';

/** The document a schema body describes, without its `schema` key. */
type Body<Shape extends z.ZodRawShape> = z.infer<z.ZodObject<Shape>>;
/** Keys of the contract the schema lacks, and keys whose contract type does not fit the schema's (but the `loose` ones). */
type Misfits<Contract, Shape extends z.ZodRawShape, Loose extends string = never> =
  | Exclude<keyof Contract, keyof Body<Shape>>
  | Exclude<{ [K in keyof Contract & keyof Body<Shape>]-?: Contract[K] extends Body<Shape>[K] ? never : K }[keyof Contract & keyof Body<Shape>], Loose>;

describe('the contract types fit their schemas', () => {
  it('each command', () => {
    // compare.metrics is a Record<string, MetricChange> in TS (compare-view.ts); the schema names the eight metrics.
    expectTypeOf<Misfits<RetentionJson, typeof retentionBody, 'compare'>>().toEqualTypeOf<never>();
    expectTypeOf<Misfits<MrrJson, typeof mrrBody>>().toEqualTypeOf<never>();
    expectTypeOf<Misfits<NpsJson, typeof npsBody>>().toEqualTypeOf<never>();
    // segments (by --by) and holdout's rows and card are open objects in the schema: interfaces fit no Record in TS.
    expectTypeOf<Misfits<LtvJson, typeof ltvBody, 'segments' | 'holdout'>>().toEqualTypeOf<never>();
    expectTypeOf<Misfits<ClassifyJson, typeof classifyBody>>().toEqualTypeOf<never>();
    expectTypeOf<Misfits<ReportJson, typeof reportBody, 'subscriptions'>>().toEqualTypeOf<never>();
    expectTypeOf<Misfits<SegmentsJson, typeof segmentsBody>>().toEqualTypeOf<never>();
    expectTypeOf<Misfits<LiftJson, typeof liftBody>>().toEqualTypeOf<never>();
    expectTypeOf<Misfits<SlaJson, typeof slaBody>>().toEqualTypeOf<never>();
    expectTypeOf<Misfits<InspectJson, typeof inspectBody>>().toEqualTypeOf<never>();
    // An item is a Record<string, string | number | null> in TS (remind-view.ts); the schema has one shape per kind.
    expectTypeOf<Misfits<RemindJson, typeof remindBody, 'items'>>().toEqualTypeOf<never>();
    // type is a string in TS (lint-view.ts); the schema lists the complainer types.
    expectTypeOf<Misfits<LintResultJson, typeof lintReplyBody, 'type'>>().toEqualTypeOf<never>();
    expectTypeOf<Misfits<ConfigShown, typeof configBody>>().toEqualTypeOf<never>();
    expectTypeOf<Misfits<SendSummaryJson, typeof emailBody>>().toEqualTypeOf<never>();
    expectTypeOf<Misfits<ReturnType<typeof verifyJson>, typeof verifyBody>>().toEqualTypeOf<never>();
  });
});
