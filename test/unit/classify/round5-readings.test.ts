/**
 * The readings of the tuning round for blind set 5 (fixtures/eval/README.md, docs/definitions.md):
 * records written for this test in other words than the tuning sets', in English, Russian and
 * Bulgarian, and guards that the readings do not reach further than they should.
 */
import { describe, expect, it } from 'vitest';
import { typeOfText } from './helpers.js';

describe('a form or system record saying no reason or answer was given is a silent signal', () => {
  it.each([
    ['courier app', "Order turned back at the door. Courier comment: the customer didn't state a reason."],
    ['курьерская служба', 'Отказ от посылки при вручении. Причину получатель не озвучил.'],
    ['куриерска фирма', 'Пратката е върната на подателя. Причина не беше посочена.'],
    ['cancellation', 'Account closed by the holder online. Comment box was left empty.'],
    ['returns portal', 'Item sent back. Reason: "Other". Comment: none.'],
    ['връщания онлайн', 'Върнат 1 артикул. Причина: „Друго“. Бележка: празно.'],
    ['NPS survey', '2 | What could we do better? |'],
    ['survey', 'Score: 2\nComment: okay'],
    ['исходящий обзвон', 'Клиент не ответил на звонки 3 и 5 марта.'],
    ['АБС (core banking)', 'Клиент перевёл остаток по счёту в другой банк и закрыл счёт в приложении. Жалоб не поступало.'],
    ['billing', 'Moved from Pro to Basic at renewal. No message from the customer.'],
    ['membership CRM', 'Membership ended at term. Exit survey declined.'],
    ['дисконтная карта', 'Покупок по карте нет с января. Обратной связи нет.'],
    ['карта за отстъпки', 'Картата не е ползвана от три месеца. Без обратна връзка от клиента.'],
  ])('%s: %s', (channel, text) => {
    expect(typeOfText(text, channel)).toBe('silent');
  });

  it.each([
    // The customer's own words on such channels, or a contact channel, stay a voicer's.
    ['courier app', 'I refused the parcel because the box was crushed.'],
    ['billing', 'Why was I charged twice this month?'],
    ['Get help with billing', 'You charged me twice and gave no reason.'],
    ['phone', 'Customer called about a late refund. No complaint letter sent yet.'],
    ['survey', 'Score: 2\nComment: okay food, rude waiter'],
    // (Round 28 reversed one guard of this list: 'Item sent back. Reason: "too small". Comment: none.' on a returns
    // portal is now silent — a short reason beside the comment box left empty is the form's; see round28-readings.)
  ])('guard: %s: %s', (channel, text) => {
    expect(typeOfText(text, channel)).toBe('voicer');
  });
});

describe("the company's own text quoted in the customer's e-mail is not the customer naming a third party", () => {
  it.each([
    'Still no refund, please check.\n\n> You can take your complaint to the Financial Ombudsman if you are not satisfied.',
    'Спасибо, но деньги так и не вернули.\n\n--\nС уважением, служба заботы\nВы можете обратиться в Банк России.',
    'Не ми работи картата, моля оправете.\n-----\nПри спор можете да сезирате КЗП.',
  ])('%s', (text) => {
    expect(typeOfText(text, 'email')).toBe('voicer');
  });

  it.each([
    // The customer's reply under a quoted letter on top, and the customer's own words above a footer.
    '---- Original message ----\nWe regret our decision stands.\n----\nThen I am taking this to the ombudsman.',
    'I have reported you to the police.\n--\nSent from my phone',
  ])('guard: %s', (text) => {
    expect(typeOfText(text, 'email')).toBe('activist');
  });
});

describe('negations and advice that reach, a police station as a place', () => {
  it.each([
    'Не хочу тратить время на юристов, суды и прокуратуру из-за 300 рублей.',
    'My son is a solicitor and says I could take you to court, but I would rather you just fix the boiler.',
    'Съпругът ми е юрист и казва, че мога да ви дам на съд, но искам просто да ми върнете парите.',
    'Моя дочь юрист, поэтому я знаю свои права: верните деньги за товар.',
    'My order was delivered to the police station next door by mistake, please collect it.',
  ])('%s', (text) => {
    expect(typeOfText(text, 'email')).toBe('voicer');
  });

  it.each([
    'Я не хочу ждать, поэтому иду в суд.',
    'My lawyer says the contract is void.',
    'Мой адвокат подготовил иск.',
    'I reported the theft at the police station.',
  ])('guard: %s', (text) => {
    expect(typeOfText(text, 'email')).toBe('activist');
  });
});

describe('word of mouth reported or forwarded is irate', () => {
  it.each([
    ['phone', 'Agent note: customer has told the parents chat at her son’s nursery about the mix-up.'],
    ['телефон', 'Клиентка сообщила, что рассказала обо всём в родительском чате класса.'],
    ['телефон', 'Клиентът каза, че е разказал в кръчмата и цялото село вече знае.'],
    ['опрос', 'NPS: 2\nКомментарий: подробности в отзыве на Озоне'],
    ['Одноклассники', 'Будьте внимательны в магазине на Советской, обвешивают.'],
  ])('%s: %s', (channel, text) => {
    expect(typeOfText(text, channel)).toBe('irate');
  });

  it.each([
    ['email', 'Мои одноклассники посоветовали ваш магазин, но товар пришёл битым.'],
    ['WhatsApp', 'Hi, my order is late.'],
  ])('guard: %s: %s', (channel, text) => {
    expect(typeOfText(text, channel)).toBe('voicer');
  });
});

describe('a complaint copied to a body, a regulator’s portal, the media contacting the customer are activist', () => {
  it.each([
    ['email', 'I am copying this complaint to the Nursing and Midwifery Council.'],
    ['Интернет-приёмная', 'Заявитель сообщает о навязанной страховке.'],
    ['имейл', 'Изпращам копие от жалбата до общината.'],
    ['Twitter', 'A radio producer from the morning show already messaged me about this.'],
    ['чат', 'Я уже написала на радио, пусть разбираются.'],
  ])('%s: %s', (channel, text) => {
    expect(typeOfText(text, channel)).toBe('activist');
  });

  it.each([
    'The car radio you installed stopped working.',
    'Your website says you are a producer of organic cheese, but the label says otherwise.',
  ])('guard: %s', (text) => {
    expect(typeOfText(text, 'email')).toBe('voicer');
  });
});
