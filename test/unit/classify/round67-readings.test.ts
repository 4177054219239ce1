/**
 * The readings of the tuning round after blind sets 80, 81 and 82 (fixtures/eval/README.md, "Round 67"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 67', () => {
  it.each([
    [{ channel: 'Call centre log', text: 'Customer upset that the translation of her police check was refused by the consulate. Wants it redone.' }, 'voicer'],
    [{ channel: 'Звонок', text: 'Звонила мать студента: справку из полиции о несудимости перевели с ошибкой, посольство не приняло. Просит переделать.' }, 'voicer'],
    [{ channel: 'телефон', text: 'Обади се бащата: свидетелството за съдимост е преведено с грешно име. Иска корекция днес.' }, 'voicer'],
    [{ channel: 'Viber', text: 'Полицията ми каза да сменя бравата след кражбата, а ключарят дойде чак вечерта.' }, 'voicer'],
    [{ channel: 'chat', text: 'my lawyer handles the flat sale and needs the keys by noon, where is the courier??' }, 'voicer'],
    [{ channel: 'Email', text: 'Документы должны были быть у юриста агентства к 10:00. Юрист тут ни при чём, а вот ваш курьер опоздал. Верните оплату.' }, 'voicer'],
  ])('documents from the police, the police as advisers, a lawyer of the customer\'s own sale: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'My brother, who is a barrister, has drafted a letter to you on my behalf about the missing furniture.' }, 'activist'],
  ])('a relative\'s letter on the customer\'s behalf: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Онлайн-чат', text: 'всем девочкам из зала рассказала, как вы отменяете занятия' }, 'irate'],
    [{ channel: 'анкета', subject: 'Оценка 3/10', text: 'Написах го вече в Google: обещаният масаж беше отменен.' }, 'irate'],
    [{ channel: 'Zendesk: facebook', text: "Public post on our page: 'Police said get the locks changed at once. Your firm came the next day. Sharing so others know.'" }, 'irate'],
  ])('word of mouth, a review already written, a public post naming the police\'s advice: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Glofox – staff notes', subject: 'Package cancelled', text: "Cancelled her remaining sessions in the app, no reason given. (FYI she's a barrister, nothing to do with this.)" }, 'silent'],
    [{ channel: 'телефон — бележка на рецепция', subject: 'Прекратяване', text: 'Обади се да прекрати картата, причина не каза.' }, 'silent'],
  ])('a trade noted in passing, a reason not given in the past: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'I have reported you to the police for the damage your driver did.' }, 'activist'],
    [{ channel: 'Email', text: 'The police said your courier stole it, and I have given them his name.' }, 'activist'],
  ])('guards (read so before the round too): the police brought in against us: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
