/**
 * The words of the HTML report in English, Russian and Bulgarian. Numbers and dates are not
 * here: they are formatted with Intl for the locale (locale-format.ts). Messages that come from
 * the data or from the computations (warnings, notes) stay in the language they were written in.
 */
import type { Locale } from '../../locale.js';
import type { PeriodKind } from '../../time/periods.js';

export type HtmlLocale = Locale;

/** Every fixed text of the page; functions where a number or a name goes inside. */
export interface Labels {
  title: string;
  asOf: (date: string) => string;
  periodKind: Record<PeriodKind, string>;
  /** "Age, months" — the axis and header of cohort ages. */
  ageIn: Record<PeriodKind, string>;
  perPeriod: (kind: PeriodKind) => string;
  currency: string;
  tableSummary: string;
  partial: string;
  partialNote: string;
  footer: (rows: string, orders: string, customers: string) => string;
  kpi: {
    customers: string;
    customersHint: string;
    activeNow: string;
    activeHint: (days: string) => string;
    retention: string;
    churn: string;
    lastComplete: (period: string) => string;
    change: (points: string, period: string) => string;
    repeat: string;
    repeatHint: (count: string) => string;
    orders: string;
    ordersHint: (perCustomer: string) => string;
    aov: string;
    revenue: string;
    revenueHint: string;
    ltv: string;
    ltvHint: (years: string) => string;
    nps: string;
    npsHint: (answers: string, margin: string) => string;
  };
  retention: { title: string; lead: string; chartDesc: string; crr: string; churn: string };
  periods: { period: string; atStart: string; new: string; reactivated: string; retained: string; lost: string; atEnd: string };
  cohorts: { title: string; lead: string; cohort: string; size: string; scale: string };
  ltv: {
    title: string;
    lead: string;
    chartTitle: string;
    chartDesc: string;
    overall: string;
    older: string;
    newer: string;
    perCustomer: string;
    simple: string;
    aov: string;
    purchasesPerYear: string;
    annualChurn: string;
    lifetime: string;
    margin: string;
    value: string;
    cac: string;
    ltvMinusCac: string;
    ltvToCac: string;
    predicted: string;
    probablyAlive: string;
    expectedPurchases: (horizon: string, unit: string) => string;
    meanClv: string;
    totalClv: string;
    timeUnit: Record<'day' | 'week' | 'month', string>;
    historicalPerCustomer: string;
    toDate: string;
    overallNote: (cohorts: string) => string;
    trackingTitle: string;
    trackingDesc: string;
    trackingExpected: string;
    trackingActual: string;
    trackingWeeks: string;
    trackingWeekEnd: string;
    trackingNote: (model: string) => string;
    warnings: string;
  };
  nps: {
    title: string;
    lead: string;
    promoters: string;
    passives: string;
    detractors: string;
    answers: string;
    share: string;
    score: string;
    margin: string;
    distributionTitle: string;
    distributionDesc: string;
    trendTitle: string;
    trendDesc: string;
    change: string;
    csat: (share: string, satisfied: string, n: string) => string;
    notes: string;
  };
  mrr: {
    title: string;
    lead: string;
    movements: string;
    period: string;
    atStart: string;
    new: string;
    expansion: string;
    reactivation: string;
    contraction: string;
    churned: string;
    atEnd: string;
    grr: string;
    nrr: string;
    quickRatio: string;
    arpa: string;
    cohorts: string;
    cohortNote: string;
  };
  segments: {
    title: string;
    lead: string;
    segment: string;
    customers: string;
    share: string;
    revenueShare: string;
    template: string;
  };
  sla: {
    title: string;
    lead: string;
    measure: string;
    tickets: string;
    open: string;
    median: string;
    p90: string;
    within: string;
    breached: string;
    firstResponse: string;
    resolution: string;
    csat: string;
    noTarget: string;
  };
  complaints: {
    title: string;
    lead: string;
    chartDesc: string;
    type: string;
    count: string;
    share: string;
    benchmark: string;
    difference: string;
    types: Record<string, string>;
    iceberg: (voiced: string, multiplier: string, estimate: string) => string;
    classified: (classified: string, records: string) => string;
  };
}

const en: Labels = {
  title: 'Customer report',
  asOf: (date) => `as of ${date}`,
  periodKind: { week: 'week', month: 'month', quarter: 'quarter', year: 'year' },
  ageIn: { week: 'Age, weeks', month: 'Age, months', quarter: 'Age, quarters', year: 'Age, years' },
  perPeriod: (kind) => ({ week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'yearly' })[kind] + ' periods',
  currency: 'currency',
  tableSummary: 'The numbers as a table',
  partial: 'partial',
  partialNote: 'The last period is still running (up to the as-of date): its rates are not final.',
  footer: (rows, orders, customers) => `Made by care from ${rows} rows: ${orders} orders of ${customers} customers.`,
  kpi: {
    customers: 'Customers',
    customersHint: 'ever bought',
    activeNow: 'Active now',
    activeHint: (days) => `bought in the last ${days} days`,
    retention: 'Retention rate',
    churn: 'Churn rate',
    lastComplete: (period) => `last complete period, ${period}`,
    change: (points, period) => `${points} pts vs ${period}`,
    repeat: 'Repeat-purchase rate',
    repeatHint: (count) => `${count} customers bought twice or more`,
    orders: 'Orders',
    ordersHint: (perCustomer) => `${perCustomer} per customer`,
    aov: 'Average order value',
    revenue: 'Revenue',
    revenueHint: 'net of returns',
    ltv: 'Lifetime value',
    ltvHint: (years) => `simple model, ${years} years’ lifetime`,
    nps: 'NPS',
    npsHint: (answers, margin) => `${answers} answers, ± ${margin} points`,
  },
  retention: {
    title: 'Retention and churn by period',
    lead: 'Of the customers active at the start of a period, the share still active at its end (CRR) and the share lost.',
    chartDesc: 'Line chart of the customer retention rate and the churn rate for each period.',
    crr: 'Retention (CRR)',
    churn: 'Churn',
  },
  periods: { period: 'Period', atStart: 'At start', new: 'New', reactivated: 'Returned', retained: 'Retained', lost: 'Lost', atEnd: 'At end' },
  cohorts: {
    title: 'Cohort retention',
    lead: 'Customers grouped by the period of their first purchase: the share who bought again in each later period.',
    cohort: 'Cohort',
    size: 'Customers',
    scale: 'Darker cells: more of the cohort bought in that period.',
  },
  ltv: {
    title: 'Lifetime value',
    lead: 'What a customer is worth: the simple formula, the revenue cohorts have brought so far, and the BG/NBD forecast.',
    chartTitle: 'Cumulative revenue per customer by cohort age',
    chartDesc: 'Line chart: for each cohort, the cumulative net revenue per customer at each age; a thick line for all cohorts together.',
    overall: 'All cohorts',
    older: 'older cohorts',
    newer: 'newer cohorts',
    perCustomer: 'per customer',
    simple: 'Simple LTV',
    aov: 'Average order value',
    purchasesPerYear: 'Purchases per customer per year',
    annualChurn: 'Annual churn',
    lifetime: 'Expected lifetime, years',
    margin: 'Margin',
    value: 'LTV',
    cac: 'Acquisition cost (CAC)',
    ltvMinusCac: 'LTV − CAC',
    ltvToCac: 'LTV : CAC',
    predicted: 'Forecast (BG/NBD + Gamma-Gamma)',
    probablyAlive: 'Customers probably still active',
    expectedPurchases: (horizon, unit) => `Expected purchases in the next ${horizon} ${unit}`,
    meanClv: 'Mean customer value (CLV)',
    totalClv: 'Total customer value',
    timeUnit: { day: 'days', week: 'weeks', month: 'months' },
    historicalPerCustomer: 'Revenue per customer',
    toDate: 'To date',
    overallNote: (cohorts) => `The all-cohorts line stops at the age fewer than ${cohorts} cohorts have reached.`,
    trackingTitle: 'Cumulative repeat purchases, expected vs actual',
    trackingDesc: 'Week by week since the first purchase, the repeat purchases the model expects of these customers (each from their first purchase) and those they made.',
    trackingExpected: 'Expected',
    trackingActual: 'Actual',
    trackingWeeks: 'Weeks since the first purchase',
    trackingWeekEnd: 'Week ending',
    trackingNote: (model) => `Fitted to the whole history (${model}): where the lines part, the model misreads how these customers buy. care ltv --calibration-end tests it on weeks it has not seen.`,
    warnings: 'Warnings',
  },
  nps: {
    title: 'Net Promoter Score',
    lead: 'How likely customers are to recommend us, 0–10: promoters 9–10, passives 7–8, detractors 0–6. NPS = % promoters − % detractors.',
    promoters: 'Promoters',
    passives: 'Passives',
    detractors: 'Detractors',
    answers: 'Answers',
    share: 'Share',
    score: 'Score',
    margin: '95% margin',
    distributionTitle: 'Answers by score',
    distributionDesc: 'Bar chart of how many answers gave each score from 0 to 10.',
    trendTitle: 'NPS by period',
    trendDesc: 'Line chart of NPS by period, with its 95% margin of error as a band.',
    change: 'Change',
    csat: (share, satisfied, n) => `CSAT ${share}: ${satisfied} of ${n} ratings were 4 or 5 out of 5.`,
    notes: 'Notes',
  },
  mrr: {
    title: 'Recurring revenue (MRR)',
    lead: 'Monthly recurring revenue on the last day of each period, what moved it, and how much of each subscription cohort’s revenue is still there.',
    movements: 'MRR movements',
    period: 'Period',
    atStart: 'MRR at start',
    new: 'New',
    expansion: 'Expansion',
    reactivation: 'Reactivation',
    contraction: 'Contraction',
    churned: 'Churned',
    atEnd: 'MRR at end',
    grr: 'GRR',
    nrr: 'NRR',
    quickRatio: 'Quick ratio',
    arpa: 'ARPA',
    cohorts: 'Cohort revenue retention',
    cohortNote: 'A cohort’s MRR k periods on over its MRR at the end of its first period: above 100% when expansion outweighs churn.',
  },
  segments: {
    title: 'Customer segments',
    lead: 'Customers by how recently and how often they bought (RFM), with the reply or reminder each segment is suggested.',
    segment: 'Segment',
    customers: 'Customers',
    share: 'Share',
    revenueShare: 'Share of revenue',
    template: 'Suggested template',
  },
  sla: {
    title: 'Service levels',
    lead: 'How fast the team answered and resolved tickets, from the help desk’s export (care sla).',
    measure: 'Measure',
    tickets: 'Tickets',
    open: 'Still open',
    median: 'Median',
    p90: '90th percentile',
    within: 'Within target',
    breached: 'Breached',
    firstResponse: 'First response',
    resolution: 'Resolution',
    csat: 'Satisfied (CSAT)',
    noTarget: 'no target set',
  },
  complaints: {
    title: 'Complaints by type',
    lead: 'Each complaint classified by how the customer complained, against the benchmark shares of the four types.',
    chartDesc: 'Bar chart of the share of each complainer type, with a mark at its benchmark share.',
    type: 'Type',
    count: 'Records',
    share: 'Share',
    benchmark: 'Benchmark',
    difference: 'Difference',
    types: { silent: 'Silent', voicer: 'Voicers', irate: 'Irate', activist: 'Activists' },
    iceberg: (voiced, multiplier, estimate) => `${voiced} complaints reached us; at about ${multiplier} unhappy customers for each, some ${estimate} customers may be unhappy.`,
    classified: (classified, records) => `${classified} of ${records} records classified.`,
  },
};

const ru: Labels = {
  title: 'Отчёт по клиентам',
  asOf: (date) => `на ${date}`,
  periodKind: { week: 'неделя', month: 'месяц', quarter: 'квартал', year: 'год' },
  ageIn: { week: 'Возраст, недель', month: 'Возраст, месяцев', quarter: 'Возраст, кварталов', year: 'Возраст, лет' },
  perPeriod: (kind) => ({ week: 'по неделям', month: 'по месяцам', quarter: 'по кварталам', year: 'по годам' })[kind],
  currency: 'валюта',
  tableSummary: 'Цифры таблицей',
  partial: 'неполный',
  partialNote: 'Последний период ещё идёт (до даты отчёта): его показатели не окончательные.',
  footer: (rows, orders, customers) => `Подготовлено care по ${rows} строкам: ${orders} заказов, ${customers} клиентов.`,
  kpi: {
    customers: 'Клиенты',
    customersHint: 'хоть раз покупали',
    activeNow: 'Активны сейчас',
    activeHint: (days) => `покупали за последние ${days} дн.`,
    retention: 'Удержание',
    churn: 'Отток',
    lastComplete: (period) => `последний полный период, ${period}`,
    change: (points, period) => `${points} п.п. к ${period}`,
    repeat: 'Повторные покупки',
    repeatHint: (count) => `${count} клиентов купили два раза и больше`,
    orders: 'Заказы',
    ordersHint: (perCustomer) => `${perCustomer} на клиента`,
    aov: 'Средний чек',
    revenue: 'Выручка',
    revenueHint: 'за вычетом возвратов',
    ltv: 'Ценность клиента (LTV)',
    ltvHint: (years) => `простая модель, срок жизни ${years} г.`,
    nps: 'NPS',
    npsHint: (answers, margin) => `ответов: ${answers}, ± ${margin} п.`,
  },
  retention: {
    title: 'Удержание и отток по периодам',
    lead: 'Из клиентов, активных в начале периода, — доля тех, кто остался активен к его концу (CRR), и доля ушедших.',
    chartDesc: 'Линейный график коэффициента удержания и оттока клиентов по периодам.',
    crr: 'Удержание (CRR)',
    churn: 'Отток',
  },
  periods: { period: 'Период', atStart: 'На начало', new: 'Новые', reactivated: 'Вернулись', retained: 'Удержаны', lost: 'Ушли', atEnd: 'На конец' },
  cohorts: {
    title: 'Удержание когорт',
    lead: 'Клиенты по периоду первой покупки: доля тех, кто покупал в каждом следующем периоде.',
    cohort: 'Когорта',
    size: 'Клиентов',
    scale: 'Чем темнее ячейка, тем больше клиентов когорты покупали в этом периоде.',
  },
  ltv: {
    title: 'Ценность клиента (LTV)',
    lead: 'Сколько стоит клиент: простая формула, выручка когорт на сегодня и прогноз BG/NBD.',
    chartTitle: 'Накопленная выручка на клиента по возрасту когорты',
    chartDesc: 'Линейный график: для каждой когорты накопленная чистая выручка на клиента в каждом возрасте; толстая линия — все когорты вместе.',
    overall: 'Все когорты',
    older: 'старые когорты',
    newer: 'новые когорты',
    perCustomer: 'на клиента',
    simple: 'Простой LTV',
    aov: 'Средний чек',
    purchasesPerYear: 'Покупок на клиента в год',
    annualChurn: 'Годовой отток',
    lifetime: 'Ожидаемый срок жизни, лет',
    margin: 'Маржа',
    value: 'LTV',
    cac: 'Стоимость привлечения (CAC)',
    ltvMinusCac: 'LTV − CAC',
    ltvToCac: 'LTV : CAC',
    predicted: 'Прогноз (BG/NBD + Gamma-Gamma)',
    probablyAlive: 'Вероятно, ещё активны',
    expectedPurchases: (horizon, unit) => `Ожидаемые покупки за ${horizon} ${unit}`,
    meanClv: 'Средняя ценность клиента (CLV)',
    totalClv: 'Общая ценность клиентов',
    timeUnit: { day: 'дн.', week: 'нед.', month: 'мес.' },
    historicalPerCustomer: 'Выручка на клиента',
    toDate: 'На сегодня',
    overallNote: (cohorts) => `Линия всех когорт обрывается на возрасте, которого достигли меньше ${cohorts} когорт.`,
    trackingTitle: 'Накопленные повторные покупки: ожидание и факт',
    trackingDesc: 'По неделям с первой покупки: сколько повторных покупок модель ожидает от этих клиентов (каждого с его первой покупки) и сколько их было.',
    trackingExpected: 'Ожидание',
    trackingActual: 'Факт',
    trackingWeeks: 'Недели с первой покупки',
    trackingWeekEnd: 'Конец недели',
    trackingNote: (model) => `Модель (${model}) обучена на всей истории: где линии расходятся, она плохо описывает покупки этих клиентов. care ltv --calibration-end проверяет её на неделях, которых она не видела.`,
    warnings: 'Предупреждения',
  },
  nps: {
    title: 'Индекс NPS',
    lead: 'Насколько вероятно, что клиенты порекомендуют нас, по шкале 0–10: промоутеры 9–10, нейтралы 7–8, критики 0–6. NPS = % промоутеров − % критиков.',
    promoters: 'Промоутеры',
    passives: 'Нейтралы',
    detractors: 'Критики',
    answers: 'Ответов',
    share: 'Доля',
    score: 'Оценка',
    margin: 'Погрешность 95%',
    distributionTitle: 'Ответы по оценкам',
    distributionDesc: 'Столбчатая диаграмма: сколько ответов дали каждую оценку от 0 до 10.',
    trendTitle: 'NPS по периодам',
    trendDesc: 'Линейный график NPS по периодам с полосой погрешности 95%.',
    change: 'Изменение',
    csat: (share, satisfied, n) => `CSAT ${share}: ${satisfied} из ${n} оценок — 4 или 5 из 5.`,
    notes: 'Примечания',
  },
  mrr: {
    title: 'Регулярная выручка (MRR)',
    lead: 'Ежемесячная регулярная выручка на последний день каждого периода, что её изменило и сколько выручки каждой когорты подписчиков осталось.',
    movements: 'Движение MRR',
    period: 'Период',
    atStart: 'MRR на начало',
    new: 'Новые',
    expansion: 'Расширение',
    reactivation: 'Возврат',
    contraction: 'Сокращение',
    churned: 'Отток',
    atEnd: 'MRR на конец',
    grr: 'GRR',
    nrr: 'NRR',
    quickRatio: 'Quick ratio',
    arpa: 'ARPA',
    cohorts: 'Удержание выручки по когортам',
    cohortNote: 'MRR когорты через k периодов к её MRR на конец первого периода: больше 100%, когда расширение перевешивает отток.',
  },
  segments: {
    title: 'Сегменты клиентов',
    lead: 'Клиенты по давности и частоте покупок (RFM) и письмо или напоминание, которое подходит каждому сегменту.',
    segment: 'Сегмент',
    customers: 'Клиентов',
    share: 'Доля',
    revenueShare: 'Доля выручки',
    template: 'Шаблон',
  },
  sla: {
    title: 'Скорость ответа',
    lead: 'Как быстро команда отвечала на обращения и решала их, по выгрузке службы поддержки (care sla).',
    measure: 'Показатель',
    tickets: 'Обращений',
    open: 'Ещё открыто',
    median: 'Медиана',
    p90: '90-й процентиль',
    within: 'В срок',
    breached: 'Просрочено',
    firstResponse: 'Первый ответ',
    resolution: 'Решение',
    csat: 'Довольны (CSAT)',
    noTarget: 'срок не задан',
  },
  complaints: {
    title: 'Жалобы по типам',
    lead: 'Каждая жалоба отнесена к типу по тому, как и кому клиент пожаловался, в сравнении с эталонными долями четырёх типов.',
    chartDesc: 'Столбчатая диаграмма долей типов жалобщиков с отметкой эталонной доли.',
    type: 'Тип',
    count: 'Записей',
    share: 'Доля',
    benchmark: 'Эталон',
    difference: 'Разница',
    types: { silent: 'Молчуны', voicer: 'Высказывающие', irate: 'Раздражённые', activist: 'Активисты' },
    iceberg: (voiced, multiplier, estimate) => `До нас дошло жалоб: ${voiced}; примерно ${multiplier} недовольных на каждую — около ${estimate} недовольных клиентов.`,
    classified: (classified, records) => `Классифицировано ${classified} из ${records} записей.`,
  },
};

const bg: Labels = {
  title: 'Отчет за клиентите',
  asOf: (date) => `към ${date}`,
  periodKind: { week: 'седмица', month: 'месец', quarter: 'тримесечие', year: 'година' },
  ageIn: { week: 'Възраст, седмици', month: 'Възраст, месеци', quarter: 'Възраст, тримесечия', year: 'Възраст, години' },
  perPeriod: (kind) => ({ week: 'по седмици', month: 'по месеци', quarter: 'по тримесечия', year: 'по години' })[kind],
  currency: 'валута',
  tableSummary: 'Числата в таблица',
  partial: 'непълен',
  partialNote: 'Последният период още тече (до датата на отчета): стойностите му не са окончателни.',
  footer: (rows, orders, customers) => `Изготвено от care по ${rows} реда: ${orders} поръчки на ${customers} клиенти.`,
  kpi: {
    customers: 'Клиенти',
    customersHint: 'купували поне веднъж',
    activeNow: 'Активни сега',
    activeHint: (days) => `купували през последните ${days} дни`,
    retention: 'Задържане',
    churn: 'Отлив',
    lastComplete: (period) => `последен пълен период, ${period}`,
    change: (points, period) => `${points} пр.п. спрямо ${period}`,
    repeat: 'Повторни покупки',
    repeatHint: (count) => `${count} клиенти са купили два пъти или повече`,
    orders: 'Поръчки',
    ordersHint: (perCustomer) => `${perCustomer} на клиент`,
    aov: 'Средна стойност на поръчка',
    revenue: 'Приходи',
    revenueHint: 'без върнатите',
    ltv: 'Стойност на клиента (LTV)',
    ltvHint: (years) => `прост модел, живот ${years} г.`,
    nps: 'NPS',
    npsHint: (answers, margin) => `отговори: ${answers}, ± ${margin} т.`,
  },
  retention: {
    title: 'Задържане и отлив по периоди',
    lead: 'От клиентите, активни в началото на периода — делът на още активните в края му (CRR) и делът на загубените.',
    chartDesc: 'Линейна диаграма на коефициента на задържане и на отлива на клиенти по периоди.',
    crr: 'Задържане (CRR)',
    churn: 'Отлив',
  },
  periods: { period: 'Период', atStart: 'В началото', new: 'Нови', reactivated: 'Върнали се', retained: 'Задържани', lost: 'Загубени', atEnd: 'В края' },
  cohorts: {
    title: 'Задържане по кохорти',
    lead: 'Клиентите по периода на първата им покупка: делът на купилите отново във всеки следващ период.',
    cohort: 'Кохорта',
    size: 'Клиенти',
    scale: 'По-тъмна клетка: повече клиенти от кохортата са купували в този период.',
  },
  ltv: {
    title: 'Стойност на клиента (LTV)',
    lead: 'Колко струва един клиент: простата формула, приходите от кохортите досега и прогнозата BG/NBD.',
    chartTitle: 'Натрупани приходи на клиент според възрастта на кохортата',
    chartDesc: 'Линейна диаграма: за всяка кохорта натрупаните нетни приходи на клиент на всяка възраст; дебела линия за всички кохорти заедно.',
    overall: 'Всички кохорти',
    older: 'по-стари кохорти',
    newer: 'по-нови кохорти',
    perCustomer: 'на клиент',
    simple: 'Проста LTV',
    aov: 'Средна стойност на поръчка',
    purchasesPerYear: 'Покупки на клиент годишно',
    annualChurn: 'Годишен отлив',
    lifetime: 'Очакван живот, години',
    margin: 'Марж',
    value: 'LTV',
    cac: 'Цена на привличане (CAC)',
    ltvMinusCac: 'LTV − CAC',
    ltvToCac: 'LTV : CAC',
    predicted: 'Прогноза (BG/NBD + Gamma-Gamma)',
    probablyAlive: 'Вероятно още активни',
    expectedPurchases: (horizon, unit) => `Очаквани покупки през следващите ${horizon} ${unit}`,
    meanClv: 'Средна стойност на клиент (CLV)',
    totalClv: 'Обща стойност на клиентите',
    timeUnit: { day: 'дни', week: 'седмици', month: 'месеца' },
    historicalPerCustomer: 'Приходи на клиент',
    toDate: 'Досега',
    overallNote: (cohorts) => `Линията на всички кохорти спира на възрастта, достигната от по-малко от ${cohorts} кохорти.`,
    trackingTitle: 'Натрупани повторни покупки: очаквани и реални',
    trackingDesc: 'По седмици от първата покупка: колко повторни покупки моделът очаква от тези клиенти (всеки от първата си покупка) и колко е имало.',
    trackingExpected: 'Очаквани',
    trackingActual: 'Реални',
    trackingWeeks: 'Седмици от първата покупка',
    trackingWeekEnd: 'Край на седмицата',
    trackingNote: (model) => `Моделът (${model}) е обучен върху цялата история: където линиите се разделят, той описва зле покупките на тези клиенти. care ltv --calibration-end го проверява върху седмици, които не е виждал.`,
    warnings: 'Предупреждения',
  },
  nps: {
    title: 'Нетен промоутърски индекс (NPS)',
    lead: 'Колко вероятно е клиентите да ни препоръчат, от 0 до 10: промоутъри 9–10, пасивни 7–8, критици 0–6. NPS = % промоутъри − % критици.',
    promoters: 'Промоутъри',
    passives: 'Пасивни',
    detractors: 'Критици',
    answers: 'Отговори',
    share: 'Дял',
    score: 'Оценка',
    margin: 'Грешка 95%',
    distributionTitle: 'Отговори по оценка',
    distributionDesc: 'Стълбовидна диаграма: колко отговора са дали всяка оценка от 0 до 10.',
    trendTitle: 'NPS по периоди',
    trendDesc: 'Линейна диаграма на NPS по периоди с лента на 95% грешка.',
    change: 'Промяна',
    csat: (share, satisfied, n) => `CSAT ${share}: ${satisfied} от ${n} оценки са 4 или 5 от 5.`,
    notes: 'Бележки',
  },
  mrr: {
    title: 'Повтарящи се приходи (MRR)',
    lead: 'Месечните повтарящи се приходи в последния ден на всеки период, какво ги промени и колко от приходите на всяка кохорта абонати са останали.',
    movements: 'Движение на MRR',
    period: 'Период',
    atStart: 'MRR в началото',
    new: 'Нови',
    expansion: 'Разширяване',
    reactivation: 'Върнали се',
    contraction: 'Свиване',
    churned: 'Отлив',
    atEnd: 'MRR в края',
    grr: 'GRR',
    nrr: 'NRR',
    quickRatio: 'Quick ratio',
    arpa: 'ARPA',
    cohorts: 'Задържане на приходите по кохорти',
    cohortNote: 'MRR на кохортата след k периода спрямо MRR в края на първия ѝ период: над 100%, когато разширяването надвишава отлива.',
  },
  segments: {
    title: 'Сегменти клиенти',
    lead: 'Клиентите според това колко отдавна и колко често са купували (RFM) и писмото или напомнянето, подходящо за всеки сегмент.',
    segment: 'Сегмент',
    customers: 'Клиенти',
    share: 'Дял',
    revenueShare: 'Дял от приходите',
    template: 'Шаблон',
  },
  sla: {
    title: 'Скорост на отговор',
    lead: 'Колко бързо екипът е отговарял на запитванията и ги е решавал, по експорта на системата за поддръжка (care sla).',
    measure: 'Показател',
    tickets: 'Запитвания',
    open: 'Още отворени',
    median: 'Медиана',
    p90: '90-и процентил',
    within: 'В срок',
    breached: 'Просрочени',
    firstResponse: 'Първи отговор',
    resolution: 'Решаване',
    csat: 'Доволни (CSAT)',
    noTarget: 'няма зададен срок',
  },
  complaints: {
    title: 'Оплаквания по типове',
    lead: 'Всяко оплакване е отнесено към тип според това как и пред кого се е оплакал клиентът, в сравнение с еталонните дялове на четирите типа.',
    chartDesc: 'Стълбовидна диаграма на дела на всеки тип с отметка за еталонния дял.',
    type: 'Тип',
    count: 'Записи',
    share: 'Дял',
    benchmark: 'Еталон',
    difference: 'Разлика',
    types: { silent: 'Мълчаливи', voicer: 'Изказващи се', irate: 'Раздразнени', activist: 'Активисти' },
    iceberg: (voiced, multiplier, estimate) => `До нас са стигнали ${voiced} оплаквания; при около ${multiplier} недоволни на всяко — може би ${estimate} недоволни клиенти.`,
    classified: (classified, records) => `Класифицирани са ${classified} от ${records} записа.`,
  },
};

const LABELS: Record<HtmlLocale, Labels> = { en, ru, bg };

/** The labels of a locale. */
export function labelsFor(locale: HtmlLocale): Labels {
  return LABELS[locale];
}
