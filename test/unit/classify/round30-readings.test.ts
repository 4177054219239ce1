/**
 * The readings of the tuning round after blind set 29 (fixtures/eval/README.md, "Round 30"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 30', () => {
  it.each([
    [{ channel: 'Колл-центр: обзвон недовольных', text: 'Позвонили по оценке 3/10. Ответил: «всё хорошо, не хочу говорить».' }, 'silent'],
    [{ channel: 'Кол център (бележка)', text: 'Обадихме се след оценка 2/5. Каза „нищо, няма какво да добавя“.' }, 'silent'],
    [{ channel: 'Courier app', text: 'Driver note: customer said "no need" and closed the door.', status: 'Refused' }, 'silent'],
  ])('the company’s call or visit answered with words that say nothing is wrong: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Telegram (мониторинг)', text: 'Холодильник сломался через неделю, поддержка молчит.' }, 'irate'],
    [{ channel: 'Tripadvisor feed', text: 'As a lawyer I read contracts for a living, and this booking page is misleading. Avoid.' }, 'irate'],
    [{ channel: 'Чат', text: 'Я могла бы выложить это в Инстаграм, но сначала пишу вам: курьер разбил вазу.' }, 'voicer'],
    [{ channel: 'Чат', text: 'Можех да пиша във Фейсбук, но първо пиша на вас: доставката закъсня с 3 дни.' }, 'voicer'],
    [{ channel: 'Имейл', text: 'Подадох жалба до Български зъболекарски съюз за пломбата.' }, 'activist'],
  ])('a network’s monitoring in brackets, the writer’s trade as a frame, a post that could have been, the dentists’ union: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Store note', text: 'Customer said "it is fine but the strap broke again" and asked for a repair.' }, 'voicer'],
    [{ channel: 'Email (web form)', text: 'My order never arrived, please help.' }, 'voicer'],
  ])('guards (read so before the round too): a complaint after "fine", a bracketed contact channel: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
