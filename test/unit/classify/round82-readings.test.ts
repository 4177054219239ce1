/**
 * The readings of the tuning round after blind sets 125, 126 and 127 (fixtures/eval/README.md, "Round 82"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 82', () => {
  it.each([
    [{ channel: 'SurveyMonkey – after the course', subject: 'Would you enrol with us again?', text: 'No' }, 'silent'],
    [{ channel: 'Анкета после ремонта (Яндекс Формы)', text: 'Обратитесь ли вы к нам ещё раз?\nНет' }, 'silent'],
    [{ channel: 'Анкета (Google Forms)', subject: 'Бихте ли пазарували отново при нас?', text: 'Не.' }, 'silent'],
    [{ channel: 'Виджет оценки чата', subject: 'Оцените ответ', text: '2\nничего писать не буду' }, 'silent'],
    [{ channel: 'Opros v prilozhenii', subject: 'Otsenka 2 iz 10', text: 'nechego pisat' }, 'silent'],
    [{ channel: 'Анкета след поръчка', subject: 'Ocenka 1', text: 'nqma kakvo da pisha' }, 'silent'],
    [{ channel: 'Qualtrics post-visit survey', subject: 'CSAT 2', text: "Can't be bothered to explain." }, 'silent'],
  ])('a "No" to coming back, a rating over a box declined, Latin-letter scores and refusals: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Courier app - failed delivery', text: 'Customer not at home, third failed slot. Phone off. Weekly box paused by system.' }, 'silent'],
    [{ channel: 'Журнал выездов мастеров', text: 'Мастер ждал 30 минут. Телефон клиента вне зоны. Клиент не встретил, выезд отменён.' }, 'silent'],
    [{ channel: 'Отчёт оператора по обзвону', text: 'Клиент от оценки отказался, сказал, что заказывать больше не планирует. Почему не пояснил.' }, 'silent'],
    [{ channel: 'Front desk log (Leeds)', text: "Member handed in her fob and cancelled. Said 'don't bother asking' when asked why. No further detail." }, 'silent'],
    [{ channel: 'Бележка на касата', text: 'Попитах клиентката дали нещо не е наред. Тя махна с ръка и излезе.' }, 'silent'],
    [{ channel: 'Telegram-бот доставки — события', subject: 'Бот остановлен', text: 'Пользователь остановил бота после третьего заказа.' }, 'silent'],
    [{ channel: 'Касов софтуер — сторно бележка', text: 'Сторно на покупка № 118, 12,40 лв. Причина: клиентът не посочи.' }, 'silent'],
    [{ channel: 'Заявка за изтриване на профил (Zendesk)', text: 'Клиентката поиска изтриване на профила. По телефона каза, че се мести в чужбина. Друга причина не даде.' }, 'silent'],
    [{ channel: 'Okdesk — удаление персональных данных', subject: 'Удаление ПДн', text: 'Удалите мои данные, пожалуйста.' }, 'silent'],
    [{ channel: 'Feefo log', subject: 'Review request – order 5521', text: 'Invitation sent twice, none opened. Order had 2 missing items.' }, 'silent'],
    [{ channel: 'Битрикс24 — задача', text: 'Просили оставить отзыв на Яндекс Картах после ремонта. Отзыв не оставлен.' }, 'silent'],
  ])('staff notes and system logs of leavers: a courier app, a journal, an operator report, a desk, a bot, a storno: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Removal booking cancellation (web)', text: "Reason: no reason given\nInternal note: the client's conveyancing lawyer has the keys on move day - tell the crew it's off." }, 'silent'],
    [{ channel: 'Почта', text: 'Добрый день! Снимите, пожалуйста, нашу бронь на июль, мы уезжаем в конце июня. Спасибо!' }, 'silent'],
    [{ channel: 'Gorgias – email', subject: 'Re: We miss you, Tom', text: "Please cancel.\n\nSent from my iPhone\n\n> On 3 Apr 2026, at 10:02, Glowbox <hi@glowbox.example> wrote:\n> Hi Tom, we noticed you skipped two boxes. We're sorry if something wasn't right - tell us what we could do better." }, 'silent'],
  ])('a conveyancer on a sale, a booking withdrawn («снимите»), "Please cancel." over our quoted win-back: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Facebook page comments', text: 'Mouldy bread again from your Harlow store. Tagging @EveningStandard, share this.' }, 'activist'],
    [{ channel: 'Zendesk via twitter', text: '@ShopCo allergen label wrong on the flapjacks. Reported to the FSA.' }, 'activist'],
    [{ channel: 'WhatsApp', text: 'moy yurisd skazal chto vy ne imeete prava. мой юрисд так и сказал' }, 'activist'],
    [{ channel: 'Телефон', text: 'Клиентът каза, че вече е подал сигнал в РУ — Варна срещу охранителя.' }, 'activist'],
    [{ channel: 'Viber', text: 'tretia poredna razvalena porachka. shte vi dam na sud.' }, 'activist'],
    [{ channel: 'Телефон', text: 'Клиентката се е свързала с предаването „Господари на ефира“. Иска управител.' }, 'activist'],
  ])('a paper and a regulator tagged, a lawyer misspelt, a police office, Latin-letter suits, a TV programme: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Google Karty — otzyvy', text: 'kassir nagrubil, sdachu ne dali. 1 zvezda' }, 'irate'],
    [{ channel: 'Google Play', text: 'V sud ne poydu, no vsem rasskazhu: prilozhenie spisyvaet dengi dvazhdy.' }, 'irate'],
    [{ channel: 'NPS', subject: 'NPS 1', text: 'Я уже отговорила всех соседей. Хамство на кассе.' }, 'irate'],
    [{ channel: 'Имейл', text: 'Писах във форума на BG-Mamma и, съдейки по отговорите, не съм единствената. Върнете ми парите.' }, 'irate'],
  ])('a Latin-letter map review, a court refused in Latin letters, neighbours talked out of it, „съдейки по“: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Refund form', subject: 'Refund', text: 'Reason: the painter left without finishing the hallway and never came back.' }, 'voicer'],
    [{ channel: 'Usedesk — email', text: 'Ya sam rabotayu yuristom, no pishu kak klient: vernite dengi za vyezd.' }, 'voicer'],
    [{ channel: 'Email', text: 'Az sam advokat, no vi pisha kato klient: varnete mi parite za poseshtenieto.' }, 'voicer'],
    [{ channel: 'Портал', text: 'Приятелят ми адвокат казва да ви пратя покана, но не искам. Просто върнете 50 €.' }, 'voicer'],
    [{ channel: 'имейл', subject: 'ПАРИТЕ', text: 'ОБЕЩАХТЕ ВРЪЩАНЕ ДО 5-ТИ. МАЙСТОРЪТ СЧУПИ ВРАТАТА. ОТГОВОРЕТЕ!!!' }, 'voicer'],
    [{ channel: 'Email', text: 'Before booking I read the reviews on Trustpilot. Now I know why the one-star ones exist. The fitter flooded my kitchen. Refund the call-out.' }, 'voicer'],
    [{ channel: 'Имейл', text: 'Преди да запиша детето изчетох темата в БГ-мама. Вие обещахте опитни треньори, а водят студенти. Чакам обяснение.' }, 'voicer'],
    [{ channel: 'Okdesk — email', text: 'Вчера на вашей парковке мне разбили стекло. Полиция приехала, протокол составили, к вам у полиции вопросов нет. Но охранник даже не вышел.' }, 'voicer'],
  ])('one\'s trade in Latin letters, a friend\'s advice refused, a promised refund shouted, reviews read, a window smashed by others: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'чат', text: 'kazah na vsichki kolegi da ne porachvat ot vas. varnete mi parite' }, 'irate'],
    [{ channel: 'Почта', text: 'napishu v rospotrebnadzor esli ne vernete dengi' }, 'activist'],
    [{ channel: 'имейл', text: 'shte podam signal v KZP ako ne mi varnete parite' }, 'activist'],
    [{ channel: 'Viber чат', text: 'az sum advokat i utre podavam iska sreshtu vas.' }, 'activist'],
    [{ channel: 'Survey', subject: 'Would you recommend us?', text: 'No, the driver was rude and the food was cold.' }, 'voicer'],
  ])('guards (read so before the round too): a purpose clause and a condition after a Latin-letter step, one\'s trade beside a suit filed, a "No" with a reason: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
