/**
 * The readings of the tuning round after blind sets 110, 111 and 112 (fixtures/eval/README.md, "Round 77"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 77', () => {
  it.each([
    [{ channel: 'Usedesk — email', text: 'Прошу не пролонгировать договор страхования дачи. Спасибо.' }, 'silent'],
    [{ channel: 'Viber бизнес чат', text: 'Здравейте, не желая да подновявам застраховката. Благодаря.' }, 'silent'],
    [{ channel: 'чат на сайта', text: 'Zdraveite, molq spriete podnovqvaneto na policata mi. Blagodarq' }, 'silent'],
    [{ channel: 'Viber', text: 'Otkazvam se ot abonamenta ot mart. Ne jelaya da obyasnyavam.' }, 'silent'],
    [{ channel: 'WhatsApp (Wazzup24 → amoCRM)', text: 'Zdravstvuyte, otmenite pozhaluysta zakaz na stol, nomer 22-118. Spasibo' }, 'silent'],
    [{ channel: 'Ozon Seller — отмены', subject: 'Отмена заказа покупателем', text: 'Товар: Шкаф-купе\nПричина отмены: Передумал покупать' }, 'silent'],
  ])('renewals declined, cancellations in Latin letters, a messenger before its CRM, a mind changed: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'SAP — просрочени вноски', text: 'Падеж 10.03, сума 84 лв. Напомнително писмо 15.03. Плащане няма, контакт с клиента няма.' }, 'silent'],
    [{ channel: 'график на огледите', text: 'Оценителят беше на адреса в 11:00. Никой не е отворил. Нов час не е уговорен.' }, 'silent'],
    [{ channel: 'Обратно обаждане (кол център)', text: 'Обаждане за изтекла оферта. Клиентката каза „не ме интересува вече“ и затвори.' }, 'silent'],
    [{ channel: 'Еконт — непотърсени пратки', text: 'Пратката стоя 7 дни в офиса. Известия по SMS — без реакция. Върната към склада.' }, 'silent'],
    [{ channel: 'amoCRM — корпоративные клиенты', subject: 'Корпоративные карты: нет продления', text: 'Договор № КП-12/2025 на 25 карт. Ноябрьский счёт № 881 выставлен 25.10, не оплачен. Письма бухгалтеру (2 шт.) без ответа. Карты с 01.11 не пополнялись. Ответственный: Петров А.', status: 'Закрыто и не реализовано' }, 'silent'],
    [{ channel: '1С — договори', text: 'Анекс за 2026 изпратен два пъти. Няма подпис, няма отговор.' }, 'silent'],
    [{ channel: 'In-store POS – Leeds showroom', text: "Staff note (Jo): Customer came in to cancel the wardrobe order. Did not give a reason, said she'd rather not get into it. Asked that the confirmation goes to her email not the new address as her solicitor is still finalising the house sale. Deposit refund raised." }, 'silent'],
    [{ channel: 'Шоурум — бележка на консултант', text: 'Клиентът се отказа от гардероба: „така реших“. Поиска копия от договора, защото адвокатът му по делото за развода ги е поискал.' }, 'silent'],
  ])('reminders unanswered, nobody at the visit, a callback declined, parcels left, a lawyer on a divorce: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Zendesk via email', text: 'I have now sent you the crime reference number three times and your letter still says the theft claim is on hold. The police did their job.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Протоколът от полицията за кражбата на колелото ви е изпратен два пъти. Пак ми пишете, че липсва документ.' }, 'voicer'],
    [{ channel: 'Usedesk', text: 'Справку о возбуждении дела по краже самоката я уже загрузил. Проверьте кабинет.' }, 'voicer'],
    [{ channel: 'Email', subject: 'Missing parcel – police reference', text: 'Tracking says delivered, it was not. I reported the theft because my insurer asked for it. Please resend.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Писахте, че документите са предадени в МВР. В РУ казаха, че нищо не са получили. Къде са?' }, 'voicer'],
  ])('police papers for a claim sent again, a theft reported for the insurer, documents handed to the police: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Интернет-приёмная на сайте компании', text: 'Водитель автобуса 7 грубил пассажирам. Прошу принять меры.' }, 'voicer'],
    [{ channel: 'Портал клиента', text: 'ДТП не ваша вина, ГИБДД всё оформляла час. Но почему не пустили резервный автобус?' }, 'voicer'],
    [{ channel: 'amoCRM — звонок', text: 'Клиентка хочет компенсацию за царапину. Зять настаивает писать в прокуратуру, но она не будет. Направил форму.' }, 'voicer'],
    [{ channel: 'Кол център — дневник', text: 'Клиентката се оплаква от рестото. Съпругът ѝ искал да пише до КЗП, но тя не иска. Обясних правилата.' }, 'voicer'],
    [{ channel: 'Freshdesk - Email', text: "I came in and waited 35 minutes. I looked at the Google reviews for your office while I was waiting and honestly now I understand why they're all one star. Can someone check the shelf?" }, 'voicer'],
    [{ channel: 'Usedesk', subject: 'ВЕРНИТЕ ДЕНЬГИ', text: 'ОПЛАТИЛ ПОДЪЁМ, ГРУЗЧИКИ ОСТАВИЛИ ВСЁ ВНИЗУ. ЖДУ ВОЗВРАТА.' }, 'voicer'],
  ])('our own site\'s reception, the traffic police at an accident, advice relayed, reviews read, a refund awaited: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Битрикс24 (Telegram)', text: 'Napisal pro vas v chat nashego ZhK, pust vse znayut. Deneg net.' }, 'irate'],
    [{ channel: 'Telegram — комментарии к каналу компании', text: 'Красивые фото, а мой заказ месяц не везут.' }, 'irate'],
    [{ channel: 'ВКонтакте — комментарии в сообществе компании', text: 'Ответьте уже тем, кто заплатил. В личке тишина.' }, 'irate'],
    [{ channel: 'Почта России — письмо', text: 'Пишу письмо, потому что по телефону не помогают. Внучка помогла мне написать об этом всём в «Одноклассниках», в группе нашего района. Прошу вернуть скидку.' }, 'irate'],
    [{ channel: 'IRecommend', text: 'Судиться не стану, юристы обойдутся дороже. Но все должны знать: стул сломался. Одна звезда.' }, 'irate'],
    [{ channel: 'Web form - appeals', text: "I'm appealing this fine and putting it on the school parents page tonight." }, 'irate'],
  ])('a residents\' chat in Latin letters, comments under the company\'s own posts, Odnoklassniki, a review that will not sue, a parents\' page: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Ops note', text: 'Customer reported our courier to the police for theft, crime reference given.' }, 'activist'],
    [{ channel: 'Чат', text: 'Вы взяли предоплату и пропали. Заявление в полицию о мошенничестве подано, КУСП пришлю.' }, 'activist'],
    [{ channel: 'WhatsApp', text: 'Never got my refund. I reported you to Action Fraud, crime ref given.' }, 'activist'],
  ])('guards (read so before the round too): our courier reported, a fraud by us reported with its number: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
