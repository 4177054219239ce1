/**
 * A note that the customer would not give a reason is the company's (docs/definitions.md, round 52), found by a
 * cheap stem (DECLINED_STEM in src/classify/whose-words.ts) before the long expression: one example per expression,
 * so a stem that misses one of them fails here.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

const EN = 'Mrs Lee collected her records.';
const RU = 'Мария Петрова забрала документы.';
const BG = 'Мария Петрова взе документите.';

describe('a note that no reason was given', () => {
  it.each([
    [EN, 'She declined to give a reason.'],
    [EN, 'She refused to say why.'],
    [EN, 'She did not want to explain.'],
    [EN, 'She gave no reason.'],
    [EN, "She wouldn't say why."],
    [EN, "She wouldn't say what was wrong."],
    [EN, 'She did not give a reason.'],
    [EN, 'No reason given.'],
    [EN, "She didn't say a word."],
    [EN, 'She said nothing.'],
    [EN, 'She left without a word.'],
    [EN, "She said she'd rather not get into it."],
    [RU, 'Причину не назвала.'],
    [RU, 'От объяснений отказалась.'],
    [RU, 'Причину назвать отказалась.'],
    [RU, 'Не захотела объяснять.'],
    [RU, 'О причинах говорить не стала.'],
    [RU, 'Ничего не сказала.'],
    [RU, 'От комментариев отказалась.'],
    [BG, 'Не посочи причина.'],
    [BG, 'Не каза защо.'],
    [BG, 'Отказа да обясни.'],
    [BG, 'Не каза нищо.'],
    [BG, 'Нищо не каза.'],
    [BG, 'Отказа анкетата.'],
    [BG, 'Не пожела да каже защо.'],
    [EN, 'She would rather not go into why.'],
    [EN, 'Asked what went wrong: nothing, just close it.'],
    [RU, 'Prichinu ukazyvat ne budu.'],
    [RU, 'На вопрос, что не так: ничего, просто удалите.'],
    [BG, 'Ne iskam da obyasnyavam.'],
    [BG, 'На въпроса защо каза „няма значение“.'],
    [BG, 'Няма значение, мерси.'],
    [EN, 'She said she would prefer not to discuss it further.'],
    [EN, "She said she doesn't have time to chat."],
    [RU, 'Сказала, что нет времени на объяснения.'],
    [BG, 'Каза, че няма време за обяснения.'],
    [RU, 'Объяснять не хочу.'],
    [BG, 'Не желае да обяснява.'],
    [RU, 'Ничего объяснять не буду.'],
    [RU, 'Причину не объяснила.'],
    [BG, 'Не казаха защо.'],
    [RU, 'От разговора уклонилась.'],
    [EN, "She didn't want to go into why."],
    [EN, "She didn't say much."],
    [EN, 'She skipped the feedback card.'],
    [RU, 'Причину клиентка назвать отказалась.'],
  ])('%s %s → silent', (before, declined) => {
    expect(typeOf({ channel: 'Reception note', subject: 'Records collected', text: `${before} ${declined}` })).toBe('silent');
  });
});
