/**
 * The readings of the tuning round for blind set 7 (fixtures/eval/README.md, "Round 8"), each over its
 * class in en/ru/bg with records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('a forwarded reply of the company\'s is its words, not the customer\'s', () => {
  it.each([
    ['email', 'I still want my money back for the broken kettle.\n\n---------- Forwarded message ----------\nFrom: Support\nIf you are unhappy with our answer you may contact the Financial Ombudsman.'],
    ['почта', 'Ответ меня не устроил, верните деньги за сломанный чайник.\n\n-------- Пересланное сообщение --------\nОт: Поддержка\nВы вправе обратиться в Роспотребнадзор.'],
    ['имейл', 'Отговорът не ме удовлетворява, искам парите си за счупената кана.\n\n-----Препратено съобщение-----\nОт: Поддръжка\nМожете да подадете сигнал в КЗП.'],
  ])('%s: the footer\'s third party is set aside', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('voicer');
  });

  it('guard: the customer\'s own third party above the forwarded part still counts', () => {
    expect(typeOf({ channel: 'email', text: 'I have now complained to the Financial Ombudsman.\n\n---------- Forwarded message ----------\nFrom: Support\nWe have received your complaint.' })).toBe('activist');
  });
});

describe('a closure where the customer declined to say why is silent, even in person', () => {
  it.each([
    ['in person', 'Guest came to the front desk and cancelled the booking. Declined to say why, said \'just cancel it\'.'],
    ['Лично', 'Клиентка пришла в салон и расторгла абонемент. От объяснений отказалась.'],
    ['На гише', 'Клиентът дойде на гише и закри сметката си. Не пожела да обясни защо.'],
  ])('%s: %s', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('silent');
  });

  it.each([
    ['in person', 'Guest came to the front desk and cancelled the booking because the room was never cleaned.'],
    ['Лично', 'Клиент пришёл в офис и расторг договор из-за постоянных задержек доставки.'],
  ])('guard: a reason given is a voicer: %s: %s', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('voicer');
  });
});

describe('a questionnaire\'s "Q: … A: …" lines and an app\'s key=value fields', () => {
  it.each([
    ['survey', 'Q: How likely are you to recommend us? (0-10) A: 3\nQ: Anything else? A: -'],
    ['опрос', 'В: Оцените визит (1-5) О: 1\nВ: Комментарий О: —'],
    ['анкета', 'В: Как оценявате посещението? (1-5) О: 1\nВ: Коментар О: -'],
    ['in-app survey', 'rating=1; comment=; platform=ios'],
    ['system event', 'event=churn_flag; reason=inactivity_90d; plan=basic'],
    ['Системно събитие', 'event=churn_flag; reason=inactivity_60d; plan=family'],
  ])('%s: %s → silent', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('silent');
  });

  it('an answer on 1–5 is put on 0–10, and an empty comment beside a good score is no silence', () => {
    // 4 of 5 is 7.5 of 10, above a detractor's 0–6: a satisfied customer who left no words.
    expect(typeOf({ channel: 'survey', text: 'Q: Rate the delivery (1-5) A: 4\nQ: Comments A: -' })).toBe('none');
    expect(typeOf({ channel: 'survey', text: 'Q: Rate the delivery (1-5) A: 2\nQ: Comments A: -' })).toBe('silent');
  });

  it.each([
    ['survey', 'Q: How likely are you to recommend us? (0-10) A: 3\nQ: Anything else? A: The driver was rude and an hour late'],
    ['in-app survey', 'rating=2; comment=slow'],
  ])('guard: words in the comment make a voicer: %s: %s', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('voicer');
  });
});

describe('third parties and public places by kind', () => {
  it.each([
    ['system event', '{"event":"records_request","from":"Grey & Co, counsel for the customer"}', 'activist'],
    ['имейл', 'Подадохме сигнал до Регионалното управление на образованието.', 'activist'],
    ['Народный рейтинг', 'Третий месяц не могу закрыть вклад.', 'irate'],
    ['Viber', 'pusnah post vav fejsbuka sas snimkite', 'irate'],
    ['имейл', 'Писах във Viber общността на входа, всички вече знаят.', 'irate'],
  ])('%s: %s → %s', (channel, text, type) => {
    expect(typeOf({ channel, text })).toBe(type);
  });
});
