/**
 * The readings of the tuning round after blind sets 83, 84 and 85 (fixtures/eval/README.md, "Round 68"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 68', () => {
  it.each([
    [{ channel: 'Messenger', text: 'pisah na deputata ot nashiya rayon, shte zadade vapros v parlamenta' }, 'activist'],
    [{ channel: 'Email', text: 'Я как жилец сообщил об этом в Государственную инспекцию труда.' }, 'activist'],
    [{ channel: 'Чат', text: 'my uzhe podali v arbitrazh, zhdite povestku' }, 'activist'],
    [{ channel: 'телефон', text: 'Клиентът каза, че са подали сигнал в КАТ с номера на камиона ви.' }, 'activist'],
    [{ channel: 'входяща поща', text: 'Въпросът е предаден за завеждане на дело срещу вас.' }, 'activist'],
    [{ channel: 'Feefo review feed', text: 'Dirty pool. The local authority health and safety team now has my report. 1 star.' }, 'activist'],
    [{ channel: 'Facebook page comments', text: 'Tagging @WatchdogBBC, this park took our money for a closed day.' }, 'activist'],
    [{ channel: 'Email', text: 'I have opened a complaint with the Office of the Small Business Commissioner.' }, 'activist'],
  ])('MPs and courts in Latin letters, labour inspectors, the traffic police, councils\' safety teams: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'В прокуратуру не пойду, но всем офисам в нашем бизнес-центре уже сказала, чтобы с вами не работали.' }, 'irate'],
    [{ channel: 'имейл', text: 'В КЗП няма да ходя. Но на всички офиси в сградата казах какви сте.' }, 'irate'],
    [{ channel: 'анкета', subject: 'Оценка: 1', text: 'Всичко съм написала в отзива в Google.' }, 'irate'],
    [{ channel: 'Анкета после отдыха', subject: 'Оценка 1', text: 'Отзыв уже на Островке, читайте.' }, 'irate'],
    [{ channel: 'анкета — къща за гости', subject: 'Оценка 2', text: 'В Booking написах всичко, не искам да се повтарям.' }, 'irate'],
    [{ channel: 'Звонок — расшифровка', text: 'Я уже написал у себя на канале, пусть читают.' }, 'irate'],
  ])('offices told, reviews already written in named places, one\'s own channel: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'имейл', text: 'Юрисконсултът ни провери фактурата — има грешка. Моля, коригирайте я.' }, 'voicer'],
    [{ channel: 'Chat', text: 'My friend told me to report you to the ombudsman, but I would rather sort it out here.' }, 'voicer'],
  ])('guards (read so before the round too): a company\'s own legal adviser, advice not taken: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
