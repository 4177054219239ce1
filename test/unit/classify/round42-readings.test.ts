/**
 * The readings of the tuning round after blind set 41 (fixtures/eval/README.md, "Round 42"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 42', () => {
  it.each([
    [{ channel: 'Колл-центр, журнал', text: 'Клиентка позвонила закрыть договор. На вопрос о причине: «всё нормально, больше не нужно». Договор закрыт.' }, 'silent'],
    [{ channel: 'Кол център – дневник', text: 'Клиентът се обади да спре абонамента. „Всичко е наред, просто спирам.“ Отказа отстъпка.' }, 'silent'],
    [{ channel: 'Внутренний опрос (ReviewPro)', text: 'Завтрак: 1/5\nКомментарий: (пусто)' }, 'silent'],
    [{ channel: 'Zendesk – вътрешна бележка', text: 'Проверих Google и Facebook за отзиви от клиента – няма нищо. Спря да пазарува след май.' }, 'silent'],
  ])('a closure with "all fine" as its reason, a survey vendor\'s name, an agent\'s own check that found nothing: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Кол център – дневник', subject: 'Неустойка', text: 'Клиентът оспорва неустойка при връщане на рутера – казва, че му обещали безплатно връщане.' }, 'voicer'],
    [{ channel: 'Писмо – деловодство', text: 'Площадката зад блока гори кабели. Подадохме сигнал до РИОСВ. Молим да спрете.' }, 'activist'],
    [{ channel: 'Google Reviews – feed', text: 'Писах им в месинджър два пъти – нищо. Затова пиша тук: снимките не са готови от три месеца.' }, 'irate'],
  ])('a penalty disputed beside a return, an environment inspectorate, "so I am writing here": %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Facebook', text: 'I sent you a private message about my refund yesterday.' }, 'voicer'],
    [{ channel: 'Колл-центр', text: 'Клиент позвонил, жалуется, что курьер опоздал. Просит компенсацию.' }, 'voicer'],
  ])('guards (read so before the round too): a private message through a public network, a call with a complaint: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
