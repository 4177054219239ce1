/**
 * The readings of the tuning round after blind sets 122, 123 and 124 (fixtures/eval/README.md, "Round 81"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 81', () => {
  it.each([
    [{ channel: 'Corporate accounts - closure request', subject: 'Close account AC-77', text: 'Please close our business account from 30 June. Our lawyers are handling the voluntary liquidation and need the final statement.' }, 'silent'],
    [{ channel: 'Genesys IVR satisfaction survey', subject: 'IVR score 2', text: 'Caller pressed 2 then disconnected before the comment prompt.' }, 'silent'],
    [{ channel: 'Usedesk: Email', subject: 'Отмена', text: 'Бронь на пятницу больше не нужна. Спасибо.' }, 'silent'],
    [{ channel: 'Dikidi — заметки администратора', text: 'Светлана (постоянная клиентка) не записывалась с сентября. Звонила дважды — сбросила оба раза.' }, 'silent'],
    [{ channel: 'NICE CXone – call notes', text: "Caller asked to close his ISA. Said he's not going to make a fuss, just close it. Wouldn't give a reason." }, 'silent'],
    [{ channel: 'Calendly – ID check', subject: 'No-show: ID check 10:00', text: 'Invitee did not join. Rebooking link sent, not used.' }, 'silent'],
    [{ channel: 'Директен дебит — оттеглени нареждания (банков файл)', text: 'Нареждане № DD-55 (месечна вноска 30 €) — оттеглено от платеца в банката.' }, 'silent'],
  ])('a company wound up, an IVR hang-up, admin and call notes, no-shows, debits withdrawn: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Freshdesk: Email', text: "I'm not taking you to court. But I have reported the rash to the Office for Product Safety and Standards." }, 'activist'],
    [{ channel: 'Twitter', text: '@FundHelp 8 weeks for a transfer. Copying in @TheFCA now.' }, 'activist'],
  ])('a product-safety regulator, the FCA tagged: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'NPS-опрос', subject: 'NPS: 1', text: 'Всем в отделе сказал — к вам не ходить. Машину так и не починили.' }, 'irate'],
    [{ channel: 'Бележка на управител', text: 'Клиентката ми показа на телефона своя пост във Facebook за нас. Вече има споделяния.' }, 'irate'],
  ])('colleagues told, the customer\'s own post shown to us: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Freshdesk: Email', text: "I am a practising barrister, so I read terms closely. Your store refused a faulty return. Please apply your own policy." }, 'voicer'],
    [{ channel: 'Zendesk via: email', text: "I'd read a few Trustpilot reviews about double charges and thought, surely not. It happened to me. Please refund." }, 'voicer'],
    [{ channel: 'Usedesk: чат', text: 'В меня въехали на парковке, оформляли с ГИБДД, виновник другой. А вы списали франшизу. Верните.' }, 'voicer'],
    [{ channel: 'уеб форма – щети', text: 'Колата беше разбита пред блока. Подадох сигнал в 06 РУ. А вие ми удържахте самоучастието. Върнете го.' }, 'voicer'],
    [{ channel: 'Email', text: "I'm not going to make a fuss with lawyers, I just want my £40 back." }, 'voicer'],
    [{ channel: 'телефон', text: 'Обади се г-н Пеев — чака изплащането. Синът му го навива да подаде сигнал в КФН, но той иска само парите си.' }, 'voicer'],
  ])('one\'s trade, reviews read, the traffic police at a crash, a car broken into, a son urging, a fuss refused: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Five9 call log', text: 'Customer says he has reported the broker to the SEC over the margin call liquidation.' }, 'activist'],
  ])('guards (read so before the round too): a regulator beside a margin call\'s liquidation: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
