/**
 * Complaint classification: the four complainer types, rules as data, and the summary.
 * Pure: the built-in rules are imported data; user rules arrive as parsed JSON.
 */
export { classify, COMMENT_RULE, LOW_SCORE_RULE } from './classify.js';
export { explainClassification } from './explain.js';
export type { ExplainedHit, Explanation, WhatIf } from './explain.js';
export { readRecord } from './read.js';
export { scoreIn } from './score-in-line.js';
export type { DecisionStep, LineKind, Reading, RecordPart, SetAside } from './read.js';
export { compileRules } from './compile.js';
export { TEXT_CAP, capText, isOverCap } from '../text/text-cap.js';
export type { CompiledRules } from './compile.js';
export { loadRules, mergeRules, formatKeyPath } from './load.js';
export { builtinRules } from './rules.js';
export { ruleSetSchema, userRulesSchema } from './schema.js';
export type { Rule, RuleField, RuleSet, TermsByLanguage, UserRules } from './schema.js';
export { PLAYBOOK, nextAction, needsManager } from './playbook.js';
export type { PlaybookEntry } from './playbook.js';
export {
  BENCHMARK_SHARES,
  ICEBERG_MULTIPLIER,
  VOICED_TYPES,
  summarize,
  rollUpByCustomer,
} from './summary.js';
export type {
  ChannelCount,
  ClassifiedItem,
  ComplaintSummary,
  CustomerRollUp,
  ManagerItem,
  SummaryRecord,
  TypeShare,
} from './summary.js';
export { COMPLAINER_TYPES, LOCALES, isSkipped, severityRank } from './types.js';
export type {
  ClassifyResult,
  Classified,
  ComplainerType,
  ComplaintRecord,
  Evidence,
  EvidenceField,
  Locale,
  SkipReason,
  Skipped,
} from './types.js';
