/**
 * The labelled reply sets of fixtures/eval (README there): replies-blind.csv and replies-blind-2.csv
 * to replies-blind-148.csv, each measured once after a freeze and a tuning set since. Each holds issue
 * 14's floor in every language: every polite draft scores 80 or more, every curt one below 50.
 * A new blind set is never read here.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const POLITE_AT_LEAST = 80;
const CURT_BELOW = 50;

/**
 * Drafts a set still misses, by id (honestly kept, not hidden). None since round 8
 * (fixtures/eval/README.md): replies-blind-5.csv's curt Bulgarian "policy wall" R5-BG-026 since lint
 * round 7, and replies-blind-7.csv's polite R7-RU-010 (a reply to a data request read as a
 * complaint's for «без задержек») since round 8. replies-blind-8.csv's five (four curt drafts at 50, a polite
 * one at 70) are on the right side since lint round 9; replies-blind-9.csv's three (a curt notice at 57, polite
 * drafts at 50 and 70) since lint round 10; replies-blind-10.csv's one (R10-BG-008, a polite Bulgarian reply
 * whose delivery window was read as opening hours, at 50) since lint round 11; replies-blind-11.csv's six (polite
 * R11-RU-012 at 70 and R11-BG-014 at 47, curt R11-RU-025 and R11-BG-020 at 50, R11-BG-009 at 70 and the
 * courteous emptiness R11-BG-005 at 87) since lint round 12; replies-blind-12.csv's three (curt 'cancellation'
 * notices R12-EN-011, R12-RU-029 and R12-BG-023 at 50) since lint round 13; replies-blind-13.csv's three (polite
 * R13-EN-011 at 70 and R13-EN-013, a refused fee refund read as a payment reminder, at 40; curt R13-BG-003, a
 * deflection to the courier, at 50) since lint round 14; replies-blind-14.csv's two (polite R14-BG-013, a courteous
 * apology whose invitation to send us a screenshot was not read, at 77; curt R14-BG-025, the customer's own choice
 * held up as the answer, at 60) since lint round 15; replies-blind-15.csv's three (polite R15-EN-010, a delay
 * dated by its ordinal day, at 60; R15-EN-011, a step timed by how long it takes, at 67; R15-RU-005, a legal form in
 * capitals signed before the quoted name, at 77) since lint round 16. replies-blind-16.csv's four: polite R16-RU-022 (a
 * no-debt certificate read as a payment reminder, at 47), R16-BG-004 (an offer asked as a question, at 70) and
 * R16-BG-005 (a title before the signer's name, at 70) since lint round 17; its curt R16-BG-007 (a denial of the
 * damage, at 50) is still missed. replies-blind-17.csv's three polite drafts since lint round 18: R17-EN-013 (a signer's
 * line "Name, on behalf of the … Team at …" longer than eight words, at 70), R17-BG-013 (a step dated «тази сутрин»,
 * at 47) and R17-RU-010 (a request to send a photo, and we…, without «нам», at 70; it stands at 80 exactly, since its
 * «к сожалению» is still no apology). replies-blind-18.csv's seven since lint round 19: curt R18-EN-005 (a fee rise "final
 * and will not be discussed", those who do not wish to pay told to give notice, at 70) and R18-BG-010 (the same in Bulgarian,
 * at 57), R18-RU-015 («…мы не можем и не обязаны», at 50), R18-EN-014, R18-RU-001 and R18-BG-006 (an appointment cancelled
 * with only its own day, read as a next step, at 50); polite R18-RU-030 (a thank-you for patience after the apology, a
 * signer «начальник участка Е.В. Сомов», at 77). replies-blind-19.csv met the floor on its first run (lint round 19)
 * and is a tuning set from round 20 with no draft to fix. replies-blind-20.csv's eight, seven since lint round 20: polite
 * R20-EN-014 (an amount in "pounds", at 77), R20-RU-007 («полис КАСКО № …» read as shouting, «позвоните нам» as no offer, at
 * 77), R20-RU-015 (a payment «за апрель» as no billed item, «сообщите нам» as no offer, at 67) and R20-RU-026 (a damage we
 * are ready to pay for read as a payment reminder, at 50); curt R20-EN-011 (noise "part of city life", "we will not be
 * moving you", at 67), R20-BG-020 (a child not admitted unless the fee is paid, «Не ни интересуват причините», at 84) and
 * R20-BG-023 («Корекция няма да има.», at 50). Its polite R20-RU-014 (a refused refund with the rule cited and no apology,
 * «к сожалению» being none, at 70) was missed until lint round 27. replies-blind-21.csv's three polite
 * drafts at 70, two since lint round 21: R21-RU-030 and R21-BG-005, after-hours notices read as complaint replies (a
 * registration counted twice for its two overlapping phrases; «Ако имате спешен проблем…», a problem in a condition, as
 * one the customer had). Its R21-RU-023 (a refund refused in part, «к сожалению» and no apology, no offer to answer
 * questions, at 70) was missed until lint round 27. replies-blind-22.csv's three since lint round 22: polite
 * R22-EN-013 (a weekend notice naming the PDSA, an abbreviation read as shouting, at 77; its missing offer to answer
 * questions is the writer's, and it stands at 87), curt R22-RU-004 and R22-BG-019 (after-hours notices that say the hours
 * are on the website, «это указано на сайте», «пише го на сайта», and scold the customer for writing five or three times,
 * at 57). replies-blind-23.csv's five since lint round 23: polite R23-RU-028 and R23-BG-021 (clinic payment reminders naming
 * the treatment of a day, not an invoice, allowing that the customer may have paid already, and asking them to contact us
 * in a form other than the imperative, «свяжетесь с нами», «се свържете с нас», at 67); curt R23-EN-005 (a parking appeal
 * "rejected" in the passive, read as no complaint, at 50), R23-RU-011 (a delivery date called "a question for the
 * manufacturer", «Звоните ему.», at 70) and R23-BG-010 (the customer told «Гледайте по-внимателно, когато поръчвате», at 57).
 * replies-blind-24.csv's four since lint round 24: polite R24-EN-014 ("Our policy is to charge 50% for…", a policy told by
 * what it does, read as blaming policy, at 70), curt R24-EN-029 ("not something we can control", at 70), R24-RU-001 (booking
 * refused on the channel the customer wrote through, «по почте не записываем», at 50) and R24-RU-020 (access refused to
 * «Кто не оплатит…», «не принимаем», at 50). replies-blind-25.csv's four since lint round 25: polite R25-EN-018 (a card declined
 * and apologised for, read as a payment reminder, at 50); curt R25-EN-005 ("Our records show you ordered a size 14", "Please
 * check your order before complaining", at 50), R25-EN-014 ("Please make sure someone is at home next time.", at 77) and
 * R25-BG-006 («В системата пише, че сте поръчали XL», «Следващия път внимавайте…», at 80). replies-blind-26.csv's one since
 * lint round 26: curt R26-EN-020 ("Term fees were due on the 5th. … Pay now.", a payment demand read as no reminder, at 67).
 * replies-blind-27.csv's four since lint round 27: polite R27-EN-022 and R27-RU-020 (refund refusals told with "I'm afraid I
 * can't…", «К сожалению, … не можем», and a choice left "if that suits", «Если удобнее», at 70), R27-RU-002 (a plan to
 * cancel, «Если вы не планируете продлевать…», read as a penalty threatened, at 77); curt R27-EN-023 ("in arrears. Pay £…
 * immediately or…", read as no reminder, at 50). Regret told with a refusal now apologises for it, so R20-RU-014 and
 * R21-RU-023 (both at 90) are no known misses since that round. replies-blind-28.csv's four curt drafts since lint round 28:
 * R28-EN-016 and R28-BG-016 (a price rise, "If you don't like it you can cancel, the usual exit fees apply", «Ако не Ви
 * харесва – прекратете договора, с неустойка», at 50), R28-EN-020 (an appointment cancelled, "Rebook online.", at 50) and
 * R28-EN-021 (a nursery complaint answered "All our staff are fully trained… We can't watch every plate.", at 67).
 * replies-blind-29.csv's three, two curt since lint round 29: R29-EN-023 and R29-RU-028 (a treatment complaint answered with
 * the risk "explained in the consent form you signed", «об этом сказано в информированном согласии», at 50 and 70). Its polite
 * R29-RU-001 (a permit delay, at 67) is a known miss: «К сожалению, … задерживается» is regret, no apology for the delay
 * (round 27: «к сожалению» alone is none), and nothing offers to answer questions — two of the polite definition's elements.
 * replies-blind-30.csv's five since lint round 30: curt R30-EN-014 (a network outage denied and "We are unable to offer
 * compensation.", read as no complaint, at 50), R30-EN-019 ("I need … or I can't help you. Send them and we'll look at it.", at
 * 57), R30-RU-030 (lost luggage, «занимается аэропорт… Обращайтесь туда.», at 54) and R30-BG-010 («Пишете ни за пети път. Така
 * само бавите обработката.», at 77); polite R30-EN-025 (a declined card payment, "your StreamNow payment", "reply here and
 * we'll send you a secure link", at 50; it stands at 80, its missing amount the writer's).
 * replies-blind-31.csv's one since lint round 31: curt R31-EN-022 (a pastoral complaint at a school answered "The school
 * followed its procedures. … we will not enter into further correspondence on the matter.", at 50).
 * replies-blind-32.csv's two polite drafts since lint round 32: R32-EN-024 (a refund refused, then "What I can do is cancel the
 * add-on…", at 70; it stands at 90, nothing offers to answer questions) and R32-RU-015 (a reminder of a payment «по кредитной
 * карте», «Если возникли сложности, позвоните нам», at 74).
 * replies-blind-33.csv's one since lint round 33: curt R33-EN-001 (a payment reminder, "Your payment is late AGAIN. … If we
 * don't receive it we will pass the account on.", at 60; the threat told from our side now dismisses, at 40).
 * replies-blind-35.csv's two polite weekend notices since lint round 34: R35-RU-030 and R35-BG-007 (an apology written as the
 * valediction, «Приносим извинения за неудобства,», «Извиняваме се за неудобството,», then the pharmacy chain alone, at 67;
 * the valediction is a closing now, so the chain's line signs, at 84: nothing offers to answer questions).
 * replies-blind-36.csv's four since lint round 35: curt R36-EN-009 ("That's just how driving works. … maybe lessons aren't for
 * you.", at 50) and R36-EN-026 ("Nobody is going to see this until tomorrow.", at 50), now 0; polite R36-RU-008 («Спасибо за
 * терпение!» then the school's office alone, at 70; 87) and R36-RU-009 (compensation «как предусмотрено правилами бытового
 * обслуживания» read as a rule cited, at 70; 80, its missing thank-you the writer's).
 * replies-blind-37.csv's seven since lint round 36: curt R37-EN-016 ("Read the leaflet.", at 50), R37-EN-028 ("Make your own
 * arrangements.", at 50) and R37-BG-018 («Организирайте се сами.», at 50), now 0; curt payment reminders R37-RU-018 («…обеды
 * возить перестанем») and R37-BG-021 («спираме доставките»), a cut-off not read as a threat, at 64, now 44; polite
 * R37-RU-026 («Сейчас лаборатория закрыта» no notice, so a complaint reply owing an apology, at 64; 84) and R37-RU-028 («до
 * конца завтрашнего дня» no day, at 50; 90).
 * replies-blind-38.csv's two since lint round 37: curt R38-EN-023 (an outage notice, "Please do not contact us again about
 * this", read as an invitation to contact us, at 74; now 0) and polite R38-BG-001 (a rent reminder offering a few days' grace
 * «без неустойка», the penalty waived read as a threat, at 77; 97).
 * replies-blind-39.csv's polite R39-RU-029 since lint round 38 (a complaint reply offering «вернуть стоимость процедуры и
 * оплатить лечение», our payment read as a request, so a payment reminder, at 47; 90). Its polite R39-RU-022 (an after-hours
 * reply to a double charge, at 70) is a known miss: the hours explain why the answer waits, not the double charge, and
 * nothing apologises for it or offers to answer questions.
 * replies-blind-42.csv's four since lint round 39: curt R42-EN-018 (a matchmaking complaint answered "Not something we can
 * refund.", read as a general reply, at 50; now 0) and R42-EN-030 (a noise complaint answered "Some noise is to be expected…",
 * at 50; now 10); polite R42-EN-022 ("We have reviewed the evidence and cancelled the charge", the remedy after "and" not read,
 * at 47; 87) and R42-BG-028 («Таксата от 45 лв. е премахната», a fee removed in the passive not read as a remedy, at 50; 90).
 * replies-blind-43.csv's three since lint round 40: curt R43-RU-023 (a price rise answered «Не устраивает — освобождайте
 * бокс…», the exit of a rented unit not read as an ultimatum, at 67; now 17) and R43-BG-003 («Който не е съгласен, да освободи
 * клетката…», the same told in the optative, at 87; now 37); polite R43-BG-025 («Вашето пътуване е анулирано без такса», a trip
 * called off free of charge not read as a remedy, at 50; 90).
 * replies-blind-44.csv's five since lint round 41: curt R44-RU-006 (a card block answered «Предупреждать банк о поездках — ваша
 * обязанность», the customer's duty not read as blaming them, at 50; now 0), R44-RU-009 (a cold order answered «Промокод… — это
 * максимум, что мы можем предложить. Больше ничем помочь не могу.», read as a general reply, at 67; now 37) and R44-RU-017 (a
 * moved appointment answered «Переносы приёмов — обычная практика», at 50; now 0); polite R44-RU-027 («Согласно условиям… курьер
 * был обязан это сделать», a rule cited for what the courier owed read as a wall, at 74; 84) and R44-RU-028 («…вернутся на ваш
 * счёт до конца следующего рабочего дня», the end of the next working day not read as a time, at 50; 90).
 * replies-blind-45.csv's five since lint round 42: curt R45-EN-014 ("Reactions are the client's responsibility.", the customer's
 * duty told in the third person not read as blaming them, at 50; now 0) and R45-EN-028 ("Parents need to arrive on time…", the
 * customers' duty told of them as a group, read as a general reply, at 87; now 37); polite R45-EN-018 ("February's fees of
 * £740", a month's fees not read as what the reminder is for, at 77; 97), R45-RU-002 («Мы открыли её удалённо», a locker opened
 * from afar not read as a remedy, so a next step owed, at 77; 97) and R45-RU-003 («Управляющая хочет оплатить лечение», our
 * payment offered in the third person read as a request, so a payment reminder, at 27; 90).
 * replies-blind-46.csv's two polite payment reminders since lint round 43: R46-EN-013 ("two instalments for your prepaid plan
 * are outstanding", the plural and the count of instalments read as neither what it is for nor the amount, at 40) and
 * R46-BG-004 («две неплатени вноски», the count not read as the amount, at 60); both at 80, their missing dates the writers'.
 * replies-blind-47.csv's polite claim refusal R47-RU-020 since lint round 44 («пришлите его — мы пересмотрим решение…», a request
 * joined to our step by a dash not read as an invitation, and «отдел урегулирования, Марина Котова», the name after the team
 * not read, at 67; 80, its regret still owed an apology, the refusal put on «п. 5.3 правил» as round 28 reads it).
 * replies-blind-48.csv's two since lint round 45: polite R48-RU-003 («оплату за вывоз ТКО за март», the service before its month
 * not read as what the reminder is for, at 67; 87) and curt R48-BG-011 («На 3 март не доставяме.», a day we do not deliver on
 * read as a step of ours, at 50; 10). Its polite R48-BG-010 (a waste-fee reminder, at 67) is a known miss: it states no amount
 * («първата вноска от таксата … е с падеж 30 юни»), which a payment reminder owes by the definitions, so `reminder-amount` stands.
 * replies-blind-49.csv's two since lint round 46: curt R49-EN-002 (an overcharge answered "Bills are calculated by our system and
 * are correct. We don't handle disputes by email. Call the billing line.", disputes refused on the channel not read as a
 * dismissal, at 50; now 0) and polite R49-RU-003 (a late courier, «На ваш счёт начислено 300 бонусных баллов. Мы также провели с
 * курьером беседу…», points credited in the passive and a talk held with a word between not read as a remedy, so a step owed,
 * at 50; 90).
 * replies-blind-50.csv's two curt drafts since lint round 47: R50-EN-014 (a bill dispute, "if you'd sent the reading on time you
 * wouldn't have an estimated bill, would you? The bill stands.", a counterfactual with "you'd" not read as blame, its rhetorical
 * tag read as a question, the bill held to not read as a claim turned down, at 64; 0) and R50-EN-030 (a lift outage, "Repairs
 * will be carried out when the contractor is available. Further emails on this matter will not be answered.", further contact
 * refused not read as a dismissal, at 50; 0). It has no known miss.
 * replies-blind-51.csv and replies-blind-52.csv met the floor on their first runs (90 of 90 each) and are tuning sets from
 * classifier rounds 52 and 53 with no draft to fix.
 * replies-blind-53.csv's four polite drafts since lint round 48, each read as a payment reminder though none asks the customer
 * to pay: R53-EN-030 (a late fee refunded, "…on the due date… I've refunded the fee today", at 27; 90), R53-RU-005 (a microloan
 * declined for «действующая просрочка» in the credit bureau, at 74; 97), R53-RU-006 (collections that «приостановили начисление
 * штрафов» and stopped calls, signed «Отдел урегулирования задолженности», at 17; 100) and R53-BG-026 (a loan declined for
 * «активна просрочка» in the credit register, at 54; 97). It has no known miss.
 * replies-blind-54.csv's four curt drafts since lint round 49: R54-EN-023 (a damage charge, "…so the charge stands. You signed
 * the contract. If you don't pay within 7 days we will pass it to collections.", the signature held up and collections threatened
 * on a deadline not read, the deadline read as a step of ours, at 54; 0), R54-RU-014 («Не нравится — отменяйте.», the booking
 * called off as the answer to dislike not read as an ultimatum, at 50; 0), R54-RU-025 («Вы отменили поздно… Странно, что вы этого
 * не знали.», the customer's act read as our remedy and the sarcasm not read, at 50; 0) and R54-BG-005 («Съгласно т. 9.3 от
 * договора компенсация се иска до 5 дни… се отхвърля. Повече кореспонденция по въпроса няма да водим.», the claim's window read as
 * a step of ours, the numbered clause, the present-tense refusal and correspondence refused object-first not read, at 50; 0).
 * It has no known miss.
 * replies-blind-55.csv's four since lint round 50: polite R55-RU-004 (two cinema seats held, «оплатить их картой можно на кассе
 * до 15:30», a payment offered as an option read as a payment reminder, at 60; 100), R55-RU-010 («извините, что в пункте выдачи
 * вам не смогли помочь», a past failure apologised for read as a refusal, and a request for the track number after «Чтобы мы…»
 * not read as an invitation, at 70; 100) and R55-BG-005 («Ще се радваме да Ви посрещнем в събота от 10 ч. – входът за
 * семейството Ви е безплатен с това писмо.», an invitation with its day and free entry read as no step and no substance, at 50;
 * 90); curt R55-BG-003 («…се превеждат до 7 работни дни. Чакайте.», the bare order to wait not read, at 50; 30). It has no known
 * miss.
 * replies-blind-56.csv's three since lint round 51: polite R56-EN-002 (the couple invited back "as our guests", "Please reply with a
 * date that suits you in the next two months, and I will hold a table.", the gift, the polite reply asked for, the choice and the
 * coming months not read, at 70; 100) and R56-RU-004 («Расходы на новый билет… мы компенсируем. Пришлите, пожалуйста, маршрутную
 * квитанцию и чек — деньги поступят в течение 7 рабочих дней после получения.», the compensation promised not read as a remedy, our
 * payout's period read as a rule's deadline, the request with the payout it starts not read as an invitation, at 70; 100); curt
 * R56-BG-020 («Не ви харесва – ходете другаде.», the customer sent elsewhere with «ходете» not read as an ultimatum, at 50; 0). It
 * has no known miss.
 * replies-blind-57.csv's two polite drafts since lint round 52: R57-RU-029 («Чтобы сделать перерасчёт, помогите нам, пожалуйста:
 * пришлите фото счётчика… Как только получим, пересчитаем начисление за 2 рабочих дня…», our step timed from what we receive not
 * read as a step with its time, the request for help not read as an invitation, at 50; 100) and R57-BG-003 («сумата от 34,99 лв.
 * за мобилни услуги за февруари 2026 г.», the service and its month not read as naming what is paid for, at 70; 90 — «Ако вече
 * сте платили, моля, не обръщайте внимание…» invites no answer, and that warning stays). It has no known miss.
 * replies-blind-58.csv's one curt draft since lint round 53: R58-RU-011 («Рабочий день закончен. Завтра.», an after-hours
 * brush-off whose bare «Завтра.» standing as a sentence was read as a step with its day, at 50; 10). It has no known miss.
 * replies-blind-60.csv's one polite draft since lint round 54: R60-EN-018 ("You should have been asked before any change to your
 * treatment.", the company owning its fault in the passive read as the lecture "You should have", at 70; 90 — its offer-questions
 * for two dated meetings offered with no word inviting the choice stays). It has no known miss. replies-blind-59.csv and
 * replies-blind-61.csv met the floor on their first runs and are tuning sets from round 54 with no draft to fix.
 * replies-blind-63.csv's and replies-blind-64.csv's one curt draft each since lint round 55: R63-BG-020 («Баницата си беше от
 * днес. Сигурно не разбирате от баница 🙄», the customer's competence mocked and an eye-roll emoji not read as dismissing, at 50;
 * 30) and R64-EN-008 ("Cancelled. Your site goes offline today, …", a bare one-word verdict opening the reply not read, at 50;
 * 30). Neither has a known miss. replies-blind-62.csv met the floor on its first run and is a tuning set from round 55 with no
 * draft to fix.
 * replies-blind-65.csv's, replies-blind-66.csv's and replies-blind-67.csv's five misses since lint round 56: curt R65-EN-005 (a
 * formal stonewall, "we will not be entering into further correspondence… Any further emails will be filed without reply.", at
 * 54; 14) and R66-RU-021 («Платите или забирайте ребёнка.», an either-or ultimatum, at 50; 30); polite R66-BG-011 („се
 * извиняваме, че сте останали с такова впечатление“ read as insincere though the next sentence owns the cause, at 77; 87),
 * R67-EN-025 ("That is not how our drivers are trained to work", the act disowned read as the staff defended, at 70; 90) and
 * R67-RU-027 («показаний ОДПУ», an abbreviation read as shouting, at 77; 87). None has a known miss.
 * replies-blind-68.csv's, replies-blind-69.csv's and replies-blind-70.csv's nine misses since lint round 57: curt R68-EN-020
 * ("blowouts are usually caused by aftercare anyway", the customer's care blamed, at 90; 0), R68-BG-026 („не сте я гледали
 * както трябва“, at 60; 10), R68-BG-028 („Сигурно сте си мърдали главата.“, a guess at the customer's act, at 50; 0),
 * R70-EN-022 ("…our terms, which you accepted. We are therefore unable to accept responsibility…", at 84; 14), R70-RU-004 («не
 * надо потом жаловаться», at 50; 0), R70-RU-030 («не наша зона ответственности», at 50; 0) and R70-EN-008 ("Cut-off is 10pm.
 * Your order came in at 10:04. Next delivery Thursday.", a rule, the customer's time and a verbless day read as a step of ours,
 * at 50; 10); polite R69-EN-002 (an invoice due on a date past a long clause read as a complaint, at 70; 90) and R69-EN-011
 * (a team's signature with the signer in brackets not read, at 70; 90). None has a known miss.
 * replies-blind-71.csv's, replies-blind-72.csv's and replies-blind-73.csv's six misses since lint round 58: curt R71-EN-010
 * ("you're the third person today who can't read a colour name", counted among others who got it wrong, at 50; 0) and
 * R73-BG-013 („Не пускайте нови запитвания.“, told not to open new requests, at 50; 0); polite R71-RU-004 (a refusal answered
 * with «Зато мы бесплатно проверим…», at 70; 90) and R71-BG-004 (a warranty repair refused with „За съжаление“, at 77; 97),
 * both asked for an apology they give as the refusal's regret or alternative; R73-RU-003 and R73-BG-003 (a debt collector's
 * answer to a disputed amount, collection paused, read as a payment reminder, at 27 and 67; 90 and 90). None has a known miss;
 * replies-blind-72.csv met the floor on its first run.
 * replies-blind-74.csv's, replies-blind-75.csv's and replies-blind-76.csv's four misses since lint round 59: curt R74-BG-005
 * („Казвайте на когото искате, цените няма да се сменят.“, told to complain to whoever they like, at 50; 0), R76-EN-025 ("You
 * didn't turn up. Storage is £10 a day from Monday. Collect it.", a bare order to collect, at 50; 30) and R76-RU-018 («Не
 * заберёте — утилизируем.», a threat without «если», at 50; 30); polite R75-BG-007 („се извиняваме, че трябваше да звъните три
 * пъти“, an apology for what the customer had to go through read as a lecture, at 70; 90). None has a known miss.
 * replies-blind-77.csv's, replies-blind-78.csv's and replies-blind-79.csv's five misses since lint round 60: curt R77-RU-026
 * («Пузыри уходят сами через неделю, это знают все. Не надо паниковать.», condescension not read, at 50; 0) and R79-BG-017
 * („Работим до 17:00. Писали сте в 22:30.“, the customer's time read as a step of ours, at 50; 10); polite R77-RU-004 (an
 * after-hours reply whose «экипаж выедет сразу» was not read as a next step, at 74; 94), R78-BG-013 (a payment reminder whose
 * „квитанция № 2231“ was not read as the invoice, at 70; 90) and R79-BG-021 (an apology for dissatisfaction read as insincere
 * though the refund „вече са изплатени“ follows, and that refund not read as a remedy, at 70; 100). None has a known miss.
 * replies-blind-80.csv's, replies-blind-81.csv's and replies-blind-82.csv's four misses since lint round 61: curt R82-EN-025
 * ("Complaints about pricing are not handled by this team. If you are unhappy you are free to move out.", the complaint
 * refused as another team's and the exit shown not read, at 77; 17); polite R80-EN-029 ("It helps us take this up with the
 * carrier", our own step read as sending the customer elsewhere, at 70; 90), R82-EN-030 (box labels "OFFICE 1", "BOOKS 2",
 * "KITCHEN 5" read as shouting, at 70; 90) and R82-RU-009 (an offer to cover the customer's possible fine, «если вам начислят
 * штраф за просрочку… компенсируем его», read as a payment reminder with a threat, at 27; 90). None has a known miss.
 * replies-blind-83.csv's, replies-blind-84.csv's and replies-blind-85.csv's seven misses since lint round 62: curt R84-EN-023
 * ("Dog hair may have come from your own clothing", the fault put on the customer's own things, at 60; 40), R83-BG-023
 * („ако няма никой — 30 лв. такса“, a fee as a bare amount after a condition, at 50; 30), R84-RU-022 («Деньги вернём когда
 * вернём», a time put off by a tautology, at 50; 0), R84-BG-005 („какво очаквахте — тишина ли?“, scorn at what was expected,
 * at 50; 0) and R85-RU-018 («Надо было проверять коробку…», the impersonal lecture at a sentence's head, at 50; 0); polite
 * R83-RU-022 (a warranty claim refused with «К сожалению, … не покрывается гарантией» and a free check offered, at 70; 90) and
 * R84-BG-009 („около 13 ч.“ not read as a time, at 50; 90). None has a known miss.
 * replies-blind-86.csv's, replies-blind-87.csv's and replies-blind-88.csv's three misses since lint round 63: curt R87-BG-026
 * („Ако не го вземете до 14 дни, ще бъде продаден…“, a penalty in the passive after a condition, at 50; 0) and R88-EN-003 ("Any
 * second charge is a matter between you and your bank. We will not be taking further action on this request.", the matter put
 * between the customer and a third party and further action refused, at 67; 0); polite R88-RU-011 («Вы должны были спокойно
 * войти в автобус», what the customer should have been able to do read as a lecture, at 70; 90). None has a known miss;
 * replies-blind-86.csv met the floor on its first run.
 * replies-blind-89.csv's, replies-blind-90.csv's and replies-blind-91.csv's three misses since lint round 64: curt R89-EN-029
 * ("Send the bank statement or we can't pay you. We've asked three times.", a bare order with a refusal and a reproach of the
 * customer's delay not read, at 50; 10); polite R89-EN-019 (a betting shop's offer to "pay out your slip" and "I'll arrange
 * the payment within 24 hours" read as a payment reminder, at 50; 90) and R90-EN-002 ("That isn't the experience you should
 * have with us" read as a lecture and "BACS" as shouting, at 70; 100). None has a known miss; replies-blind-91.csv met the
 * floor on its first run.
 * replies-blind-92.csv's and replies-blind-94.csv's five misses since lint round 65: polite R92-EN-014 (a monitoring-fee
 * reminder whose "quarterly monitoring fee" named no bill and whose "It may simply have crossed with this letter — if so, please
 * ignore this reminder" was no goodwill, at 67; 90); curt R92-EN-016, R92-RU-027 and R92-BG-020 (bare cancellation notices
 * with a penalty after "or" / «иначе» / „иначе“ — "must be returned within 7 days or you will be charged £150", «…иначе штраф
 * 7 000 ₽», „…иначе неустойка 80 €“ — and a cost put on the customer, «Демонтаж за ваш счёт.», „Куриерът е за ваша сметка.“,
 * at 50; 0) and R94-RU-006 (a public review response, «жалуетесь только вы», the customer singled out as the only complainer,
 * at 50; 0). None has a known miss; replies-blind-93.csv met the floor on its first run.
 * replies-blind-96.csv's and replies-blind-97.csv's four misses since lint round 66: curt R96-EN-002 (a bare after-hours line,
 * "Do not expect a reply before Tuesday." — the customer told not to expect an answer — at 50; 0); polite R96-RU-018 (a credit
 * stop explained courteously, whose «приостановлены» read as a threat though the shipments' resumption on payment or an agreed
 * schedule followed, and whose «пришлите, пожалуйста, их номера — проверю» was no invitation, at 70; 100); curt R97-EN-015 (a
 * letting agent blaming the tenant: "as we have told you before", "We will not be sending anyone again", at 50; 0) and R97-EN-027
 * ("we will not be discussing it further", "we'd advise you not to waste everyone's time", at 64; 0). None has a known miss;
 * replies-blind-95.csv met the floor on its first run.
 * replies-blind-98.csv's and replies-blind-100.csv's two misses since lint round 67: curt R98-RU-014 (a membership freeze
 * refused, «Беременность — не основание.», the customer's circumstance dismissed as no grounds, at 50; 30); polite R100-EN-007
 * (an app bug owned with a fix date, "sorry for the trouble with the app" read as the courteous formula, the voucher code
 * "KETTLE-FD" as shouting and "could you send me a screenshot of the error? I'll pass it straight to our app team" as no
 * invitation, at 77; 100). None has a known miss; replies-blind-99.csv met the floor on its first run.
 * replies-blind-101.csv's and replies-blind-102.csv's seven misses since lint round 68: curt R101-EN-028, R101-RU-029 and
 * R101-BG-016 (an engineer's no-show blamed on the customer with a fee and the customer told to book it again themselves —
 * "If you want another slot, book it online.", «Новую заявку оформляйте сами в личном кабинете.», „…заявете си го сам в
 * приложението.“ — at 50, 50 and 60; 0, 0 and 10), R101-BG-001 („Три пъти вече Ви обяснихме…“, „…само пречите на
 * колегите…“, a repeated explanation and the customer's calls reproached, at 67; 0), R102-EN-018 ("Order Monday.", a bare
 * order to buy at a time, at 50; 0) and R102-EN-023 ("We are not in a position to discuss individual rates.", discussion
 * refused, at 50; 0); polite R101-BG-022 (a technician fee removed, „не е по Ваша вина“ read as blame and „г-н Драганов“ not
 * read as a name, at 77; 100). None has a known miss; replies-blind-103.csv met the floor on its first run.
 * replies-blind-104.csv's and replies-blind-105.csv's five misses since lint round 69: curt R104-EN-002 (a stonewall — "Our
 * position is unchanged", "we will not be entering into any further discussion", "Any further emails on this subject will not
 * receive a response" — at 50; 0); polite R105-EN-001 (a meter switched to prepayment "because of the arrears on your account"
 * and switched back, read as a payment reminder, at 60; 100), R105-BG-008 („няма да бъдете изключвани за просрочие“, our promise
 * not to cut off for arrears, read as one, at 50; 90), R105-BG-010 (water cut for the previous owner's debt and restored without
 * a reconnection fee, read as one, at 70; 90) and R105-RU-007 (a double payment «зачислен авансом» read as nothing done and no
 * step, at 50; 90). None has a known miss; replies-blind-106.csv met the floor on its first run.
 * replies-blind-107.csv's, replies-blind-108.csv's and replies-blind-109.csv's four misses since lint round 70: curt R107-BG-024
 * („Не пишете повече, ще ги видите когато се появят.“, „ще“ with the customer's verb read as our part, at 50; 0), R108-EN-025
 * (the customer blamed for wasting "our salespeople's time" and told to "take your chances", at 50; 0) and R108-EN-030 ("No
 * loaners this week. Get an Uber.", at 50; 0); polite R109-RU-006 (a gym's confirmation of a termination asked for, «Возврат за
 * неиспользованный период» read as a complaint owing an apology, at 70; 90). None has a known miss.
 * replies-blind-110.csv's, replies-blind-111.csv's and replies-blind-112.csv's seven misses since lint round 71: polite
 * R110-EN-012 (an insurer's reminder, "policy HHM-M-471052" as no billed item, "We apologise if this comes as a surprise" as
 * insincere, at 70; 100), R112-EN-025 and R112-RU-004 (parking fines, "Penalty Charge Notice WB40029914" and «постановление
 * № …» as no invoice, the fine itself, «начислен штраф», read as a threat, at 30; 90) and R112-RU-029 (a fare-dodging act
 * annulled, «вы были готовы оплатить проезд» read as a request to pay, at 40; 100); curt R111-EN-016 (our installation
 * cancelled with no apology, "you will have to wait", "We are unable to offer alternatives.", at 90; 20), R112-EN-028 ("Oh
 * dear, a tram was late. Welcome to public transport. Maybe get an earlier one?", at 50; 0) and R112-RU-017 («Не нравится
 * тариф — ходите пешком, это бесплатно.», at 50; 0). None has a known miss.
 * replies-blind-113.csv met the floor on its first run and is a tuning set from lint round 72 with no draft to fix;
 * replies-blind-114.csv's and replies-blind-115.csv's seven misses since lint round 72: polite R114-RU-018 (a dean's office
 * reply, «Если же решение окончательное, приказ будет подписан…» read as a decision told final, at 70; 90), R115-RU-006 (a
 * double charge refunded, the button «Оплатить» read as a request to pay, at 70; 90) and R115-RU-017 («Ассаляму алейкум,
 * Тимур!» as no greeting, at 70; 90); curt R114-EN-022 ("FINAL NOTICE … has not been paid … collection agency. No further
 * reminders will be sent.", read as no payment reminder and its heading shouted twice, at 50; 0), R114-EN-023 ("maybe a
 * jumper? The engineer will come when he comes.", at 50; 0), R115-RU-002 («Отменять надо было до среды 23:59, это везде
 * написано… Сделать ничего не могу.», at 50; 0) and R115-BG-029 („Куриерите не са длъжни да носят ресто. Следващия път
 * пригответе точна сума.“, at 50; 0). None has a known miss.
 * replies-blind-116.csv's, replies-blind-117.csv's and replies-blind-118.csv's nine misses since lint round 73: polite
 * R116-RU-014 (an after-hours auto-reply signed «служба клиентского сервиса … (операторы Алина и Никита)», read as unsigned, at
 * 77; 97) and R118-EN-016 (a balance reminder with "GBP 1,842.00" for "booking SH-451903", read with no amount and no invoice,
 * at 60; 100); curt R116-RU-016 («Управляющая организация ответственности не несёт… обращайтесь к виновнику залива», at 74; 4),
 * R117-EN-022 ("If it's not collected by Friday it goes in the skip. We're not a storage unit.", at 50; 0), R117-BG-004 („Ако не
 * го вземете до петък, отива за бракуване. Не сме склад.“, at 50; 0), R118-EN-011 ("We'll be sure to have a word with the
 * weather.", at 50; 30), R118-BG-022 („Е, извинявайте, че… Да ви оправим ли и времето? Отзивите се четат преди да платиш.“, at
 * 50; 10), R118-BG-014 („Не сте платили 620 €. … Повече няма да напомняме.“, at 50; 7) and R118-RU-004 («…, других вариантов
 * нет.», at 64; 14). None has a known miss.
 * replies-blind-120.csv and replies-blind-123.csv met the floor on their first runs and are tuning sets from lint round 74 with
 * no draft to fix; replies-blind-119.csv's, replies-blind-121.csv's, replies-blind-122.csv's and replies-blind-124.csv's six
 * misses since lint round 74: polite R122-BG-015 (a wrongly charged fee cancelled, the signature's department „Глоби и фишове“
 * read as a threat, at 70; 90); curt R119-BG-022 („Трябваше да резервирате по-рано.“, at 50; 0), R121-RU-016 («Оператор
 * недоступен. Обращения принимаются с 9:00 до 18:00 по МСК.», the hours read as a step of ours, at 50; 10), R121-BG-010 („Ако
 * сте чакали, значи сте слезли преди 8:30. Друго не мога да Ви кажа.“, at 87; 17), R124-EN-012 ("If you'd actually read the
 * statement… We can't do much about that.", at 67; 7) and R124-EN-025 ("We have asked for this already. Until it is received
 * your file will remain closed.", at 70; 0). None has a known miss.
 * replies-blind-125.csv met the floor on its first run and is a tuning set from lint round 75 with no draft to fix;
 * replies-blind-126.csv's and replies-blind-127.csv's six misses since lint round 75: polite R126-RU-008 («Если в личном кабинете
 * что-то будет отображаться иначе, пришлите, пожалуйста, скриншот», «иначе» read as a threat, at 67; 87), R127-EN-011 ("the £4.20
 * you should have saved" read as a lecture, at 70; 90) and R127-BG-030 („Извиняваме се, че шкафчетата бяха счупени и трябваше да
 * оставите раницата…“ read as a lecture, at 70; 90); curt R126-EN-017 ("If you are unhappy you are welcome to find another
 * swimming school.", at 50; 0), R127-EN-009 ("…, so no compensation applies.", at 50; 0) and R127-BG-023 („…, обезщетение не се
 * дължи.“, at 50; 0). None has a known miss.
 * replies-blind-128.csv's, replies-blind-129.csv's and replies-blind-130.csv's five misses since lint round 76: polite
 * R128-EN-006 ("I apologise for the trouble the household check has caused him", read as the bare formula, and "within the next
 * 2 hours" as no time, at 77; 100) and R129-RU-028 («заказ № П-11482» as no invoice, at 77; 97); curt R128-EN-020 ("further
 * emails on this subject will not change the outcome", at 87; 47), R128-BG-018 („Изберете си друг сериал – имаме стотици 😉“,
 * at 50; 0) and R130-RU-024 («Перерасчёт не положен. Передавайте показания вовремя.», at 50; 0). None has a known miss.
 * replies-blind-131.csv's and replies-blind-132.csv's two misses since lint round 77 (replies-blind-133.csv met the floor on its
 * first run): curt R131-RU-012 («Рабочий день закончился. Завтра напишите.», a come-back order told time first, at 60; 0) and
 * R132-RU-026 («Сами виноваты. Обновите и не пишите сюда.», at 50; 0). None has a known miss.
 * replies-blind-134.csv's and replies-blind-136.csv's four misses since lint round 78 (replies-blind-135.csv met the floor on
 * its first run): curt R134-RU-002 («Счёт выставлен правомерно…», our charge declared lawful, at 54; 34) and R134-BG-010
 * („Сметката е издадена законосъобразно…“, and „повече кореспонденция няма да се води“ not read, at 77; 7); polite R136-EN-003
 * (a gift card whose "activation didn't go through" read as a payment reminder, at 77; 100) and R136-BG-018 („Извиняваме се, че
 * не можем да помогнем с връщането“ read as the hated "can't help", at 70; 90). None has a known miss.
 * replies-blind-137.csv's and replies-blind-139.csv's five curt misses since lint round 79 (replies-blind-138.csv met the floor
 * on its first run): R137-EN-027 (a clause cited, "the February invoice stands", "We do not consider a call necessary at this
 * stage" not read, at 50; 30), R137-RU-028 («9 марта школа не работает…», a closure date read as a step of ours, at 50; 0),
 * R139-EN-010, R139-RU-029 and R139-BG-001 (the proof signed off, so "the responsibility of your organisation", «ответственность
 * … лежит на заказчике», „отговорността за цвета е ваша“ — not read, at 54, 54 and 87; 34, 34 and 37). None has a known miss.
 * replies-blind-140.csv's, replies-blind-141.csv's and replies-blind-142.csv's four misses since lint round 80: curt R140-EN-001
 * ("…pay the £4.50 like everyone else.", at 50; 0), R140-BG-026 („— ваша работа. Няма какво да обсъждаме.“, at 50; 0) and
 * R142-RU-027 («Мы не отвечаем за то, что…», «Не нравится лёд — катайтесь в январе.», at 50; 0); polite R141-EN-007 ("you
 * should have them by Thursday 12 March" read as a lecture, at 70; 90). None has a known miss.
 * replies-blind-143.csv's and replies-blind-144.csv's three misses since lint round 81, all curt: R143-EN-025 ("As per the
 * warranty terms, missed appointments are chargeable, so…", the repeat visit declared chargeable not read, at 67; 47),
 * R144-RU-004 («Справки выдаём по четвергам с 14 до 16. Всё.», the conversation closed with one word not read, at 50; 0) and
 * R144-RU-026 («Все вопросы по цветам и лентам — к нему.», the questions sent to the contractor not read as a deflection, at 67;
 * 27). None has a known miss; replies-blind-145.csv met the floor on its first run.
 * replies-blind-146.csv's, replies-blind-147.csv's and replies-blind-148.csv's seven misses: since lint round 82 curt R146-EN-018
 * ("If you want another tasting you'll have to pay again.", the repeat to be paid for again not read, at 50; 30), polite
 * R148-EN-002 ("sorry for the trouble you have had with your boiler" read as the bare formula, "Freepost HEARTHWELL" as
 * shouting, at 77; 90), R148-RU-023 (a renewal of «сертификата СД-2025-118734» read as naming no invoice, at 67; 87),
 * R148-BG-018 („наказателната лихва е анулирана“ not read as a remedy made, at 50; 90) and R148-BG-020 (the signer's role
 * between the dash and the name, at 77; 97). Two are known misses: R147-RU-003 and R147-BG-001, polite replies written in
 * Latin letters ("Igor, zdravstvuyte!", "Zdraveite, g-zho Dimitrova,", at 30): the lexicons read Russian and Bulgarian in
 * Cyrillic, and reading only the greeting, the remedy and the dates in Latin letters would lift curt Latin-letter drafts too,
 * whose faults (dismissals, hated phrases) would go unread.
 */
const KNOWN_MISSES: Record<string, string[]> = {
  'replies-blind-16.csv': ['R16-BG-007'],
  'replies-blind-29.csv': ['R29-RU-001'],
  'replies-blind-39.csv': ['R39-RU-022'],
  'replies-blind-48.csv': ['R48-BG-010'],
  'replies-blind-147.csv': ['R147-RU-003', 'R147-BG-001'],
};

describe.each(['replies-blind.csv', 'replies-blind-2.csv', 'replies-blind-3.csv', 'replies-blind-4.csv', 'replies-blind-5.csv',
  'replies-blind-6.csv', 'replies-blind-7.csv', 'replies-blind-8.csv', 'replies-blind-9.csv', 'replies-blind-10.csv',
  'replies-blind-11.csv', 'replies-blind-12.csv', 'replies-blind-13.csv', 'replies-blind-14.csv',
  'replies-blind-15.csv', 'replies-blind-16.csv', 'replies-blind-17.csv', 'replies-blind-18.csv',
  'replies-blind-19.csv', 'replies-blind-20.csv', 'replies-blind-21.csv', 'replies-blind-22.csv',
  'replies-blind-23.csv', 'replies-blind-24.csv', 'replies-blind-25.csv', 'replies-blind-26.csv', 'replies-blind-27.csv',
  'replies-blind-28.csv', 'replies-blind-29.csv', 'replies-blind-30.csv',
  'replies-blind-31.csv', 'replies-blind-32.csv', 'replies-blind-33.csv', 'replies-blind-34.csv',
  'replies-blind-35.csv', 'replies-blind-36.csv', 'replies-blind-37.csv', 'replies-blind-38.csv',
  'replies-blind-39.csv', 'replies-blind-40.csv', 'replies-blind-41.csv', 'replies-blind-42.csv',
  'replies-blind-43.csv', 'replies-blind-44.csv', 'replies-blind-45.csv', 'replies-blind-46.csv',
  'replies-blind-47.csv', 'replies-blind-48.csv', 'replies-blind-49.csv', 'replies-blind-50.csv',
  'replies-blind-51.csv', 'replies-blind-52.csv', 'replies-blind-53.csv', 'replies-blind-54.csv',
  'replies-blind-55.csv', 'replies-blind-56.csv', 'replies-blind-57.csv', 'replies-blind-58.csv',
  'replies-blind-59.csv', 'replies-blind-60.csv', 'replies-blind-61.csv', 'replies-blind-62.csv',
  'replies-blind-63.csv', 'replies-blind-64.csv', 'replies-blind-65.csv', 'replies-blind-66.csv',
  'replies-blind-67.csv', 'replies-blind-68.csv', 'replies-blind-69.csv', 'replies-blind-70.csv',
  'replies-blind-71.csv', 'replies-blind-72.csv', 'replies-blind-73.csv', 'replies-blind-74.csv',
  'replies-blind-75.csv', 'replies-blind-76.csv', 'replies-blind-77.csv', 'replies-blind-78.csv',
  'replies-blind-79.csv', 'replies-blind-80.csv', 'replies-blind-81.csv', 'replies-blind-82.csv',
  'replies-blind-83.csv', 'replies-blind-84.csv', 'replies-blind-85.csv', 'replies-blind-86.csv',
  'replies-blind-87.csv', 'replies-blind-88.csv', 'replies-blind-89.csv', 'replies-blind-90.csv',
  'replies-blind-91.csv', 'replies-blind-92.csv', 'replies-blind-93.csv', 'replies-blind-94.csv',
  'replies-blind-95.csv', 'replies-blind-96.csv', 'replies-blind-97.csv', 'replies-blind-98.csv',
  'replies-blind-99.csv', 'replies-blind-100.csv', 'replies-blind-101.csv', 'replies-blind-102.csv',
  'replies-blind-103.csv', 'replies-blind-104.csv', 'replies-blind-105.csv', 'replies-blind-106.csv',
  'replies-blind-107.csv', 'replies-blind-108.csv', 'replies-blind-109.csv', 'replies-blind-110.csv',
  'replies-blind-111.csv', 'replies-blind-112.csv', 'replies-blind-113.csv', 'replies-blind-114.csv',
  'replies-blind-115.csv', 'replies-blind-116.csv', 'replies-blind-117.csv', 'replies-blind-118.csv',
  'replies-blind-119.csv', 'replies-blind-120.csv', 'replies-blind-121.csv', 'replies-blind-122.csv', 'replies-blind-123.csv',
  'replies-blind-124.csv', 'replies-blind-125.csv', 'replies-blind-126.csv', 'replies-blind-127.csv',
  'replies-blind-128.csv', 'replies-blind-129.csv', 'replies-blind-130.csv', 'replies-blind-131.csv', 'replies-blind-132.csv',
  'replies-blind-133.csv', 'replies-blind-134.csv', 'replies-blind-135.csv', 'replies-blind-136.csv',
  'replies-blind-137.csv', 'replies-blind-138.csv', 'replies-blind-139.csv', 'replies-blind-140.csv', 'replies-blind-141.csv',
  'replies-blind-142.csv', 'replies-blind-143.csv', 'replies-blind-144.csv', 'replies-blind-145.csv', 'replies-blind-146.csv',
  'replies-blind-147.csv', 'replies-blind-148.csv'])('fixtures/eval/%s', (name) => {
  const rows = (parse(readFileSync(`fixtures/eval/${name}`, 'utf8'), { columns: true }) as Record<string, string>[]).map((row) => ({
    id: row['id'] as string,
    lang: row['lang'] as LintLocale,
    label: row['label'] as string,
    score: lintMessage(row['text'] ?? '', { locale: row['lang'] as LintLocale }).score,
  }));

  it.each(['en', 'ru', 'bg'] as const)('%s: every polite draft ≥ 80, every curt one < 50', (lang) => {
    const ofLang = rows.filter((row) => row.lang === lang);
    expect(ofLang.filter((row) => row.label === 'polite').length).toBeGreaterThanOrEqual(10);
    expect(ofLang.filter((row) => row.label === 'curt').length).toBeGreaterThanOrEqual(10);
    const wrong = ofLang.filter((row) => (row.label === 'polite' ? row.score < POLITE_AT_LEAST : row.score >= CURT_BELOW));
    const known = KNOWN_MISSES[name] ?? [];
    expect(wrong.filter((row) => !known.includes(row.id)).map((row) => `${row.id} ${row.label} ${row.score}`)).toEqual([]);
  });
});
