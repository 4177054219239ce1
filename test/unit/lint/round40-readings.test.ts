/**
 * The lint readings of round 40 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set: what the customer rents given back as the answer to disagreeing is an ultimatum ("If you do not agree,
 * vacate the unit", «Не устраивает — освобождайте бокс», «Ако не сте съгласни, освободете склада»), told of "those who…" too
 * and in the optative («Кого не устраивает — пусть освобождает бокс», «Който не е съгласен, да освободи клетката»); a booking
 * of the customer's called off free of charge, told in the passive, is a remedy made ("your ride has been cancelled at no
 * charge", «Ваша поездка отменена без штрафа», «Резервацията Ви е анулирана без такса»). What read so before the round is in
 * the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const scoreOf = (text: string, locale: LintLocale): number => lintMessage(text, { locale }).score;
const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('what the customer rents given back as the answer to disagreeing is an ultimatum', () => {
  it.each([
    ['en', 'Dear tenant,\n\nWe set the rents. If you do not agree, vacate the unit by the end of the month.\n\nManagement'],
    ['en', 'Dear Ms Hall,\n\nThe new rate stands. Tenants who do not agree with it should vacate their units by 30 June.\n\n'
      + 'The Management'],
    ['ru', 'Уважаемые арендаторы.\n\nТариф повышен. Не согласны — съезжайте до конца месяца.\n\nАдминистрация'],
    ['ru', 'Уважаемый клиент.\n\nНовая цена действует с июня. Кого не устраивает — пусть освобождает ячейку до 30 июня.\n\n'
      + 'Администрация'],
    ['bg', 'Уважаеми наематели,\n\nНаемът е нов. Ако не сте съгласни, освободете склада до края на месеца.\n\nУправата'],
    ['bg', 'Уважаеми клиенти,\n\nЦената се променя от юни. Който не е съгласен с нея, да напусне гаража до 30 юни.\n\nУправата'],
  ] as const)('%s: dismissive, below 50: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
    expect(scoreOf(text, locale)).toBeLessThan(50);
  });
});

describe('a booking of the customer\'s called off free of charge, in the passive, is a remedy made', () => {
  it.each([
    ['en', 'Dear Mr Patel,\n\nThank you for the photos. I am sorry the car was left in that state. Your ride has been cancelled at '
      + 'no charge and the car has gone for cleaning.\n\nKind regards,\nNina Shaw\nSupport, CityCar'],
    ['ru', 'Здравствуйте, Денис!\n\nСпасибо за фотографии. Извините, что машина была в таком виде. Ваша поездка отменена без '
      + 'штрафа, машина отправлена на мойку.\n\nС уважением,\nОльга Смирнова\nПоддержка «Каршеринг Плюс»'],
    ['bg', 'Здравейте, Лора,\n\nБлагодарим за снимките. Съжаляваме, че стаята не беше почистена. Резервацията Ви е анулирана без '
      + 'такса.\n\nПоздрави,\nИва Петрова\nОбслужване на клиенти, Хотел Вита'],
  ] as const)('%s: a polite reply at 80 or more: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('no-substance');
    expect(scoreOf(text, locale)).toBeGreaterThanOrEqual(80);
  });
});

describe('guards (read so before the round too)', () => {
  it.each([
    // A way out offered with our part in it: no ultimatum.
    ['en', 'Dear Ms Hall,\n\nThank you for your message about the new rate. I am sorry it came as a surprise. If you do not agree '
      + 'with it, you can move out at the end of June free of charge, and we will return your deposit in full.\n\n'
      + 'Kind regards,\nTom Hill\nLettings Team'],
    ['ru', 'Здравствуйте, Анна!\n\nСпасибо, что написали. Если новый тариф вас не устраивает, вы можете освободить бокс без '
      + 'штрафа, а мы вернём депозит до 30 июня.\n\nС уважением,\nИрина Лебедева\nСклад «Бокс»'],
    ['bg', 'Здравейте, Калина,\n\nБлагодарим, че ни писахте. Ако не сте съгласни с новата цена, може да освободите клетката без '
      + 'неустойка и ние ще Ви върнем депозита до 30 юни.\n\nПоздрави,\nМартин Колев\nОтдел „Обслужване“'],
  ] as const)('%s: not dismissive: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });

  it.each([
    // A rule that a booking can be called off free of charge, and a booking not called off: no remedy.
    ['en', 'Hello Dan,\n\nBookings can be cancelled at no charge up to a day before.\n\nBest,\nNina\nSupport'],
    ['ru', 'Здравствуйте, Денис!\n\nБронь может быть отменена без штрафа за сутки.\n\nС уважением,\nНиколай\nПоддержка'],
    ['bg', 'Здравейте, Деян,\n\nПътуването Ви не е анулирано без такса.\n\nПоздрави,\nНиколета\nПоддръжка'],
  ] as const)('%s: no remedy, nothing of substance: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('no-substance');
  });

  it('ru: «ищите другую клинику» was an ultimatum already', () => {
    expect(rulesOf('Здравствуйте.\n\nНе устраивает — ищите другую клинику.\n\nКлиника', 'ru')).toContain('dismissive');
  });
});
