/**
 * The readings of the tuning round after blind sets 89, 90 and 91 (fixtures/eval/README.md, "Round 70"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 70', () => {
  it.each([
    [{ channel: 'twitter', text: '@GamblingComm is it normal that @SpinCo keeps my winnings for a month?' }, 'activist'],
    [{ channel: 'Email', text: 'I have sent the whole dispute to IBAS, reference attached.' }, 'activist'],
    [{ channel: 'Trustpilot review feed', text: 'Reported the game to eCOGRA for a fairness check. 1 star.' }, 'activist'],
    [{ channel: 'NPS survey', subject: 'NPS: 0', text: 'This is with the Gambling Commission now.' }, 'activist'],
    [{ channel: 'Closure form', text: 'Reason: Other\nDetails: ICO complaint lodged about my data.' }, 'activist'],
    [{ channel: 'Почта', text: 'Направил жалобу в ФНС, пусть проверят вашу кассу.' }, 'activist'],
    [{ channel: 'Email', text: 'Отправил обращение в Росалкогольтабакконтроль: вино без марок.' }, 'activist'],
    [{ channel: 'имейл', text: 'Подадох сигнал до ДКХ за отказаното изплащане.' }, 'activist'],
  ])('gambling\'s bodies and handles, the tax service as where a complaint went, the alcohol regulator: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'Cash out on my acca was suspended for ten minutes. Please explain.' }, 'voicer'],
    [{ channel: 'чат', text: 'Консултантът трябваше да ме подготви за интервю на английски, а говорихме за друго.' }, 'voicer'],
    [{ channel: 'Email', text: 'Uninstall detected (source: Google Play). No tickets, no review.' }, 'silent'],
    [{ channel: 'web', text: 'Your reviews on Trustpilot say you never pay out, and now I see why. Pay my £40.' }, 'voicer'],
    [{ channel: 'Email', text: 'I was tempted to put this on Tripadvisor, but I would rather you fixed it.' }, 'voicer'],
    [{ channel: 'телефон', text: 'Обади се, каза, че прочела във форума на BG-Mamma какво пишат за нас. Не е получила картата.' }, 'voicer'],
  ])('the accumulator bet, a job interview, an install source, reviews read, a post only tempting: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Чат', text: 'Всем мужикам на заводе рассказал, как вы кидаете.' }, 'irate'],
    [{ channel: 'имейл', text: 'Качих целия разговор в БГ-Мамма.' }, 'irate'],
    [{ channel: 'Vivino feed', text: 'Corked, flat, sent back twice. 1.5.' }, 'irate'],
    [{ channel: 'Moderation log', text: 'User posted in public #lobby: "this site steals deposits".' }, 'irate'],
    [{ channel: 'Форма', text: 'Я сам практикующий юрист, но судиться не буду. А вот пост в VK уже набрал 200 репостов.' }, 'irate'],
  ])('the men at work told, BG-Mamma with a double м, wine and beer ratings, a public channel, one\'s own trade: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Чат', text: 'Сосед у меня юрист, говорит — иди в суд. Но я не хочу, верните деньги и всё.' }, 'voicer'],
    [{ channel: 'chat', text: 'had to go to the police to report my phone being nicked, so missed the shift. posted a google review about how you sacked me' }, 'irate'],
  ])('advice after a dash, a theft by nobody named: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  // The car theft is no step against us; the reason relayed is still read as the customer's words (voicer), not as the
  // silent cancellation its labels would have (fixtures/eval/README.md, round 70, "left alone").
  it('a car stolen overnight, the police all day: no party', () => {
    expect(typeOf({ channel: 'Бронирования', text: 'Гость отменил бронь: ночью угнали машину, весь день в полиции. Новую дату не назвал.' })).not.toBe('activist');
  });

  it.each([
    [{ channel: 'Till notes', text: 'Ron (Saturday accas) has not been in since March. No falling out that I know of. – Dee, shift lead' }, 'silent'],
    [{ channel: 'Касса', text: 'Тётя Галя не приходит с февраля. Ничего не говорила, не ругалась. — кассир Оля' }, 'silent'],
    [{ channel: 'тетрадка на смяната', text: 'Бай Иван (всяка събота фиш) не е идвал от март. Нищо не е казвал, не сме имали разправии. Пиша го за управителя.' }, 'silent'],
    [{ channel: 'DIKIDI', text: 'Клиентка отменила сеанс и попросила вернуть предоплату. Причину не назвала.' }, 'silent'],
  ])('staff notes that say no complaint was made; a refund asked with no reason: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Cancellation form', text: 'Reason: Other\nDetails: you charged me twice in May' }, 'voicer'],
    [{ channel: 'Cancellation survey', text: 'Anything we could have done better? → no complaints, just dont need it anymore x' }, 'silent'],
    [{ channel: 'ЮKassa — отмена подписки', text: 'Причина отмены: всё норм, просто передумал, спасибо' }, 'silent'],
    [{ channel: 'Typeform', subject: 'How likely are you to order again? → 0' }, 'silent'],
    [{ channel: 'Zendesk', subject: "CSAT: Bad, I'm unsatisfied" }, 'silent'],
    [{ channel: 'Zoho Desk', subject: 'Оценка: 1 от 5 звезди' }, 'silent'],
    [{ channel: 'Яндекс Формы', subject: 'Насколько вы довольны визитом? — 2 из 5' }, 'silent'],
    [{ channel: 'Loyalty POS', text: 'Card not swiped since 03/03. Birthday voucher unredeemed.' }, 'silent'],
    [{ channel: 'Касса клуба', text: 'Карта не использовалась с 01.02. Бонус не активирован.' }, 'silent'],
    [{ channel: 'каса', text: 'Картата не е използвана от 05.02.' }, 'silent'],
  ])('forms\' details and nothing-wrong answers, scores after an arrow or of five stars, loyalty cards gone quiet: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'ФНС выставила мне штраф из-за вашей ошибки в справке. Компенсируйте.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Дадох интервю за bTV за вашите измами.' }, 'activist'],
    [{ channel: 'Portal', text: "I'm not going to go running to the Gambling Commission over this, just credit the bet." }, 'voicer'],
    [{ channel: 'Форма отмены', text: 'Почему вы уходите? — Другое\nПодробнее: «отзыв писать не буду, просто отключите»' }, 'silent'],
  ])('guards (read so before the round too): a fine from the tax service, an interview to the press, a refusal further off, a review refused: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
