/**
 * Which reminder rule a template selects with, the options each rule takes, and the selection
 * each rule makes from the customer history or the invoices (the rules themselves: due.ts).
 */
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { CustomerHistory } from './history.js';
import type { InvoiceInput } from '../model/invoice.js';
import type { Day } from '../time/days.js';
import { DUE_KINDS, type DueItem, type DueKind, type DueSelection, type PaymentDue, selectAnniversaries, selectPayments, selectReorder, selectWinBack } from './due.js';

/** The rule each built-in reminder template selects with. */
export const RULE_BY_TEMPLATE: Readonly<Record<string, DueKind>> = {
  'reorder-reminder': 'reorder',
  'win-back': 'win-back',
  'payment-reminder': 'payment',
  anniversary: 'anniversary',
};

/** Which rule each rule-specific option belongs to (an option for another rule is a usage error). */
export const OPTION_RULES = {
  after: { flag: '--after', kinds: ['reorder'] },
  within: { flag: '--within', kinds: ['payment', 'anniversary'] },
  lapsedWithin: { flag: '--lapsed-within', kinds: ['win-back'] },
  churnAfter: { flag: '--churn-after', kinds: ['reorder', 'win-back'] },
} as const satisfies Record<string, { flag: string; kinds: readonly DueKind[] }>;

/** Anniversary reminders look this many days ahead unless --within says otherwise. */
export const DEFAULT_ANNIVERSARY_WITHIN_DAYS = 7;

/** A rule's settings, as the options (and the config) gave them. */
export interface DueRule {
  churnAfterDays?: number;
  afterDays?: number;
  withinDays?: number;
  lapsedWithinDays?: number;
}

/** The customers due under an orders rule (reorder, win-back or anniversary). */
export function selectFromHistory(history: CustomerHistory, asOf: Day, kind: Exclude<DueKind, 'payment'>, rule: DueRule, defaultChurnAfterDays: number): DueSelection<DueItem> {
  const churnAfterDays = rule.churnAfterDays ?? defaultChurnAfterDays;
  if (kind === 'reorder') return selectReorder(history, asOf, { churnAfterDays, ...(rule.afterDays === undefined ? {} : { afterDays: rule.afterDays }) });
  if (kind === 'win-back') return selectWinBack(history, asOf, { churnAfterDays, ...(rule.lapsedWithinDays === undefined ? {} : { lapsedWithinDays: rule.lapsedWithinDays }) });
  return selectAnniversaries(history, asOf, rule.withinDays ?? DEFAULT_ANNIVERSARY_WITHIN_DAYS);
}

/** The invoices due for a payment reminder, counted against every invoice read and what the reader set aside. */
export function selectFromInvoices(invoices: readonly InvoiceInput[], asOf: Day, withinDays: number | undefined, read: { total: number; setAside: Readonly<Record<string, number>> }): DueSelection<PaymentDue> {
  const payments = selectPayments(invoices, asOf, withinDays);
  return { ...payments, considered: read.total, setAside: mergeCounts(read.setAside, payments.setAside) };
}

/** Two count maps added key by key. */
export function mergeCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const sum: Record<string, number> = { ...a };
  for (const [key, count] of Object.entries(b)) sum[key] = (sum[key] ?? 0) + count;
  return sum;
}

/** "Today" for invoices: due dates are promises about the future, so the last issue or payment date. */
export function lastEventDay(invoices: readonly InvoiceInput[]): Day | undefined {
  let last: Day | undefined;
  for (const invoice of invoices) {
    for (const day of [invoice.issued, invoice.paid]) if (day !== undefined && (last === undefined || day > last)) last = day;
  }
  return last;
}

/** The rule: --kind when given, else the one the template's name stands for (a usage error, exit 2, otherwise). */
export function ruleFor(template: string, kindOption: string | undefined): DueKind {
  if (kindOption !== undefined) {
    if ((DUE_KINDS as readonly string[]).includes(kindOption)) return kindOption as DueKind;
    throw new UsageError('CARE_BAD_OPTION', `--kind ${kindOption}: unknown rule`, { hint: `use one of ${DUE_KINDS.join(', ')}`, say: say('error.unknownRule', { value: kindOption }), hintSay: say('hint.useOneOf', { values: DUE_KINDS.join(', ') }) });
  }
  const kind = RULE_BY_TEMPLATE[template];
  if (kind === undefined) {
    throw new UsageError('CARE_NOT_A_REMINDER', `"${template}" is not a reminder template, so care cannot tell whom it is for`, {
      hint: `use ${Object.keys(RULE_BY_TEMPLATE).join(', ')}, or pick the rule with --kind ${DUE_KINDS.join('|')}`,
      say: say('error.notReminderTemplate', { template }),
      hintSay: say('hint.reminderTemplates', { templates: Object.keys(RULE_BY_TEMPLATE).join(', '), kinds: DUE_KINDS.join('|') }),
    });
  }
  return kind;
}

/** An option given for another rule (--after with a payment reminder) is a usage error (exit 2). */
export function assertOptionsApply(kind: DueKind, given: Partial<Record<keyof typeof OPTION_RULES, unknown>>): void {
  for (const [key, { flag, kinds }] of Object.entries(OPTION_RULES)) {
    if (given[key as keyof typeof OPTION_RULES] !== undefined && !(kinds as readonly DueKind[]).includes(kind)) {
      throw new UsageError('CARE_OPTION_NOT_FOR_RULE', `${flag} does not apply to ${kind} reminders`, { hint: `${flag} is for ${kinds.join(' and ')} reminders`, say: say('error.optionNotForRule', { flag, kind }), hintSay: say('hint.optionIsFor', { flag, kinds: kinds.join(', ') }) });
    }
  }
}

/** --after must stay inside the churn window: customers past it are win-back's (exit 2). */
export function assertAfterBeforeChurn(afterDays: number, churnAfterDays: number): void {
  if (afterDays < churnAfterDays) return;
  throw new UsageError('CARE_BAD_OPTION', `--after ${afterDays}: customers that long without a purchase are past the ${churnAfterDays}-day churn window`, {
    hint: 'use --template win-back for them, or a larger --churn-after',
    say: say('error.afterPastChurn', { after: String(afterDays), churn: String(churnAfterDays) }),
    hintSay: say('hint.winBackOrChurn'),
  });
}
