/**
 * The readings of the tuning round after blind sets 92, 93 and 94 (fixtures/eval/README.md, "Round 71"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 71', () => {
  it.each([
    [{ channel: 'Email', text: "I'm a retired solicitor, so I read contracts closely. Clause 4 says one increase a year; please check." }, 'voicer'],
    [{ channel: 'Letter', text: 'My neighbour, who was a solicitor before he retired, thinks I should complain. I only want the lift mended.' }, 'voicer'],
    [{ channel: 'Email', text: 'Я сам бывший прокурор района, но пишу как обычный турист: верните доплату за автобус.' }, 'voicer'],
    [{ channel: 'Форум', text: 'Судовой врач отправил маму в больницу, а страховая отказала в выплате. Делюсь, чтобы знали.' }, 'irate'],
  ])('trades once held, a ship\'s doctor: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  // The solicitor who handles the customer's affairs is no party; the letter's other words still read as hers (voicer).
  it('a solicitor named, then what he handles: no party', () => {
    expect(typeOf({ channel: 'Letter', text: 'Please collect the stairlift. Send any papers to my solicitor, Mr Hale of Hale & Co, who is dealing with all my affairs.' })).not.toBe('activist');
  });

  it.each([
    [{ channel: 'Почта', text: 'Прошу расторгнуть договор аренды. Бумаги подпишет мой сын, он юрист и занимается всеми моими делами по доверенности.' }, 'silent'],
    [{ channel: 'Email', text: 'We act for the executors of the late Mrs Joan Price and ask you to close her account.' }, 'voicer'],
  ])('a lawyer named by the matter they handle, an estate\'s solicitors: %o → %s', (record, type) => {
    expect(typeOf(record)).not.toBe('activist');
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'Мошенники оформили подписку по моей карте. Заявление в полицию я написала. Отмените списание.' }, 'voicer'],
    [{ channel: 'Email', text: 'Звонила дочь клиентки. Сообщила, что направила претензию и предупредила о подаче иска.' }, 'activist'],
    [{ channel: 'twitter', text: 'Reported @SunnyCare to @CQCProf today. Three missed visits.' }, 'activist'],
    [{ channel: 'имейл', text: 'Подадох сигнал в СЕМ за рекламата в детския профил.' }, 'activist'],
  ])('a fraud by strangers reported, a suit announced, the care and media regulators: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'CareHomeReviews feed', text: 'I am posting this so other families ask the right questions before choosing.' }, 'irate'],
    [{ channel: 'web', text: 'posted on facebok last nite what happend, loads of comments already' }, 'irate'],
    [{ channel: 'Rutube — комментарии', text: 'Не ведитесь на рекламу, ломается каждый месяц.' }, 'irate'],
    [{ channel: 'Звонок', text: 'Клиентка заявила, что уже всем соседкам во дворе рассказала, как вы работаете.' }, 'irate'],
    [{ channel: 'Okdesk — Email', text: 'Всем в совете ветеранов рассказала про вашу поездку.' }, 'irate'],
    [{ channel: 'имейл', text: 'Разказах на целия клуб в читалището какво стана.' }, 'irate'],
    [{ channel: 'NPS survey', subject: 'NPS: 2', text: "I've written it all on Feefo, go and read it there." }, 'irate'],
  ])('posts announced to warn others, misspelt networks, Rutube, neighbours and clubs told, Feefo: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Google Play RTDN', text: 'notificationType=3 SUBSCRIPTION_CANCELED; cancelReason=0 (user)' }, 'silent'],
    [{ channel: 'Отзыв из приложения (встроенная форма)', text: 'плеер вылетает на андроиде 14 при перемотке' }, 'voicer'],
    [{ channel: 'Feedback Widget', subject: 'Rating: 1/5 – technician visit 3 May' }, 'silent'],
    [{ channel: 'via: voice', text: 'Mrs P rang to cancel the visits. Asked if anything was wrong — she said "no, just stop them please, love".' }, 'silent'],
    [{ channel: 'телефон', text: 'Обади се да откаже абонамента. На въпроса защо каза: „Няма да ходя в КЗП, просто не го искам повече.“' }, 'silent'],
    [{ channel: 'Okdesk: телефон', text: 'Позвонил, попросил отключить. На вопрос о причине сказал: «Жаловаться никуда не буду, просто отключите, и всё».' }, 'silent'],
    [{ channel: 'Cancellation survey', text: "Reason: Other\nDetails: just cancel. not gonna write a review or anything, can't be bothered" }, 'silent'],
    [{ channel: 'App Store – известия за абонаменти', text: 'EXPIRED; VOLUNTARY; автоматичното подновяване изключено.' }, 'silent'],
  ])('store billing events, an in-app form, a widget\'s score and what it rated, answers that say nothing is wrong: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Zendesk via voice', text: "CUSTOMER VERY ANGRY, SHOUTING. Says 'WHERE IS MY REFUND'. Trip cancelled by us in May." }, 'voicer'],
    [{ channel: 'Qualtrics survey', subject: 'NPS 3', text: 'Q: What could we do better?\nA: The food was cold every evening and nobody checked on us after my fall.' }, 'voicer'],
  ])('a mood relayed, a call told in the present, a question answered on the next line: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Чат', text: 'Дъщеря ми работи в регионална телевизия и вече предаде историята на редакцията.' }, 'activist'],
    [{ channel: 'Email', text: 'Your driver stole my parcel and I reported him to the police.' }, 'activist'],
    [{ channel: 'Имейл', text: 'Върнах колата без забележки, а депозитът още не е освободен.' }, 'voicer'],
    [{ channel: 'twitter', text: "Not going to waste Mum's savings on a lawyer, but everyone should know what @AcmeCare did. Please share" }, 'irate'],
    [{ channel: 'Zoho Desk – Телефон', text: 'Обажда се г-н Петров. Скутерът не се зарежда от седмица. Ядосан, че никой не го е потърсил.' }, 'voicer'],
  ])('guards (read so before the round too): the press told by a relative, our own driver reported, a handover without remarks, a waste refused, a call told in the present: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
