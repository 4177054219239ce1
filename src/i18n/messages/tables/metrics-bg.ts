/** The metric commands' table texts in Bulgarian (keys: metrics-en.ts). */
import type { Message } from '../../types.js';
import type { metricsTablesEn } from './metrics-en.js';

export const metricsTablesBg: { readonly [K in keyof typeof metricsTablesEn]: Message } = {
  'table.retention.heading': 'Задържане към {asOf} · периоди: {period} · {activity}',
  'table.retention.markdownHeading': 'Задържане — към {asOf}',
  'table.retention.subscriptions': 'абонаменти',
  'table.retention.activeFor': {
    one: 'клиентът се смята за активен {count} ден след покупка',
    other: 'клиентът се смята за активен {count} дни след покупка',
  },
  'table.period.day': 'дни',
  'table.period.week': 'седмици',
  'table.period.month': 'месеци',
  'table.period.quarter': 'тримесечия',
  'table.period.year': 'години',
  'table.periodGrid.title': 'Задържане по периоди',
  'table.periodGrid.period': 'Период',
  'table.periodGrid.atStart': 'В началото',
  'table.periodGrid.new': 'Нови',
  'table.periodGrid.reactivated': 'Върнали се',
  'table.periodGrid.retained': 'Задържани',
  'table.periodGrid.lost': 'Загубени',
  'table.periodGrid.atEnd': 'В края',
  'table.periodGrid.crr': 'CRR',
  'table.periodGrid.churn': 'Отлив',
  'table.periodGrid.partialNote': '* непълен период: „В края“ са клиентите, активни към датата на отчета.',
  'table.cohortGrid.retentionTitle': 'Задържане по кохорти',
  'table.cohortGrid.revenueTitle': 'Приходи по кохорти',
  'table.cohortGrid.cohort': 'Кохорта',
  'table.cohortGrid.customers': 'Клиенти',
  'table.cohortGrid.revenueNote': 'Нетни приходи на всяка кохорта по възраст в периоди.',
  'table.cohortGrid.revenueNoteIn': 'Нетни приходи на всяка кохорта по възраст в периоди ({currency}).',
  'table.cohortGrid.onOrAfterNote': 'Дял от кохортата, купил k или повече периода след първата покупка („k или по-късно“; +0 = 100%).',
  'table.cohortGrid.onNote': 'Дял от кохортата, купил отново k периода след първата покупка (+0 = 100%).',
  'table.cohortGrid.agesShown': 'Показани са възрасти +0…+{last} от +{widest}; всички са в --format csv или json.',
};
