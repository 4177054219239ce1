/**
 * The readings of the tuning round after blind sets 128, 129 and 130 (fixtures/eval/README.md, "Round 83"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { readRecord } from '../../../src/classify/read.js';
import { rules, typeOf } from './helpers.js';

describe('round 83', () => {
  it.each([
    [{ channel: 'SMS survey (Twilio)', text: 'Q: How happy were you with the meter visit? Reply 1-5\nA: 2' }, 'silent'],
    [{ channel: 'SMS-опрос', text: 'Оцените работу аварийной бригады от 1 до 5.\nОтвет: 1' }, 'silent'],
    [{ channel: 'Viber бот – анкета', text: 'Доволни ли сте от обслужването?\nОтговор: ⭐ (1 от 5)\nКоментар: –' }, 'silent'],
    [{ channel: 'Telegram-бот', text: 'Оцените ответ бота: 👎' }, 'silent'],
  ])('a survey\'s question sent with its answer below, a bot rated with a thumbs-down: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  // The score read, worked by hand: an answer N on a 1–5 scale is (N − 1) × 2.5 on 0–10, low at 6 or below.
  it.each([
    ['A: 1', 0, true],
    ['A: 4', 7.5, false],
    ['A: 3', 5, true],
  ])('the answer %s under "Q: …? Reply 1-5" is read as %s of 10 (low: %s)', (answer, value, low) => {
    const reading = readRecord({ channel: 'SMS survey (Twilio)', text: `Q: How happy were you with the visit? Reply 1-5\n${answer}` }, rules);
    expect(reading.score?.value).toBe(value);
    expect(reading.score?.low).toBe(low);
  });

  it.each([
    [{ channel: 'Field Service Scheduler – Leak check', text: 'Appt 4/2, tech on site 09:05, no answer at door. Reschedule link sent twice, not used. Order auto-cancelled.' }, 'silent'],
    [{ channel: 'Cisco Finesse - Call Notes', subject: 'Payment plan – missed installment', text: "Outbound. Rang re 3rd installment missed on 4/1. Cust said 'I know' and ended the call. Did not raise any issue. Retry 4/8 – no answer, VM full." }, 'silent'],
    [{ channel: 'CIS Billing – Final Bill Queue', text: 'Final bill at owner request. Close reason code: NR (none recorded). Balance 0.00.' }, 'silent'],
    [{ channel: 'Журнал приёма граждан', text: 'Абонентка закрыла лицевой счёт по ул. Садовой, 3. На вопрос о причине ответила: «Не ваше дело». Акт подписан.' }, 'silent'],
    [{ channel: 'Каса (бележка)', text: 'Клиентът плати целия дълг (80 €) и поиска закриване на партидата. На въпроса дали има проблем отговори „няма значение вече“. Записан час за отчитане.' }, 'silent'],
    [{ channel: 'Деловодство', subject: 'Вх. № 12', text: 'Заявление за оттегляне на искане за присъединяване. Мотиви: не са посочени.' }, 'silent'],
    [{ channel: 'CloudPayments — рекуррентные платежи', text: 'Две неуспешные попытки списания. Клиент данные карты не обновил, письма не открывал.' }, 'silent'],
    [{ channel: 'Okdesk — заметка оператора', text: 'Клиент позвонил, попросил отключить автопродление. На вопрос о причине: «Просто отключите, пожалуйста». Отключено.' }, 'silent'],
    [{ channel: 'Кол център – бележка на оператор', text: 'Клиентката се обади само за да прекрати. За причината – „просто го спрете, моля“. Прекратено.' }, 'silent'],
    [{ channel: 'Trustpilot review-invite log', text: 'Automated Trustpilot invitation sent 3/1 — not opened. No orders since.' }, 'silent'],
    [{ channel: 'Salesforce account note', text: 'Mr Hale is a solicitor, used to drop off court shirts weekly. Not seen since January. No complaint on file.' }, 'silent'],
    [{ channel: 'Битрикс24 — комментарий менеджера', text: 'Ольга — юрист, по её словам, ведёт дела в арбитраже. С марта не появляется, жалоб нет.' }, 'silent'],
  ])('schedulers, call notes, final bills, journals, withdrawals, payment monitors and CRM notes of leavers: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'WhatsApp', text: "Udalite moy nomer iz rassylki, bol'she ne pishite mne" }, 'silent'],
    [{ channel: 'Viber', text: 'Iskam da si spra abonamenta. Blagodarya.' }, 'silent'],
    [{ channel: 'Zendesk via email', subject: 'Re: We miss you', text: "Please take me off this list.\n\n> On 2 Mar, Streamly <hi@streamly.example> wrote:\n> We miss you! Come back to Streamly for 50% off." }, 'silent'],
  ])('opt-outs in Latin letters, "take me off this list" under our win-back: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'The Office of the Consumer Advocate has opened a file on my water bill and will contact you.' }, 'activist'],
    [{ channel: 'Phone', text: 'Caller says Channel 4 News is coming tomorrow to film it and wants a crew there first.' }, 'activist'],
    [{ channel: 'Web form', text: 'Sewage in the creek again, so I called the EPA hotline this morning.' }, 'activist'],
    [{ channel: 'Email', text: "Your contractor cut my lock. I called the sheriff's office and they took a report." }, 'activist'],
    [{ channel: 'Chat', text: 'A demand letter about the reconnection fee goes to you today.' }, 'activist'],
  ])('a consumer advocate, a film crew, the EPA, a sheriff, a demand letter: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Telegram — открытый чат жителей', text: 'Третий день нет воды, а админ молчит.' }, 'irate'],
    [{ channel: 'WhatsApp', text: 'Vy poteryali moi veshchi. Ya napisala v chate nashego doma, vse sosedi znayut.' }, 'irate'],
    [{ channel: 'имейл', text: 'Както написах в отзива си в Google, никой при вас не отговаря. Върнете парите.' }, 'irate'],
  ])('an open residents\' chat, a house chat, one\'s own Google review: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Почта', text: 'С моей карты списали 9 000 руб. по судебному приказу, который ваш водоканал получил на меня. Долга нет, прошу отозвать приказ.' }, 'voicer'],
    [{ channel: 'имейл', subject: 'Покана за доброволно изпълнение', text: 'Получих покана от частен съдебен изпълнител по изпълнителен лист, издаден по ваше заявление. Сметките са платени, моля проверете.' }, 'voicer'],
    [{ channel: 'Facebook Messenger (Sprout Social)', text: "Messaging you privately, I don't want to start a whole thing on your page. When is the trench filled?" }, 'voicer'],
    [{ channel: 'Web form', text: "My neighbour made a big fuss on Facebook about it, I won't. Please fix my login." }, 'voicer'],
    [{ channel: 'Jira', text: 'Someone in another state took over my account. I filed a police report. Please restore my email.' }, 'voicer'],
    [{ channel: 'Заметка оператора', text: 'Клиентке звонили мошенники, она написала заявление в полицию на них. Отдельно жалуется на двойное списание.' }, 'voicer'],
    [{ channel: 'телефон', text: 'Клиентът каза, че измамници са сменили имейла. Подал е сигнал в полицията срещу тях. Иска да заключим профила.' }, 'voicer'],
    [{ channel: 'Zendesk (voice)', subject: 'Double charge — App Store + card', text: 'Caller billed twice, once through the App Store and once by card. Wants one refunded.' }, 'voicer'],
    [{ channel: 'Web', text: "I'm an attorney by trade, but I'm not writing as a lawyer: please refund the renewal." }, 'voicer'],
    [{ channel: 'Чат', text: 'Клиент: ютуб в 4к идёт, а у вас трансляция тормозит. Разберитесь.' }, 'voicer'],
    [{ channel: 'Email', text: 'I actually read your Google reviews before booking. The jumper came back shrunk. What happened?' }, 'voicer'],
    [{ channel: 'Портал', text: 'Могу и на Отзовике написать, если не решите, но пока пишу вам. Верните деньги.' }, 'voicer'],
    [{ channel: 'уеб форма', text: 'Приятелката ми все повтаря да ходя в КЗП. Не искам. Почистете роклята отново.' }, 'voicer'],
  ])('our own court order and bailiff, a DM that refuses a public fuss, frauds reported against the fraudsters, a store charge, one\'s trade, YouTube, reviews read, a friend urging: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Zendesk via email', text: "I went and read your Trustpilot page and it's worse than I thought, so I've added mine to it." }, 'irate'],
    [{ channel: 'Деловодство – входящи документи', subject: 'Вх. № 7', text: 'Жалба от живущите: улицата е разкопана от месец. Молим да ни кажете кога ще бъде асфалтирана.' }, 'voicer'],
    [{ channel: 'Chat', text: "My attorney is sending you a demand letter about the reconnection fee today." }, 'activist'],
    [{ channel: 'Zendesk email', text: 'I will be posting a review with photos on Google tonight. The coat is ruined.' }, 'irate'],
    [{ channel: 'Email', text: 'My lawyer says your court order against me is void, and he is filing to set it aside.' }, 'activist'],
  ])('guards (read so before the round too): a review added after reading, a residents\' letter in a registry, our court order fought by a lawyer, an attorney\'s demand letter, a review announced: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
