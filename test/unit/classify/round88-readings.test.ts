/**
 * The readings of the tuning round after blind sets 143, 144 and 145 (fixtures/eval/README.md, "Round 88"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 88', () => {
  it.each([
    [{ channel: 'Freshdesk: Outbound Email', subject: 'Closing your enquiry', text: "Hi Sam, we've tried several times to reach you about your booking. If you're ever unhappy with how we've handled something, you can contact the Ombudsman.\n\nInternal: no reply after 10 days, closed." }, 'silent'],
    [{ channel: 'имейл (изходящ)', text: 'Здравейте, опитахме се няколко пъти да се свържем с Вас. Ако не сте доволни, имате право да се обърнете към КЗП.\n\nВътрешна бележка: без отговор 10 дни, затворено.' }, 'silent'],
    [{ channel: 'Анкета после доставки', subject: 'Всё ли вас устроило?', text: 'Нет.' }, 'silent'],
    [{ channel: 'Анкета', subject: 'Доволни ли сте от обслужването?', text: 'Не.' }, 'silent'],
    [{ channel: 'Typeform: feedback', text: 'How likely are you to recommend us? 1\nIs there anything you would like to tell us? \nMay we contact you? No' }, 'silent'],
    [{ channel: 'Okdesk — выезд инженера', text: 'Обследование кровли под СЭС. На объекте никого, телефон клиента вне зоны действия сети. Уехали.' }, 'silent'],
    [{ channel: 'Salto – access audit', subject: 'Inactive cards', text: 'No door events since January. Account manager emailed twice, no reply.' }, 'silent'],
    [{ channel: 'Off-boarding checklist (ClickUp)', text: "Keys 2/2 returned. Member didn't want an exit chat." }, 'silent'],
    [{ channel: 'Банка — директен дебит', text: 'Клиентът оттегли съгласието за директен дебит. До нас не е изпратено писмо.' }, 'silent'],
    [{ channel: 'SMS отговор', text: 'Ne zhelaya poveche saobshtenia.', status: 'Отписан' }, 'silent'],
    [{ channel: 'Анкета след събитие', subject: 'Оценка на събитието: ★☆☆☆☆' }, 'silent'],
    [{ channel: 'Reception handover notes', text: "Mr Li (hot desk, Flex 10) handed back his fob at 6pm and signed the termination form. Said 'no reason really, no hard feelings'. Nothing to escalate." }, 'silent'],
    [{ channel: 'Модуль бронирования переговорных', subject: 'Неявка', text: 'Бронь не отменена. После этого клиент ничего не бронировал.' }, 'silent'],
  ])('our own letter naming where to complain, a satisfaction question answered "No", an empty box between questions, «СЭС» as a power station, audits, checklists, direct debits, an opt-out, stars under a label, nothing wrong relayed, a booking module: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Telegram', text: 'СЭС до сих пор не запущена, а первый платёж уже списали. Прошу разобраться.' }, 'voicer'],
    [{ channel: 'email', text: "Somebody has stolen the wreath from the grave and I reported it to the police, I know that's not your fault. But the one you were meant to lay never arrived." }, 'voicer'],
    [{ channel: 'email', text: 'Someone climbed your scaffolding and got in through our window. Police have been. I want the scaffold down tomorrow.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Пак няма интернет. Седнах в кафенето отсреща, за да работя. Моля, оправете мрежата.' }, 'voicer'],
  ])('a solar station, a theft we are not blamed for, a break-in by someone unknown, a café sat in: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'ВКонтакте: пост', text: 'Подруга на телевидении предлагает: давай сделаем сюжет. Не хочу, не до этого. Пишу здесь, чтобы все знали.' }, 'irate'],
    [{ channel: 'Facebook', text: 'Познат от bTV ми каза да им пиша, но няма да го направя. Пиша тук, за да знаят всички.' }, 'irate'],
    [{ channel: 'Call note', text: "Member mentioned he's written about it in a Slack community of founders." }, 'irate'],
    [{ channel: 'Телефония', text: 'Клиент сказал, что уже написал про нас в чат посёлка.' }, 'irate'],
    [{ channel: 'имейл', text: 'На срещата на клуба разказах всичко пред 30 души.' }, 'irate'],
    [{ channel: 'телефон', text: 'Клиентката каза, че е подала жалба в 5-о РУ за изчезналите вещи.' }, 'activist'],
    [{ channel: 'Форма расторжения', text: 'Причина: обман. Копию переписки отправил уполномоченному по защите прав предпринимателей.' }, 'activist'],
  ])('offers of a story declined, a Slack community, a village chat, a club told; a numbered police station, the business ombudsman: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'You can expect a letter from my solicitor.' }, 'activist'],
    [{ channel: 'Госуслуги — Платформа обратной связи', text: 'Опять нет сетки для пластика у дома 5.' }, 'voicer'],
    [{ channel: 'Cancellation form', text: 'Reason for cancelling: Too expensive\nOther comments:' }, 'silent'],
  ])('guards (read so before the round too): a lawyer the customer names, the state feedback platform, a preset reason beside an empty box: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
