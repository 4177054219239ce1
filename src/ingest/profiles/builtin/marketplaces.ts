/**
 * Marketplace seller reports: Ozon and Wildberries. Neither names the buyer, so they carry
 * revenue and orders but no customer: care asks for --map customer=… (there is seldom one).
 */
import type { ExportProfile } from '../types.js';

const FIXTURE = 'fixture fixtures/exports/';

export const MARKETPLACE_PROFILES: ExportProfile[] = [
  {
    name: 'ozon-postings',
    title: 'Ozon — seller orders (postings) export',
    kind: 'orders',
    source: `[B] column names read by two independent public Ozon CSV importers (code index ids 55226380023, 41371092334); column order after Количество from general knowledge; ${FIXTURE}ozon-postings.csv`,
    fingerprint: { all: ['Номер заказа', 'Номер отправления', 'Принят в обработку', 'Выкуп товара'] },
    map: { date: 'Принят в обработку', order: 'Номер заказа', quantity: 'Количество', price: 'Оплачено покупателем', status: 'Статус', currency: 'Код валюты товара' },
    statuses: {
      доставлен: 'completed', доставляется: 'completed', 'ожидает сборки': 'pending', 'ожидает отгрузки': 'pending', отменен: 'excluded',
    },
    lineItems: 'per-line',
    dateFormat: 'DMY',
    decimalComma: true,
    delimiter: ';',
    notes: [
      'No buyer column: Ozon gives sellers no customer id or e-mail, so the file cannot be read for customers.',
      'One row per product; Сумма отправления is the posting total repeated on each of its rows.',
    ],
    header: ['Номер заказа', 'Номер отправления', 'Принят в обработку', 'Дата отгрузки', 'Статус', 'Дата доставки', 'Фактическая дата передачи в доставку', 'Сумма отправления', 'Код валюты отправления', 'Название товара', 'SKU', 'Артикул', 'Ваша цена', 'Код валюты товара', 'Оплачено покупателем', 'Код валюты покупателя', 'Количество', 'Стоимость доставки', 'Связанные отправления', 'Выкуп товара', 'Цена товара до скидок', 'Скидка %', 'Скидка руб', 'Акции'],
  },
  {
    name: 'wildberries-realization',
    title: 'Wildberries — realisation report (детализация отчёта о реализации)',
    kind: 'orders',
    source: `[A] header verbatim in several public tools that read or rebuild this report (code index ids 5664022968, 27139956619, 36803889859, 68956641859, 53207732613); WB ships it as XLSX, the CSV form is Excel-RU «Save as CSV»; ${FIXTURE}wildberries-realization.csv`,
    fingerprint: { all: ['Номер поставки', 'Тип документа', 'Обоснование для оплаты', 'Вайлдберриз реализовал Товар (Пр)'] },
    map: { date: 'Дата продажи', amount: 'Вайлдберриз реализовал Товар (Пр)', quantity: 'Кол-во', status: 'Тип документа' },
    statuses: { продажа: 'completed', возврат: 'refunded' },
    dateFormat: 'DMY',
    decimalComma: true,
    delimiter: ';',
    encoding: 'windows-1251',
    notes: [
      'No buyer column: Wildberries gives sellers no customer id (Srid names an order), so the file cannot be read for customers.',
      'Rows with an empty Тип документа (Логистика, Хранение) are costs, not orders; Возврат rows carry a positive amount.',
    ],
    header: ['№', 'Номер поставки', 'Предмет', 'Код номенклатуры', 'Бренд', 'Артикул поставщика', 'Название', 'Размер', 'Баркод', 'Тип документа', 'Обоснование для оплаты', 'Дата заказа покупателем', 'Дата продажи', 'Кол-во', 'Цена розничная', 'Вайлдберриз реализовал Товар (Пр)', 'Согласованный продуктовый дисконт, %', 'Промокод %', 'Итоговая согласованная скидка, %', 'Цена розничная с учетом согласованной скидки'],
  },
];
