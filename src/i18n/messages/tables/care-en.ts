/**
 * The titles, column labels and notes of the other commands' text tables (`--format table|md`:
 * classify, lint-reply, remind, lift, inspect, verify, config, templates, conventions…), in
 * English: the key set care-ru.ts and care-bg.ts are typed against. Merged into the catalogs by
 * ../en.ts, ../ru.ts, ../bg.ts.
 */
import type { Message } from '../../types.js';

export const careTablesEn = {
  // care classify
  'table.classify.title': 'Complainer types',
  'table.classify.heading': 'Complaints — {source} · {records} records, {classified} classified',
  'table.classify.headingAsOf': 'Complaints — {source} · {records} records, {classified} classified · as of {asOf}',
  'table.classify.type.activist': 'activist',
  'table.classify.type.irate': 'irate',
  'table.classify.type.voicer': 'voicer',
  'table.classify.type.silent': 'silent',
  'table.classify.typeColumn.activist': 'Activist',
  'table.classify.typeColumn.irate': 'Irate',
  'table.classify.typeColumn.voicer': 'Voicer',
  'table.classify.typeColumn.silent': 'Silent',
  'table.classify.typeLabel.activist': 'Activist — third parties (lawyer, regulator, media)',
  'table.classify.typeLabel.irate': 'Irate — in public (social media, reviews)',
  'table.classify.typeLabel.voicer': 'Voicer — to us (email, phone, chat)',
  'table.classify.typeLabel.silent': 'Silent — no complaint, only a signal',
  'table.classify.allClassified': 'All classified',
  'table.classify.benchmarkNote': 'Benchmark: one published split of unhappy customers (silent 14%, voicers 37%, irate 21%, activists 28%); it varies by industry.',
  'table.classify.nextStep': 'Next step per type:',
  'table.classify.pointsUnit': 'pp',
  'table.classify.type': 'Type',
  'table.classify.complaints': 'Complaints',
  'table.classify.customers': 'Customers',
  'table.classify.share': 'Share',
  'table.classify.benchmark': 'Benchmark',
  'table.classify.difference': 'Difference',
  'table.classify.channel': 'Channel',
  'table.classify.id': 'ID',
  'table.classify.customer': 'Customer',
  'table.classify.date': 'Date',
  'table.classify.confidence': 'Confidence',
  'table.classify.evidence': 'Evidence',
  'table.classify.records': 'Records',
  'table.classify.iceberg.title': 'Complaint iceberg',
  'table.classify.iceberg.measure': 'Measure',
  'table.classify.iceberg.value': 'Value',
  'table.classify.iceberg.voiced': 'Complaints that reached us (voicers + activists)',
  'table.classify.iceberg.multiplier': 'Multiplier (about 26 of 27 unhappy customers never complain)',
  'table.classify.iceberg.estimate': 'Estimated unhappy customers behind them',
  'table.classify.iceberg.note': 'Irate posts and silent signals are not multiplied: they are the part of the iceberg found by looking, not complaints received.',
  'table.classify.channels.title': 'Top channels per type',
  'table.classify.channels.none': 'No record has a channel.',
  'table.classify.manager.title': 'Needs a manager today',
  'table.classify.manager.none': 'No activist or irate complaints.',
  'table.classify.manager.more': '… and {count} more (all of them in --format csv or json).',
  'table.classify.customersTitle': 'Customers by their most severe type',
  'table.classify.noCustomer': { one: '{count} classified record has no customer and is left out.', other: '{count} classified records have no customer and are left out.' },
  'table.classify.rollUp.title': 'Customers by their most severe complaint',
  'table.classify.rollUp.more': '… and {count} more customers (all of them in --format csv or json).',
} satisfies Record<string, Message>;
