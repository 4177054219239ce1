/**
 * Whose words a text holds (docs/definitions.md, "Whose words a record holds"): the customer's, or a
 * form's and a system's. Read sentence by sentence, a text is made of
 * - form fields: "Label: value" whose value is a score (`1/5`, `3/10`, `★☆☆☆☆`, `CSAT: 1 (Very
 *   dissatisfied)`, a bare number, a rating word) or a placeholder ("(skipped)", "—", "n/a",
 *   «пропущено», «пропусната», «отсутствует», «няма»), and a survey question with its answer
 *   ("Would you recommend us? 3/10", "Anything else? -");
 * - statements that the customer left no words ("No message left", "Customer never contacted us",
 *   «Обращений в банк нет», «Без съобщение», «Няма подадени сигнали или жалби»);
 * - sentences in the customer's voice (I, my, you; я, вы; аз, ви; first-person verbs);
 * - other sentences, in the third person ("User disabled auto-renew", «Товар возвращён курьеру»).
 * A sentence in the customer's voice, or a free-text value of a field ("Comment: the room was
 * dirty"), makes a comment. Third-person sentences are the system's when the record comes from a
 * CRM or churn feed, or when the record itself says no words were left (a statement of it, or a
 * placeholder in a field); otherwise (a survey's or return form's comment box) they are the
 * customer's. Runs only on records with no public or third-party evidence whose text the cheaper
 * form-line reading took for a comment; the regular expressions are compiled once.
 */
import type { CompiledRules } from './compile.js';
import { NOTE_CUSTOMER_VOICE } from './compile.js';
import { FIELD_BIT } from '../text/matcher.js';
import type { Hit } from '../text/matcher.js';
import { wordCount } from '../text/tokenize.js';

/**
 * Where a record came from, as its channel says: a form, a system feed, the company's website or
 * app (where self-service actions happen: a cancellation on the billing page is not a contact),
 * or anything else (e-mail, phone, chat: a contact, whose texts are read as the customer's).
 */
export type ChannelKind = 'form' | 'system' | 'venue' | 'other';

/** What the text is, with a score read from its fields and a statement that no words were left. */
export interface WhoseWords {
  kind: 'comment' | 'form' | 'note';
  score: { value: number; words: string } | undefined;
  /** The words of a statement that the customer left none (or of a placeholder field), when there is one. */
  absence: string | undefined;
}

/**
 * The customer in the third person at a sentence's start ("Customer cancelled", «Абонент отключил»),
 * not "Customer service", nor a chat transcript's speaker ("Клиент: …", the customer's own words).
 */
const CUSTOMER_NAMED = /(?:the\s+)?(?:(?=[mгMГ])(?:mrs|mr|ms|miss|г-жа|г-н|г-ца|госпожа|господин)\.?\s+\p{Lu}\p{L}*|customer|cx|client|guest|subscriber|member|patient|passenger|resident|tenant|account holder|policyholder|cardholder|клиент|клиентка|абонент|абонентка|аб|гость|гостья|гости|пациент|пациентка|собственник|собственница|резидент|пассажир|арендатор|жилец|владелец|покупатель|покупательница|купувачът|купувачката|гостите|клиентите|наемателите|абонатите|пациентите|клиентът|клиентката|абонатът|абонатката|пациентът|пациентката|гостът|гостенката|потребителят|наемателят|наемателката|parent|mother|father|мама|мать|папа|отец|родител\p{L}*|майка(?:та)?|бащата|таткото)(?!\p{L})(?!\s*:)(?!\s+(?:service|support|care|experience|portal|number|id|team|satisfaction|services|journey|success|обслуживани\p{L}*|поддержк\p{L}*|сервис\p{L}*))/iuy;
/**
 * The customer got in touch, as a note relays it ("Customer called about a late refund", «Абонатът
 * се обади», «клиентка позвонила»): a contact, whatever else the note says. Not the company's own
 * calls ("we called", «звонили» in the plural), nor a visit or call not made («не пришла», "never called").
 */
const CUSTOMER_CONTACTED = /(?<!(?:we|i|they|manager|agent|operator|менеджер|оператор|мениджърът|операторът|служителят|не|never|not|не е)\s)(?<!\p{L})(called|rang|phoned|e-?mailed|wrote in|came in|walked in|contacted us|reached out|got in touch|позвонил|позвонила|звонил|звонила|обратился|обратилась|написал|написала|пришел|пришёл|пришла|се обади|обади се|обадила се|се обадила|обажда се|се обажда|позвъни|писа|дойде|потърси ни)(?!\p{L})/iu;

/**
 * A chat or call transcript in which only the company speaks: every line is its agent's or bot's
 * ("Agent: Are you still there?", «Оператор: Вы не продлили подписку…») or the desk's own bracketed
 * line ("[chat closed by visitor, no messages]", «[сообщение прочитано, ответа нет]»). The customer
 * said nothing in it.
 */
export function onlyTheCompanySpeaks(text: string): boolean {
  let speaks = false;
  // Line by line without splitting: most texts fail on their first line.
  for (let from = 0; from < text.length; ) {
    const end = lineEndAt(text, from);
    const line = text.slice(from, end);
    if (line.trim() !== '' && !SYSTEM_LINE.test(line)) {
      const speaker = COMPANY_SPEAKER.exec(line) ?? COMPANY_NAMED_SPEAKER.exec(line);
      if (speaker === null) return false;
      // An agent's line that relays the customer («Менеджер: клиентка спросила…») or gives them the floor ("Agent: …
      // Customer: 'I only wrote to you'") is a note with the customer's words, not the company speaking alone.
      if (relaysTheCustomer(line, speaker[0].length)) return false;
      speaks = true;
    }
    from = end + 1;
  }
  return speaks;
}

function relaysTheCustomer(line: string, from: number): boolean {
  CUSTOMER_NAMED.lastIndex = from;
  while (CUSTOMER_NAMED.lastIndex < line.length && line.charCodeAt(CUSTOMER_NAMED.lastIndex) === 0x20) CUSTOMER_NAMED.lastIndex += 1;
  return CUSTOMER_NAMED.test(line) || CUSTOMER_SPEAKER.test(line.slice(from));
}

/** The customer's turn inside a line: "Customer:", «Клиент:», «Клиентът:». */
const CUSTOMER_SPEAKER = /(?<!\p{L})(?:customer|client|caller|клиент|клиентка|клиентът|клиентката|абонат|абонент)\s*:/iu;

/** The desk's own bracketed lines of a transcript, without their brackets, one per line. */
export function systemLinesOf(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) if (SYSTEM_LINE.test(line)) lines.push(line.trim().slice(1, -1));
  return lines.join('\n');
}

/** A transcript's line by the company, after an optional time: "Agent:", "Operator (Anna):", «Оператор Вера:», «Консултант:». */
const COMPANY_SPEAKER = /^\s*(?:\[?(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\s+)?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?\[?(?:(?:agent|operator|support|bot|chatbot|assistant|advisor|adviser|manager|coordinator|координатор|оператор|агент|бот|чат-бот|менеджер|поддержка|консультант|специалист|консултант|служител|сътрудник)(?:\s*\([^)]{1,30}\)|\s+\p{Lu}[\p{L}.]*){0,2}\]?\s*:)/iu;
/**
 * Or, in a timed transcript, a person's name with the company's in brackets: "[19:02] Tom (Harlow & Finch):", «[20:16] Мирослава
 * (Ладия):». Case-sensitive, so a form's "Cancellation reason (free text):" is no speaker.
 */
const COMPANY_NAMED_SPEAKER = /^\s*\[?(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\s+)?\d{1,2}:\d{2}(?::\d{2})?\]?\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*)?\s*\((?![^)]*(?:[Cc]ustomer|[Cc]lient|[Vv]isitor|[Gg]uest|[Кк]лиент|[Пп]осетител|[Гг]ост))[^)]{2,40}\)\s*:/u;
/** A person's name as a transcript's speaker: "Fiona", «Анна Петрова» (case-sensitive). */
const PERSON_NAME = /^\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*$/u;
/** A line of the company's anywhere in a text, by COMPANY_SPEAKER's labels. */
const COMPANY_TURN = new RegExp(COMPANY_SPEAKER.source, 'imu');
/** The desk's own line in a transcript, in brackets: "[chat closed by visitor]", «[сообщение прочитано]». */
// Or set off by asterisks: "*** Visitor has left the chat ***".
const SYSTEM_LINE = /^\s*(?:[[(<][^\])>]{1,120}[\])>]|\*{2,}[^*\n]{1,120}\*{2,})\s*$/u;

/** Whether a note on a contact channel relays the customer's own contact. */
export function customerContacted(text: string): boolean {
  const contact = CUSTOMER_CONTACTED.exec(text);
  if (contact === null) return false;
  // Our own attempt, its subject left out as notes do ("Called twice, no answer."): the sentence says nobody answered, and
  // names none of our people as the ones who did not («Called 3 times, support never answered» is the customer's).
  const start = Math.max(text.lastIndexOf('.', contact.index), text.lastIndexOf('\n', contact.index)) + 1;
  const sentence = text.slice(start, sentenceEnd(text, contact.index));
  return !(contact.index - start <= 1 && NOT_ANSWERED.test(sentence) && !NOBODY.test(sentence)) || CUSTOMER_CONTACTED.test(text.slice(start + sentence.length));
}

/**
 * The customer's call or visit relayed at a sentence's start, and their mood noted in the note ("Cx called about the cancelled
 * session, money not refunded yet. Annoyed.", «Клиентка звонила по поводу отмены… Недовольна.»): a complaint, whatever the rest
 * of the note says went undone.
 */
function moodOfACall(text: string, sentence: string): boolean {
  // The sentence's contact verb first: it is short, and most sentences relay none.
  const contact = CUSTOMER_CONTACTED.exec(sentence);
  if (contact === null || !RELAYED_COMPLAINT.test(text)) return false;
  CUSTOMER_NAMED.lastIndex = sentence.length - sentence.trimStart().length;
  if (CUSTOMER_NAMED.test(sentence)) return true;
  // Or named right after the verb: «Обажда се г-н Банчев.», "Called: Mrs Hale".
  CUSTOMER_NAMED.lastIndex = contact.index + contact[0].length;
  while (CUSTOMER_NAMED.lastIndex < sentence.length && /[\s:]/u.test(sentence.charAt(CUSTOMER_NAMED.lastIndex))) CUSTOMER_NAMED.lastIndex += 1;
  return CUSTOMER_NAMED.test(sentence);
}

/**
 * Whether a text on a contact channel is the company's note about the customer, or a form's record:
 * the company's own words in it or in a subject it wrote (`companyWords`, found by the reading: "We
 * sent…", «Исходящий обзвон», «Письмо клиенту без ответа»), the customer named in the third person
 * at a sentence's start, a form's field left empty ("Reason: [blank]"), or the company's note label
 * opening it ("Internal note (agent Tom):", «Бележка на администратора:»).
 */
export function companysNote(text: string, companyWords: boolean): boolean {
  return companyWords || customerNamed(text) || placeholderField(text) || opensWithNoteLabel(text) || (text.indexOf(':') >= 0 && AUTO_REPLY_LINE.test(text)) ||
    unansweredAttempts(text) || declinedNote(text) || nothingWrongWhenAsked(text);
}

/**
 * The company's attempts counted and unanswered, in a sentence with no first person: "SMS x3, voicemail x2, no reply",
 * «Звонки 12.03, 20.03 — не отвечает», «Два звонка менеджера — не ответил», «3 обаждания, без отговор». The customer's
 * own "I called three times, no answer" has its "I".
 */
function unansweredAttempts(text: string): boolean {
  // The rarer word first, by a cheap stem: most customers' texts say nothing of answers.
  if (!ANSWER_STEM.test(text)) return false;
  const counted = ATTEMPTS_COUNTED.exec(text);
  const count = counted ?? ATTEMPTS_JOINED.exec(text);
  if (count === null) return false;
  const start = Math.max(text.lastIndexOf('.', count.index), text.lastIndexOf('\n', count.index)) + 1;
  const end = sentenceEnd(text, count.index);
  const sentence = text.slice(start, end);
  if (FIRST_PERSON.test(sentence)) return false;
  if (counted === null && (wordCount(sentence) > JOINED_MAX_WORDS || sentence.includes('!'))) return false;
  if (NOT_ANSWERED.test(sentence)) return true;
  // Or the short sentence right after the count says so: «Напоминания 3 шт. Ответов нет.», or opens with it: "SMS x3 + letter
  // sent. No response, not collected after 90 days."
  const next = text.slice(end + 1, sentenceEnd(text, end + 1));
  const opening = next.split(CLAUSE_END, 1)[0] as string;
  return wordCount(opening) <= ANSWER_AFTER_MAX_WORDS && NOT_ANSWERED.test(opening) && !FIRST_PERSON.test(next);
}

const ANSWER_AFTER_MAX_WORDS = 3;
const CLAUSE_END = /[,;:—–]/u;

// Counted ("SMS x3"), or two kinds named together («SMS и звонки без ответа», ATTEMPTS_JOINED).
// Without the u flag or a look-behind, so the scan over every note stays cheap (a word's start is not checked: "recalls 3"
// would count, and still needs its sentence to say nobody answered).
const ANSWER_STEM = /answer|repl|respon|pick(?:ed)? up|отвеча|ответ|отгов|вдига|бер[её]т|дозвон/i;
const ATTEMPTS_COUNTED = /(?:sms|texts?|calls?|voicemails?|e-?mails?|reminders?|напоминани[а-я]*|звонк[а-яё]*|смс|обаждани[а-я]*|позвънявани[а-я]*|съобщени[а-я]*)\s*(?:[x×]\s*)?\d|(?:\d|два|две|три|четыре|two|three|four)\s+(?:sms|texts|calls|voicemails|e-?mails|звонка|звонков|смс|обаждания|позвънявания)/i;
const ATTEMPTS_JOINED = /(?:sms|смс|calls?|texts?|e-?mails?|звонки|звонок|письма|письмо|сообщения|сообщение|обаждания|обаждане|съобщения|съобщение|имейли|имейл)\s+(?:и|and|&)\s+(?:sms|смс|calls?|texts?|e-?mails?|звонки|звонок|письма|письмо|сообщения|сообщение|обаждания|обаждане|съобщения|съобщение|имейли|имейл)/i;
/** Kinds named without a count say less: only in a short sentence with no exclamation («SMS и звонки без ответа.»). */
const JOINED_MAX_WORDS = 5;

/** Whether a sentence of the text starts with the customer in the third person (tried at sentence starts only). */
function customerNamed(text: string): boolean {
  for (let at = 0; at < text.length; ) {
    CUSTOMER_NAMED.lastIndex = at;
    if (CUSTOMER_NAMED.test(text)) return true;
    const end = sentenceEnd(text, at);
    at = end + 1;
    while (at < text.length && text.charCodeAt(at) === 0x20) at += 1;
  }
  return false;
}

/**
 * A field ("Label: value") whose value is a placeholder, anywhere in the text; only colons are looked
 * at, and only the few characters after each: a placeholder is short, and reading every colon's value
 * to its sentence's end made a long line of fields quadratic.
 */
function placeholderField(text: string): boolean {
  for (let colon = text.indexOf(':'); colon > 0; colon = text.indexOf(':', colon + 1)) {
    if (!LETTER.test(text.charAt(colon - 1))) continue;
    const near = text.slice(colon + 1, colon + 1 + PLACEHOLDER_REACH);
    // A quoted letter's header ("On 24 Mar, Support wrote:" over "> …") holds the quotation below, not an empty value.
    if (QUOTE_BELOW.test(near)) continue;
    if (fieldValue(near.slice(0, sentenceEnd(near, 0)), noStars) === 'placeholder') return true;
  }
  return false;
}

const QUOTE_BELOW = /^[ \t]*\r?\n[ \t]*>/u;

/** Longer than any placeholder ("prefer not to say", «не желая да отговоря»), so a cut value is never one. */
const PLACEHOLDER_REACH = 64;

const noStars = (): undefined => undefined;

const SYSTEM_CODE = /^[A-Z0-9]+(?:_[A-Z0-9]+)+$/u;

/** A CRM, churn or retention feed, or a system's event log: what it writes is not the customer's. */
// CRM products by name (HubSpot, Salesforce, Bitrix24…), billing systems and a loyalty programme's
// dormancy feed write about the customer, not as the customer.
const SYSTEM_CHANNEL = /(?<!\p{L})(lost deal\p{L}*|sms[- ]?(?:reminders?|шлюз|gateway)|напомняни\p{L}*|напоминани\p{L}*|дебиторск\p{L}*|уч[её]т|изтекли|истекш\p{L}*|разсрочено плащане|internal prompt|внутренн\p{L}* оценк\p{L}*|server notifications?|выгрузк\p{L}*|егисз|нзис|статус\p{L}* (?:на )?е(?:лектронн\p{L}*)?-? ?рецепт\p{L}*|scheduler|(?:final )?bill(?:ing)? queue|cis billing|locker controller|журнал хранения|crm|churn|retention|journey|iterable|braze|известия|уведомлени\p{L}*|событи\p{L}*|удержани\p{L}*|задържане|system|event|events|log|flag|автомат\p{L}*|систем\p{L}*|отток|отлив|crm\p{L}*|hubspot|salesforce|pipedrive|zoho(?!\s*desk)|bitrix\p{L}*|битрикс\p{L}*|amocrm|амоcrm|биллинг\p{L}*|билинг\p{L}*|subscription billing|dunning|chargebee|recurly|gocardless|zuora|таксуване|dormancy|loyalty|лояльност\p{L}*|лоялност\p{L}*|courier|курьер\p{L}*|куриер\p{L}*|абс|core banking|outbound|исходящ\p{L}*|изходящ\p{L}*|discount card|дисконтн\p{L}*|отстъпк\p{L}*|mnp|number portability|переносимост\p{L}*|преносимост\p{L}*|analytics|аналитик\p{L}*|notifications?|webhooks?|lost (?:clients|customers)|потерянн\p{L}* клиент\p{L}*|изгубени клиенти|pms|мис|лог|statistics|stats|статистик\p{L}*|е-услуг\p{L}*|електронни услуги|e-services|обзвон\p{L}*|switching|software|софтуер\p{L}*|timeline|хронологи\p{L}*|tracker|invit\p{L}*|review collection|sequence report|диадок|cloudpayments|рекуррент\p{L}*|calendly|банков файл|onfleet|delivery exceptions?|repairq|(?:balance|payments?) (?:due )?monitor|контрол на плащанията|сбор\p{L}* отзыв\p{L}*|отч[её]т\p{L}*|(?:attendance|shipments?|orders?|volume|usage|activity) (?:monitoring )?reports?|stripe|реактивац\p{L}*|reactivation|документооборот\p{L}*|internal note|вътрешна бележка|внутренн\p{L}* заметк\p{L}*|review (?:request )?tools?|podium|trustmary|birdeye|инструмент за (?:отзиви|ревюта)|review инструмент\p{L}*|unisender|mailchimp|sendpulse|klaviyo|newsletter|рассылк\p{L}*|бюлетин\p{L}*|metabase|power bi|getcourse|inactivity|неактивност\p{L}*|(?:мониторинг\p{L}*|monitoring) (?:активност\p{L}*|activity)|активност\p{L}* (?:учеников|клиентов|пользователей|абонентов|ученици|клиенти|потребители)|(?:реестр\p{L}*|регист[ъ]р\p{L}*|registry)(?!\s+(?:на\s+|of\s+)?(?:оплакван|жалб|жалоб|обажд|обаждан|рекламаци|обращени|звонк|complaint|call))|отказани пратки|върнати пратки|refused parcels|access audit|access control|checklists?|чеклист\p{L}*|чек-лист\p{L}*|notion|clickup|booking module|модул\p{L}* бронировани\p{L}*|direct debits?|директен дебит|прямое дебетование|събития|firebase|lead status|tripleseat|периодично плащане|recurring payments?|карточка контрагента|appointment confirm\p{L}*)(?!\p{L})/iu;
// A courier's app, a bank's core system («АБС»), an outbound calling campaign, a discount card's
// feed, a number-portability (MNP) feed, a hotel's property-management system (PMS), a clinic's medical information
// system («МИС») or any other software («Медицински софтуер – график»), a tracker of review invitations («Сервис сбора
// отзывов»), a report of volumes («Отчёт по отправкам», «Отчет за пратки», "Shipments report"): each records what the customer did, in its own words. "billing" only as the whole channel
// (a billing system's export): "Get help with billing" is a customer's request type. A subscription's billing
// ("Subscription billing (Recharge)"), its payment reminders ("dunning") and billing products by name are systems, as are a
// bot's statistics and a public e-services portal's records of applications («Портал за е-услуги»; not «Госуслуги», whose feedback
// platform carries complaints). So are dashboards of inactivity (Metabase, Power BI, «мониторинг активности»), registers («реестр
// визовых приглашений», „регистър“) and a courier's list of parcels refused („Спиди — отказани пратки“); so are access audits,
// checklists (Notion, ClickUp), booking modules, a bank's direct-debit feed and a portal's events („събития“).
// A document system's incoming mail is the customers' letters: «1С:Документооборот — входящие». (A CRM's incoming letter is read
// as its deal's event, as before: «Bitrix24 — CRM / входящее письмо» over «Отказываемся.».)
const DOCUMENT_FLOW = /документооборот|деловодств|делопроизводств/iu;
const INCOMING = /(?<!\p{L})(?:входящ\p{L}*|входящи|входяща|входящо|incoming|inbox)(?!\p{L})/iu;
const BILLING_ALONE = /^\s*(?:billing|billing system|billing export)\s*$/iu;

export function systemChannel(channel: string | undefined): boolean {
  return channel !== undefined && (SYSTEM_CHANNEL.test(channel) || BILLING_ALONE.test(channel)) && !(DOCUMENT_FLOW.test(channel) && INCOMING.test(channel));
}

/**
 * A reason withheld, in a form's box or relayed in a note: "Rather not say", «не хочу указывать», «затрудняюсь ответить»,
 * „не желая да посочвам“. No reason is given, as with an empty box. Apostrophes straight.
 */
const WITHHELD_REASONS = new Set([
  'rather not say', "i'd rather not say", 'i would rather not say', 'would rather not say', "i'd rather not", 'rather not',
  "i'd rather not explain", "i'd rather not go into it", 'rather not go into it', "i'd rather not get into it", 'rather not get into it', "i'd prefer not to say", 'i prefer not to say',
  'prefer not to answer', "i'd prefer not to answer", 'prefer not to disclose', 'prefer not to explain', 'not saying',
  "i'd rather not tell", 'decline to say', 'declined to say', 'hard to say', "can't say", 'cannot say',
  'не хочу указывать', 'не хочу говорить', 'не хочу объяснять', 'не хочу уточнять', 'не хочу называть', 'предпочитаю не говорить',
  'предпочитаю не указывать', 'предпочитаю не отвечать', 'предпочитаю не объяснять', 'предпочитаю не уточнять',
  'лучше не буду говорить', 'лучше не буду объяснять', 'затрудняюсь ответить', 'затрудняюсь с ответом', 'не скажу',
  'не желая да посочвам', 'не желая да посоча', 'не желая да казвам', 'не желая да кажа', 'не желая да отговарям',
  'не искам да казвам', 'не искам да посочвам', 'не искам да отговарям', 'не искам да обяснявам', 'предпочитам да не казвам',
  'предпочитам да не посочвам', 'предпочитам да не отговарям', 'предпочитам да не обяснявам', 'по-добре да не казвам',
  'затруднявам се да отговоря', 'не мога да преценя',
  // Told of the customer in a form's field: "does not wish to say", «не желает указывать», „не желае да посочи“.
  'does not wish to say', 'did not wish to say', 'prefers not to say', 'not disclosed', 'не желает указывать',
  'не хочет указывать', 'указывать не желает', 'не желае да посочи', 'не желае да каже', 'не желае да посочва',
  'не пожела да посочи', 'пожелал не указывать', 'пожелала не указывать', 'клиент пожелал не указывать',
  'клиентка пожелала не указывать', 'клиентът не желае да посочи', 'клиентката не желае да посочи', 'bez kommentariev',
  'bez kommentariya', 'bez komentar', 'bez komentari', 'предпочитаме да не казваме', 'не искаме да казваме',
  'предпочитаем не говорить', 'не хотим указывать', "we'd rather not say", 'we would rather not say', 'we prefer not to say',
  // A survey declined with nothing to say: «не хочу ничего писать», „няма какво да кажем“.
  'не хочу ничего писать', 'не хочу ничего говорить', 'ничего не хочу писать', 'нечего писать', 'няма какво да кажем',
  'няма какво да кажа', 'nothing to say', "don't want to write anything", "i don't want to write anything",
  "i don't want to answer", "don't want to answer", 'не хочу объяснять', 'не искам да обяснявам',
  // A system's code for it ("cancellation_reason: prefer_not_to_say"); «по собственному желанию» in Latin letters.
  'prefer_not_to_say', 'prefer not to say', 'po sobstvennomu zhelaniyu', 'ne iskam da komentiram', 'ne iskam da obyasnyavam',
  'ne jelaya da obyasnyavam', 'ne zhelaya da obyasnyavam', 'ne iskam da kazvam', 'ne iskam da kazha', 'ne iskam da posochvam', 'ne hochu ukazyvat', 'ne hochu govorit',
  'не искам да коментирам', 'не желая да коментирам', 'непопълнено', '(непопълнено)', 'не хочу отвечать', 'друга', 'друго',
  // Nothing to write, in a survey's box, in Latin letters too: «ничего писать не буду», „няма какво да пиша“, "Not going to bother explaining".
  'ничего писать не буду', 'не буду ничего писать', 'ничего не буду писать', 'объяснять не буду', 'не буду объяснять',
  'nichego pisat ne budu', "nichego pisat' ne budu", 'ne budu nichego pisat', "ne budu nichego pisat'", 'ne hochu nichego pisat',
  "ne hochu nichego pisat'", 'ne khochu nichego pisat', "ne khochu nichego pisat'", 'nechego pisat',
  'няма какво да пиша', 'нямам какво да пиша', 'няма да обяснявам', 'niama kakvo da pisha', 'nyama kakvo da pisha',
  'nqma kakvo da pisha', 'niamam kakvo da pisha', 'nyamam kakvo da pisha', 'nqmam kakvo da pisha',
  // A reason refused outright: «Не ваше дело», "None of your business", „Не ви влиза в работата“.
  'объяснять ничего не буду', 'ничего объяснять не буду', "prichinu ob'yasnyat' ne hochu", 'prichinu obyasnyat ne hochu', "prichinu ob'yasnyat ne hochu", 'prichina nyama', 'prichina niama', 'prichina nqma', 'prichinu pisat ne budu', 'prichinu ukazyvat ne budu', 'не е нужно да обяснявам', 'няма нужда да обяснявам', 'no need to explain', 'не ваше дело', 'none of your business', 'не ви влиза в работата', 'не е ваша работа', 'ne vashe delo',
  'not going to bother explaining', "won't bother explaining", 'not bothering to explain', 'not going to explain',
  "i'm not going to explain", "can't be bothered to explain", "can't be bothered explaining",
]);
const CURLY_APOSTROPHE = /’/gu;

/** What a form writes when a box is left empty or an answer is declined. */
const PLACEHOLDERS = new Set([
  ...WITHHELD_REASONS,
  '-', '--', '—', '–', '.', '...', '…', 'нямам', 'n/a', 'na', 'none', 'nil', 'null', 'no', 'nothing', 'other', 'unknown', 'empty',
  // Told of the customer in the field: «Причина: не посочи», «Причина: не указал».
  'не посочи', 'не посочи причина', 'не уточни', 'не указал', 'не указала', 'не назвал', 'не назвала',
  'blank', 'skipped', 'not given', 'not specified', 'not provided', 'not selected', 'not stated', 'no comment',
  'no comments', 'none given', 'not answered', 'prefer not to say', 'declined', 'declined to answer', 'no answer',
  'no message body', 'no message', 'empty message', 'нет текста', 'без текста', 'няма текст', 'без текст',
  'нет', 'ничего', 'другое', 'прочее', 'пусто', 'пропущено', 'пропущен', 'пропущена', 'отсутствует', 'не указано',
  'не указана', 'не указан', 'не выбрано', 'не выбрана', 'без комментария', 'без комментариев', 'не хочу отвечать',
  'няма', 'нищо', 'друго', 'липсва', 'пропуснато', 'пропусната', 'пропуснат', 'не е посочено', 'не е посочена',
  'не е избрана', 'не е избрано', 'без коментар', 'без коментари', 'не желая да отговоря',
  // A step not done, a box left blank, nothing added; a "No" of a yes/no question; translit.
  'not completed', 'not submitted', 'dismissed', 'nothing to add', 'nothing else', 'no further comments', 'please specify',
  'no response', 'none provided', 'none stated', 'none specified', 'none supplied', 'no reason', 'no reason provided',
  'no reason given', 'no reason stated', 'no details', 'no details given', 'not supplied', 'none supplied', 'без подробностей', 'без подробности', 'без детайли',
  'net', 'nyama', 'nqma', 'niama', 'не', 'празно', 'не заполнено', 'не заполнен', 'не заполнена', 'нечего добавить', 'нечего сказать', 'нямам какво да добавя', 'нямам коментар', 'нямам коментари',
  'nothing more to add',
  'без ответа', 'нет ответа', 'ответа нет', 'няма отговор', 'лични', 'лични причини', 'по лични причини', 'по личным обстоятельствам',
  // A mailing list's preset reason: Mailchimp's "I no longer want to receive these emails".
  'i no longer want to receive these emails', 'не искам повече да получавам тези имейли', 'не искам да получавам тези имейли', 'я больше не хочу получать эти письма', 'без причины', 'без причина', 'bez prichina', 'bez prichiny', 'ne',
  // A CRM's preset lost reason that the customer went quiet: «Пропал», "Client unresponsive", «Изчезна».
  'пропал', 'пропала', 'клиент пропал', 'не выходит на связь', 'перестал отвечать', 'перестала отвечать', 'unresponsive',
  'client unresponsive', 'customer unresponsive', 'went silent', 'ghosted', 'изчезна', 'спря да отговаря', 'не е дадена', 'не е дадено', 'не е даден', 'не е попълнено', 'не е попълнена', 'няма какво да добавя',
  // A form's box ticked ("I understand the deposit is non-refundable: [x]"): the form's statement, no words.
  '[x]', '[ ]', '☑', '☐', '✓', '✔', 'без объяснения причин', 'без объяснения причины', 'причина не е подадена',
  'без отговор', 'left blank', 'left empty', 'not filled in', 'not filled', 'оставлено пустым', 'оставлено пустое',
  'the field is empty', 'field left blank',
  // A one-word decline to a reminder or an offer ("STOP", «Отказ»): no reason given.
  'stop', 'стоп', 'отказ', 'отказываюсь', 'unsubscribe', 'no more messages', 'no more texts', 'не хочу больше сообщений', 'не желая повече съобщения',
  'ne zhelaya poveche saobshtenia', 'ne zhelaya poveche saobshteniya', 'ne jelaya poveche saobshtenia', 'empty field', 'поле пустое', 'поле не заполнено', 'полето е празно', 'празно поле',
  'оставено празно', 'оставено непопълнено',
  // A preset reason that finds no fault: a return because the customer changed their mind or no longer needs it.
  'changed my mind', 'changed mind', 'no longer needed', 'no longer need it', 'ordered by mistake', 'передумал',
  'передумала', 'передумал(а)', 'передумал(а) покупать', 'передумал покупать', 'передумала покупать', 'больше не нужно', 'больше не нужен', 'больше не нужна', 'заказал по ошибке',
  'заказала по ошибке', 'промених решението си', 'размислих', 'вече не ми трябва', 'вече не ми е нужно',
  'поръчах по грешка',
  // "Personal reasons" is the form's way of giving none.
  'personal reasons', 'family reasons', 'personal circumstances', 'family circumstances', 'personal / family circumstances', 'personal/family circumstances', 'personal / family reasons', 'семейные обстоятельства',
  'по семейным обстоятельствам', 'личные обстоятельства', 'по личным обстоятельствам', 'личные причины', 'семейни причини',
  'по семейни причини', 'лични причини', 'по лични причини', 'семейни обстоятелства', 'лични обстоятелства',
  // A bare "ok" says nothing of why (with a low score it is no reason given), nor does a bare "thanks" under "Anything else?".
  'ok', 'okay', 'ок', 'окей', 'thanks', 'thank you', 'thanks!', 'спасибо', 'благодаря', 'мерси',
]);

/** A questionnaire's answer label before the value ("Q: …? Answer: 2", «— Ответ: 3»), and leading dashes. */
const ANSWER_LABEL = /^(?:[-–—:)>]\s*)*(?:(?:answer|a|ответ|отговор)\s*[:\-–—]\s*)?(?:[-–—]\s*)*/iu;
/** A value that is an amount of money ("6,40 лв.", "£4.20", "1 200 ₽"): the form's, not words. */
const AMOUNT = /^(?:[£$€₽]\s*\d[\d\s.,]*|\d[\d\s.,]*\s*(?:лв|lv|bgn|руб|р|rub|eur|usd|gbp|евро|€|₽|£|\$)\.?)$/iu;

/** A rating in words that says dissatisfied; on 0–10 it is 0. */
const LOW_WORDS = /^(very bad|very poor|bad|poor|terrible|awful|unsatisfied|dissatisfied|very dissatisfied|very unsatisfied|negative|unhappy|very unhappy|not satisfied|not happy|недоволен|недовольна|не удовлетворен\p{L}*|неудовлетворен\p{L}*|не съм доволен|не съм доволна|очень плохо|плохо|ужасно|неудовлетворительно|отрицательн\p{L}*|много лошо|лошо|незадоволително|отрицателн\p{L}*|недоволен|недоволна|не доволен)$/iu;
const OUT_OF = /^(\d{1,2}(?:[.,]\d)?)\s*(?:\/|из|от|out of|of)\s*(\d{1,2})(?:\s*\([^)]{0,40}\))?$/iu;
const BARE = /^(\d{1,2}(?:[.,]\d)?)(?:\s*\([^)]{0,40}\))?$/u;
const LETTER = /\p{L}/u;
const PARENS = /\(([^)]{1,40})\)/u;
const STARS = /^[★☆⭐\s]+$/u;
/** A rating drawn as an unhappy face or a thumb down (😡 😠 😞 ☹ 🙁 👎): the low end of the scale, 0. */
const LOW_FACES = /^(?:\u{1F621}|\u{1F620}|\u{1F61E}|\u{2639}\u{FE0F}?|\u{1F641}|\u{1F44E}[\u{1F3FB}-\u{1F3FF}]?|\u{1F62B}|\u{1F629}|\u{1F612}|\s)+$/u;
/** "Label: value" — a short label of a form's field; not a time of day ("after 18:00 there is no signal"). */
const FIELD = /^([^:.!?\n]{1,48}):(?!\d\d(?!\d))\s*(.*)$/su;
/**
 * A questionnaire's line with both labels, "Q: Would you recommend us? (0-10) A: 2", «В: … О: 3»,
 * „Въпрос: … Отговор: 1“: the question, and the answer.
 */
const QUESTION_AND_ANSWER = /^(?:q|question|в|вопрос|въпрос)\s*\d*\s*[:.)]\s*(.{1,200}?)(?:\s+(?:a|answer|о|ответ|отговор)\s*\d*\s*[:.)]|\s*:)\s*(.{0,80})$/isu;
/** A question's scale, "(1-5)", "(0–10)": an answer on 1–5 is put on 0–10 as a form's "N/5" is. */
const SCALE_OF_FIVE = /\(\s*[01]\s*[-–—]\s*5\s*\)/u;
/** "Question? answer" of a survey. */
const ANSWERED = /^([^?\n]{3,200})\?\s*(\S.{0,39})$/su;
const NEGATION = /(?<!\p{L})(no|never|not|\p{L}+n['’]t|without|none|нет|без|не|ни|никаких|никаких|отсутству\p{L}*|няма|липсва\p{L}*|нито)(?!\p{L})/iu;
/** What the customer would have left: a message, a comment, a reason, a complaint, a contact, a ticket. */
const WORDS_LEFT = /(?<!\p{L})(messages?|comments?|notes?|reasons?|complaints?|претензи\p{L}*|рекламаци\p{L}*|оплакван\p{L}*|contact\p{L}*|feedback|tickets?|тикет\p{L}*|заяв\p{L}*|сообщени\p{L}*|комментари\p{L}*|обращени\p{L}*|жалоб\p{L}*|причин\p{L}*|пожелани\p{L}*|съобщени\p{L}*|коментар\p{L}*|сигнал\p{L}*|жалб\p{L}*|причин\p{L}*|бележк\p{L}*|примечани\p{L}*|interview|survey|questionnaire|forms?|форм(?:а|ы|у|е|ой|ата|и|ите)|формуляр\p{L}*|опрос\p{L}*|анкет\p{L}*|интервю\p{L}*|обратн\p{L}* (?:связ\p{L}*|връзк\p{L}*))(?!\p{L})/iu;
/** A box or a field left empty: "Reason field left blank", «Комментарий пуст», «полето е празно». */
const LEFT_EMPTY = /(?<!\p{L})(blank|empty|unanswered|unfilled|пуст\p{L}*|празн\p{L}*|незаполнен\p{L}*|непопълнен\p{L}*)(?!\p{L})/iu;
/** The customer did not answer the company's calls or reminders: an outbound attempt, not a contact. */
// The company's e-mail left unopened or unread counts: "Win-back e-mail not opened", «письмо не открыто», «Имейл с оферта – непрочетен»;
// so does a customer who stopped answering («Клиент перестал отвечать», "stopped responding").
export const NOT_ANSWERED = /(?<!\p{L})(no answer|not answer\p{L}*|didn['’]t answer|не вышл\p{L}* на связь|не вышел на связь|did not respond|didn['’]t respond|did not reply|didn['’]t reply|no response|no reply|did not pick up|didn['’]t pick up|not opened|unopened|never opened|none (?:opened|read|answered)|не ответил\p{L}*|не отвечает|не отвечают|не отвечал\p{L}*|не бер[её]т трубку|(?:повторно|больше|снова) не бер[её]т|не взял\p{L}* трубку|трубку не бер[её]т|без ответа|ответа нет|нет ответа|ответов нет|нет ответов|ответ не получен|ответ не поступил|не дозвонил\p{L}*|не открыт\p{L}*|не открыл\p{L}*|не отговори|не отговаря|не е отговорил\p{L}*|не вдига\p{L}*|без отговор|няма отговор|няма получен отговор|не е получен отговор|не е отворен\p{L}*|не отвори|stopped (?:answering|responding|replying)|unread|перестал\p{L}* (?:отвечать|выходить на связь|брать трубку)|не прочитан\p{L}*|непрочитан\p{L}*|спря\p{L}* да (?:отговаря|вдига)|непрочетен\p{L}*|не е прочетен\p{L}*|неотворен\p{L}*)(?!\p{L})/iu;
/** The company's invitation to review left unanswered: "No review left", «Отзыв не оставлен», «Няма ревю». */
export const NO_REVIEW = /(?<!\p{L})(?:no review(?: left| posted| written)?|not reviewed|did not (?:leave|post|write) a review|didn['’]t (?:leave|post|write) a review|отзыв не оставлен|отзыв не оставил\p{L}*|не оставил\p{L}* отзыв|отзыва нет|нет отзыва|без отзыва|няма ревю|няма отзив|без ревю|без отзив|не е оставил\p{L}* (?:ревю|отзив)|(?:отзив|ревю)(?:то|ът)? не е (?:публикуван|подаден|оставен)\p{L}*|отзыв не (?:опубликован|отправлен)|review not (?:posted|published|left|submitted)|no review submitted)(?!\p{L})/iu;
const STAFF_LABEL = /(?<!\p{L})(?:manager['’]?s?|agent['’]?s?|operator['’]?s?|staff|менеджер\p{L}*|оператор\p{L}*|сотрудник\p{L}*|мениджър\p{L}*|служител\p{L}*|консултант\p{L}*)(?!\p{L})/iu;
/** A field's label for the customer's own words: a comment, a reason, a quote. (Bulgarian «каза» only as a word: «заказа» is an order's.) */
const WORDS_BOX = /(comment|note|reason|details|tell us more|расскажите подробнее|разкажете повече|подробн|детайл|body|тело письма|feedback|remark|message|said|says|wrote|quote|verbatim|complain|why|reply|response|комментари|примечани|причин|отзыв|сообщени|пожелани|жалоб|жалу|сказал|написал|пишет|ответ|коментар|бележк|съобщени|(?<!\p{L})каза|написа|жалб|оплак|оплаква|мнени|отговор)/iu;
/** A field's label that relays a complaint: "Customer complains:", «Клиент жалуется:», «Клиентът се оплаква:». */
const COMPLAINS_LABEL = /(complain|жалу|оплак)/iu;
/**
 * A remedy asked for, as a note relays it ("Asking for partial refund or credit", «Просит вернуть деньги», «Иска
 * обезщетение»): the customer's demand. Not "requested" — a returns system writes "refund requested" for a form.
 */
/** A call or visit relayed as a complaint: "called to complain", «позвонил с жалобой», «Обади се с оплакване». */
const COMPLAINT_CALL_WORDS = 'called to complain|rang to complain|called with a complaint|complained that|позвонил\\p{L}* с жалобой|' +
  'обратил\\p{L}* с жалобой|жалуется|обади се с оплакване|се обади с оплакване|оплака се|се оплаква';
export const COMPLAINT_CALLED = new RegExp(`(?<!\\p{L})(?:${COMPLAINT_CALL_WORDS})(?!\\p{L})`, 'iu');
/** The same, or the customer's mood noted ("unhappy", «недоволен»): a complaint in a note that also says what went undone. */
export const RELAYED_COMPLAINT = new RegExp(`(?<!\\p{L})(?:${COMPLAINT_CALL_WORDS}|unhappy|not happy|upset|annoyed|frustrated|fed up|angry|furious|shouting|irate|недовол\\p{L}*|не (?:беше|е|остана) доволн\\p{L}*|недоволн\\p{L}*|раздраж[её]н\\p{L}*|зл(?:ой|ая|ился|илась)|кричал\\p{L}*|ядосан\\p{L}*|раздразнен\\p{L}*|бесен|бясна|крещ\\p{L}*)(?!\\p{L})`, 'iu');
/**
 * A remedy asked for in a note ("asked for a refund", «просит вернуть», „иска компенсация“), or named as the other choice ("wants
 * it by Friday or a refund", „иска ново до петък или връщане на 38 €“).
 */
export const REMEDY_ASKED = /(?<!\p{L})(?:ask(?:s|ed)? (?:us|me|them) to refund|(?:ask(?:s|ed|ing)?|demand(?:s|ed|ing)?|want(?:s|ed)?) (?:for )?(?:a |an |the )?(?:partial |full |manager |supervisor |manager['’]s )?(?:refund|credit|compensation|discount|room move|room change|different room|another room|upgrade|callback|call back|replacement|exchange|goodwill|reimbursement)|(?:просит|просил\p{L}*|попросил\p{L}*|требует|потребовал\p{L}*|хочет) (?:вернуть|возврат\p{L}*|компенсац\p{L}*|перезвон\p{L}*|звонок|звонка|скидк\p{L}*|замен\p{L}*|переделать|повторн\p{L}* \p{L}+|бесплатн\p{L}* \p{L}+)|(?:иска|поиска) (?:\p{L}+ )?да (?:ѝ|й|му|им|ни) се обад\p{L}*|(?:иска|поиска|настоява за) (?:възстановяване|компенсация|обезщетение|отстъпка|замяна|повторн\p{L}* \p{L}+|безплатн\p{L}* \p{L}+)|(?:or|или) (?:a |the |full |partial )?(?:refund|replacement|credit|compensation|возврат\p{L}* (?:денег|\d)|компенсац\p{L}*|връщане на (?:парите|сумата|\d)|възстановяване|компенсация))(?!\p{L})/iu;
/** A field whose value was picked from a list, as its label says. */
const PRESET = /\((?:from (?:the )?list|from a list|dropdown|preset|из списка|от списъка|от падащото меню)\)/iu;

/** A form's box for the customer's ideas: what to improve, suggestions, wishes. */
const LEAVING_PROMPT = /^\s*(?:why (?:are|did) you (?:leaving|leave|cancel\p{L}*|unsubscrib\p{L}*|clos\p{L}*|go\p{L}*)|what made you (?:leave|cancel)|почему вы (?:уходите|уходили|отказались|отказываетесь|отменили|отменяете|отписались|отписываетесь)|защо (?:ни )?(?:напускате|се отказвате|прекратявате|се отписвате))\s*\?\s*:?\s*$/iu;
const IDEAS_BOX = /(improve|better|suggest|wish|улучш|предложени|пожелани|подобр|препоръ)/iu;
/** A verb of reported speech: an agent relaying what the customer said. */
const REPORTED = /(?<!\p{L})(said|says|told us|wrote|writes|complained|complains|explained|mentioned|сказал\p{L}*|говорит|пожаловал\p{L}*|жалуется|объяснил\p{L}*|сообщил\p{L}*|написал\p{L}*|пишет|каза|казва|сподели|сподели\p{L}*|оплака(?:л|ла|ли|ха)?|оплаква(?:т|ше|ха|л|ла|ли)?|обясни|написа)(?!\p{L})/iu;
/**
 * The customer declined to say why, as a note puts it: "Declined to give a reason", «От объяснений
 * отказался», «не пожела да посочи причина», a why answered with „няма значение“ ("doesn't matter").
 * What else the customer said then ("said 'just cancel it'") gives no reason either.
 */
const DECLINED = /(?<!\p{L})((?:declined|refused|did not want|didn['’]t want|would not|wouldn['’]t|did not wish) to (?:give|say|state|explain|tell|provide|share|specify)|gave no reason|(?:would not|wouldn['’]t|did not|didn['’]t|won['’]t) say (?:why|what (?:was )?wrong)|(?:(?:i|she|he|they|we)['’]d |would )?rather not (?:say|(?:get|go) into (?:it|why|that|the reasons?)|discuss it)|(?:(?:i|she|he|they|we)['’]d |would )?prefer(?:s|red)? not to (?:say|discuss(?: it)?(?: further)?|talk about it|go into it)|did not give a reason|didn['’]t give a reason|no reason given|причину не назвал\p{L}*|не назвал\p{L}* причин\p{L}*|(?:не|без да) посочи причина|(?<!никой )не каза защо|от объяснени\p{L}* (?:причин\p{L}* )?отказал\p{L}*|(?:причину|причины) (?:\p{L}+ )?(?:назвать|называть|объяснять|указать) отказал\p{L}*|не (?:хочу|искам) (?:да )?(?:объяснять|обяснявам)|(?:don['’]t|do not) want to explain|объяснять не хочу|(?:ничего )?объяснять не буду|причина(?:та)? не (?:каза|посочи)|(?:didn['’]t|did not) want to go into (?:why|it)|(?:didn['’]t|did not) say much|skipped the (?:feedback|comment) (?:card|form)|обяснявам не искам|причин\p{L}* не (?:объяснил\p{L}*|сообщил\p{L}*)|не казаха защо|от разговора уклонил\p{L}*|няма време за обяснения|нет времени (?:на )?объяснени\p{L}*|(?:doesn['’]t|does not|didn['’]t|did not) have time to (?:chat|explain|talk)|не желае да обяснява|ne iskam da komentiram|(?:ничего|нищо|nothing|няма значение|неважно|не важно|doesn['’]t matter)\s*,\s*(?:просто|just|мерси|спасибо|благодаря|thanks|thank you)|prichin\p{L}* (?:ukazyvat|nazyvat|obyasnyat|obiasniat) ne (?:budu|hochu|stanu)|ne (?:hochu|iskam) (?:da )?(?:obyasnyat|obyasnyavam|obiasnyavam|obqsnqvam)|(?:отказал\p{L}*|не захотел\p{L}*|не стал\p{L}*|не пожелал\p{L}*) (?:объясн\p{L}*|назвать|называть|указ\p{L}*|пояснять|пояснить)|(?:отказа\p{L}*|не пожела\p{L}*|не искаше|не иска) да (?:обясн\p{L}*|каже|посоч\p{L}*|сподел\p{L}*)|(?:о причин\p{L}*|причину|причины) (?:говорить|называть|объяснять|указывать|сообщать) не (?:стал\p{L}*|захотел\p{L}*|пожелал\p{L}*|хочу|буду)|(?:причината|защо|почему|why)[^.!?]{0,30}„няма значение“|(?:did not|didn['’]t) say (?:anything|a word)|said nothing(?=\s*(?:[.,;!?…]|$)|\s+(?:at all|and|but)(?!\p{L}))|said nothing about (?:why|the reason)|declined (?:the |a )?(?:comment|feedback|survey) (?:card|form)|(?:само|только|just|only) (?:кимна|кимнаха|кивнул\p{L}*|nodded)|without (?:saying )?a word|(?<!никто )ничего не сказал\p{L}*|от комментари\p{L}* отказал\p{L}*|(?<!никой )не каза нищо|(?<!никой )нищо не каза|отказа (?:анкетата|коментар\p{L}*)|что не так\s*[—–-]?\s*говорить не стал\p{L}*|не (?:хочу|искам)(?: да)? (?:писать|пиша|указывать|посочвам|казвам|называть|говорить) причин\p{L}*|ne (?:hochu|khochu|iskam)(?: da)? (?:pisat|pisha|ukazyvat|posochvam|kazvam|nazyvat|govorit)\p{L}* prichin\p{L}*|(?:don['’]t|do not) want to (?:give|say|write|state) (?:a |the )?reason)(?!\p{L})/iu;
/**
 * A note that the customer made no complaint: "Made no complaint", «Претензий не высказывала», «Оплаквания не е изказвала»,
 * or declined one offered ("Asked customer if she wanted to log a complaint… She said no", «Менеджер предложил оформить
 * жалобу… Клиентка отказалась»).
 */
const NO_COMPLAINT = /(?<!\p{L})(?:(?:asked|offered to|предложил\p{L}*|предложих\p{L}*|предложи|попитах|попита|спросил\p{L}*)[^.!?\n]{0,40}?(?:complaint|жалоб\p{L}*|жалб\p{L}*|претензи\p{L}*|оплакван\p{L}*)[^\n]{0,80}?(?:said no|declined|refused|отказал\p{L}*|отказа)|made no complaint|no complaint (?:was )?made|no complaints?(?: (?:logged|raised|received|on file))?(?=\s*[,.;–—-]|\s*$)|(?:has not|hasn['’]t|have not|haven['’]t|not|never|did not|didn['’]t) raised? (?:anything|any (?:issues?|complaints?|concerns?)) with us|no falling[- ]out|no (?:calls?|letters?|e-?mails?|contact)[^.!?\n]{0,30}? (?:to|with) (?:us|support\p{L}*|supporter care|customer (?:service|care))|не ругал\p{L}*|(?:клиент\p{L}*|абонат\p{L}*|абонент\p{L}*) не (?:е )?писал\p{L}* и не (?:е )?(?:звънял\p{L}*|звонил\p{L}*)|(?:the )?customer (?:has not|hasn['’]t|did not|didn['’]t) (?:written|write|called|call)(?: or (?:called|call|written|write))?|обращени\p{L}* [^.!?\n]{0,60}?(?:нет|не было|не поступало)|(?:к (?:вам|нам) )?никаких претензий(?: к (?:вам|нам))?|вопросов к (?:клинике|нам|вам|компании|магазину) нет|жаловаться ни на что не буду|не се оплаквам|(?:i['’]m )?not going to make a fuss|няма забележки към (?:нас|\p{L}+)|no issues raised|няма постъпвали (?:жалби|оплаквания|сигнали)|без претензий(?: к (?:нам|\p{L}+))?|без забележки към (?:нас|\p{L}+)|не сме имали разправии|не (?:е|са) споделял\p{L}* недоволство|(?:не са|не е) (?:ни )?казал\p{L}* (?:\p{L}+ )?(?:като )?забележк\p{L}*|(?:обаждания|запитвания|оплаквания|сигнали)[^.!?\n]{0,50}?(?:няма|не е имало|не са постъпвали)|did not complain|didn['’]t complain|(?:претензий|жалоб)(?: \p{L}+){0,3} не высказ(?:ывал|ал)\p{L}*|жалба не (?:е )?подаде|не (?:е )?подаде жалба|не высказ(?:ывал|ал)\p{L}* (?:претензий|жалоб)|без оплакван(?:е|ия)|оплаквания не (?:е )?изказвал\p{L}*|не (?:е )?изказвал\p{L}* оплаквания|no (?:issues?|problems?|complaints?) with (?:us|the (?:dealer\p{L}*|shop|store|company|clinic|salon|garage|agency))|(?:к (?:нам|\p{L}+) )?претензий (?:к (?:нам|\p{L}+)(?: \p{L}+)? )?(?:нет|не имеет|не имела|не имел)|(?:към (?:нас|\p{L}+) )?няма претенции(?: към (?:нас|\p{L}+))?|няма да се оплаквам|не буду жаловаться|i won['’]t complain|(?:i['’]m )?not going to complain|(?:didn['’]t|did not) (?:mention|say) anything (?:about us|bad|negative)|nothing wrong with (?:us|you)|ничего плохого не (?:говорил\p{L}*|сказал\p{L}*)|(?:про|о) \p{L}+ ничего плохого не (?:говорил\p{L}*|сказал\p{L}*)|нищо лошо не (?:каза|е казал\p{L}*))(?!\p{L})/iu;
// Every form of it names the complaint: the cheap stem first, since most notes say nothing of one.
const COMPLAINT_STEM = /fuss|вопросов к|не се оплаквам|забележки|жалба не|подаде жалба|жалби|не е писал|не писал|t written|t write|t called|t call|not written|not write|not called|not call|complain|жалоб|жалов|претенз|претенц|оплаква|issue|problem|anything|wrong with|плохого|лошо|falling|no (?:call|letter|e-?mail|contact)|ругал|обращени|замечани|забележк|разправи|недоволств|запитвани|обаждани|сигнали/i;

/** Whether words say the customer declined to give a reason, or made no complaint: no words of complaint either way. */
/**
 * Whether a text says the customer would not give a reason ("She didn't want to say why", «О причинах говорить не стала»):
 * only the company writes that of the customer. DECLINED is long; most texts hold none of its stems, so they are looked
 * for first (it ran on every text of a contact channel and cost a sixth of the classifier's time).
 */
function declinedNote(text: string): boolean {
  return DECLINED_STEM.test(text) && DECLINED.test(text);
}

/** A piece of text every expression of DECLINED holds (kept in step with it: a test below checks each example). */
const DECLINED_STEM = /говорить не стал|ne iskam|ne hochu|ne khochu|want to give|want to say|want to write|want to state|rather not|не каза|не посочи|go into|say much|skipped the|не буду|не объясн|не сообщил|казаха защо|уклонил|време за обяснения|времени|have time to|не хочу|не искам|не желае|komentir|prefers? not|preferred not|(?:comment|feedback|survey) (?:card|form)|кимна|кивнул|nodded|(?:ничего|нищо|nothing|значение|неважно|не важно|matter)\s*,|prichin|obyasn|obiasn|obqsn| to (?:give|say|state|explain|tell|provide|share|specify)|no reason|a reason|say why|say what|назвал|посочи причина|каза защо|объясн|обясн|отказ|не захотел|не стал|не пожела|не иска|причин|няма значение|say anything|a word|said nothing|не сказал|каза нищо|нищо не каза/iu;

/** Whether a note says outright that no complaint or claim was made: "No issue with us.", «Претензий не высказывала.». */
export function saysNoComplaint(text: string): boolean {
  return COMPLAINT_STEM.test(text) && NO_COMPLAINT.test(text);
}

function declines(value: string): boolean {
  return declinedNote(value) || NO_COMPLAINT.test(value);
}

/**
 * A staff member's note that says no complaint was made, on a channel of notes or signed with a role ("Eddie hasn't been in for
 * six weeks… no falling out that I know of. – Bev, shift lead", «Не появляется с конца января… Ничего не говорил, не ругался.
 * — кассир Оксана», „Не е идвал… не сме имали разправии. – Таня, касиер“): the company's note, whose "I" is its writer's.
 */
export function staffNoteWithoutComplaint(text: string, channel: string | undefined): boolean {
  // Where the note comes from first: the statement is looked for only in notes.
  return (signedByStaff(text) || (channel !== undefined && STAFF_NOTE_CHANNEL.test(channel))) && saysNoComplaint(text);
}

/** Whether the channel names staff notes or our own work ("trainer notes", "Front desk log", «бележка на треньор», "voice (outbound)"). */
export function staffNoteChannel(channel: string | undefined): boolean {
  return channel !== undefined && (STAFF_NOTE_CHANNEL.test(channel) || STAFF_WORK_CHANNEL.test(channel));
}

/** Our own work beside the notes of STAFF_NOTE_CHANNEL: outbound calls, logs, a dispatcher's desk, a sales rep's visits, call-backs. */
const STAFF_WORK_CHANNEL = /(?<!\p{L})(?:voice|driver app|courier app|приложени\p{L}* (?:курьера|водителя)|приложение(?:то)? на (?:куриера|шофьора)|operator['’]?s report|отч[её]т\p{L}* оператор\p{L}*|доклад на оператор\p{L}*|търговски представител|sales rep|обратно обаждане|диспетчер\p{L}*|outbound|исходящ\p{L}*|изходящ\p{L}*|обзвон\p{L}*|log)(?!\p{L})/iu;

/** A note signed at its end with a dash, a name and a role, either way round ("– Bev, shift lead", «— кассир Оксана», "– Marcus (VIP)"). */
function signedByStaff(text: string): boolean {
  // Only the note's last characters are looked at: a signature is short.
  const tail = text.slice(-STAFF_SIGNATURE_MAX);
  const dash = Math.max(tail.lastIndexOf('–'), tail.lastIndexOf('—'), tail.lastIndexOf(' - '));
  return dash >= 0 && STAFF_SIGNATURE.test(tail.slice(dash));
}

const STAFF_SIGNATURE_MAX = 48;
const STAFF_ROLE = 'shift lead|shift manager|manager|area manager|account manager|vip|vip host|cashier|receptionist|coach|trainer|host|agent|' +
  'supervisor|team lead|dispatcher|consultant|кассир|касиер|администратор|менеджер|оператор|диспетчер|диспечер|консультант|консултант|' +
  'тренер|треньор|приёмка|приемка|приёмщица|приемчик|мениджър|акаунт мениджър|управител|управляющ\\p{L}*|смена|смяна';
const STAFF_SIGNATURE = new RegExp(String.raw`^\s*[–—-]\s*(?:[\p{L}.]+(?:\s+[\p{L}.]+)?\s*(?:,\s*|\(\s*)(?:${STAFF_ROLE})(?!\p{L})[^\n]{0,24}|(?:${STAFF_ROLE})\s+[\p{L}.]+(?:\s+[\p{L}.]+)?)\s*\)?\s*$`, 'iu');
/** A channel of staff members' notes: "EPOS shift notes", «тетрадка на смяната», «бележка на консултант», «журнал смены». */
const STAFF_NOTE_CHANNEL = /(?<!\p{L})(?:notes?|бележк\p{L}*|бележник\p{L}*|заметк\p{L}*|журнал\p{L}*|дневник\p{L}*|тетрадк\p{L}*)(?!\p{L})/iu;

/** A label for the company's own note: "Agent note", "Account manager note", "Call summary", «Заметка оператора». */
const COMPANY_NOTE_LABEL = /(?:note|summary|log|бележк|заметк|примечани)/iu;
const CUSTOMERS_LABEL = /(?<!\p{L})(?:customer|client|buyer|guest|покупател\p{L}*|клиент\p{L}*|купувач\p{L}*|гост\p{L}*)(?!\p{L})/iu;

/** Whether a text opens with a field labelled as the company's note ("Internal note (agent Marisol):", «Бележка на рецепцията:»). */
function opensWithNoteLabel(text: string): boolean {
  // Cheap first: most texts have no colon within a label's length of their start.
  const colon = text.indexOf(':');
  if (colon < 1 || colon > NOTE_LABEL_MAX) return false;
  const label = text.slice(0, colon);
  return !NOT_IN_LABEL.test(label) && wordCount(label) <= 5 && COMPANY_NOTE_LABEL.test(label);
}

const NOTE_LABEL_MAX = 48;
const NOT_IN_LABEL = /[.!?\n]/u;

/** A reason given, as a note relays it: "because", «потому что», «так как», «из-за», «защото», «понеже». */
const REASON_GIVEN = /(?<!\p{L})(?:because|due to|потому что|так как|из-за|поскольку|защото|понеже|тъй като|заради)(?!\p{L})/iu;

/** The customer's own first person singular, as a company's note may quote it. */
// Not a Bulgarian «я» ("her", "it") after «да», «ще», «го», «че», «не»: «не е дошъл да я вземе», «каза, че я премества»,
// «клиентът не я поднови».
const FIRST_PERSON = /(?<!\p{L})(i|i['’]m|i['’]ve|i['’]ll|i['’]d|me|my|mine|(?<!(?:да|ще|го|че|не) )я|мне|меня|мой|моя|моё|мое|мои|мою|аз|мен|моят|моята|моето|моите)(?!\p{L})/iu;
const FIRST_PERSON_ALL = new RegExp(FIRST_PERSON.source, 'giu');

/**
 * A note that asked the customer why and relays an answer that says nothing is wrong: «На вопрос о причине сказал: «…просто
 * отключите»», „На въпроса защо каза: „…просто не го искам повече.““, "Asked if anything was wrong — she said 'no, just stop
 * them'". The question asked is the company's, so the note is its own.
 */
function nothingWrongWhenAsked(text: string): boolean {
  // The rarer words first, by a cheap stem: most notes ask nothing.
  if (!ASKED_STEM.test(text) || !ASKED_WHY.test(text)) return false;
  for (const sentence of text.split(SENTENCE_SPLIT)) if (ASKED_WHY.test(sentence) && relaysNothingWrong(sentence)) return true;
  return false;
}

const ASKED_STEM = /вопрос|въпрос|asked|попитах|спросил/i;
const ASKED_WHY = /(?<!\p{L})(?:на вопрос(?: о причине|,? почему| что не так)|на въпроса(?: защо| за причината)|asked (?:if|whether) (?:anything|something) was wrong|asked (?:if|whether) everything was (?:ok|okay|alright|all right|fine)|asked why|попитах (?:дали|защо)|спросил\p{L}*,? (?:почему|что не так|всё ли в порядке))(?!\p{L})/iu;

/** Whether a note says the customer declined to give a reason. */
export function declinedReason(text: string): boolean {
  if (declines(text)) return true;
  // Or gave one that says nothing is wrong: «На вопрос о причине: «всё нормально, просто больше не нужно»».
  for (const sentence of text.split(SENTENCE_SPLIT)) if (relaysNothingWrong(sentence)) return true;
  return false;
}

const SENTENCE_SPLIT = /(?<=[.!?…])\s+|\n/u;

/** A prompt for words that the customer passed by ("Feedback prompt dismissed", «Отзыв: пропущен»). */
const PASSED_BY = /(?<!\p{L})(dismissed|skipped|declined|ignored|closed without|пропущен\p{L}*|проигнорир\p{L}*|отклонен\p{L}*|пропуснат\p{L}*|игнориран\p{L}*|отказан\p{L}*)(?!\p{L})/iu;
/** A statement of absence is short. */
const ABSENCE_MAX_WORDS = 10;
/** A note that calls or reminders went unanswered names them and their dates: a little longer. */
const UNANSWERED_MAX_WORDS = 14;
/**
 * In a text the company wrote (its note about the customer, found by its own words) nobody else's
 * complaint stands beside it, so its note of what went unanswered may say more: what was missed, when.
 */
const COMPANY_UNANSWERED_MAX_WORDS = 24;
/** A form's question standing alone in its field ("0 | Why? |"): asked, not answered. */
const QUESTION_MAX_WORDS = 8;

const voiceHits: Hit[] = [];

/** A field's value read as a score on 0–10, 'placeholder', or undefined (free text). */
/** Whether a value says no words were given: a placeholder ("-", "n/a", «нет»), a one-word decline ("STOP"), a bare "ok". */
export function placeholderValue(value: string): boolean {
  return fieldValue(value, noStars) === 'placeholder';
}

function fieldValue(raw: string, starsIn: (value: string) => { value: number } | undefined): number | 'placeholder' | 'reference' | undefined {
  let value = raw.trim().replace(ANSWER_LABEL, '');
  if (value.endsWith('.') && !value.endsWith('..')) value = value.slice(0, -1).trimEnd();
  let bare = value.toLowerCase();
  if (bare.endsWith('.')) bare = bare.slice(0, -1).trim();
  bare = unwrapped(bare);
  // The lists spell apostrophes straight: "I’d rather not say" is read as "I'd rather not say".
  bare = bare.replace(CURLY_APOSTROPHE, "'");
  if (bare === '' || PLACEHOLDERS.has(bare) || placeholderPair(bare)) return 'placeholder';
  // A system's code ("NOT_AS_EXPECTED") is a reference, not the customer's words.
  if (AMOUNT.test(value) || SYSTEM_CODE.test(value)) return 'reference';
  if (STARS.test(value)) return starsIn(value)?.value;
  // Stars in words as the whole answer ("How was your order? 1 star", «Оценка: 2 звезды»), on 1–5 as CSAT is.
  const starWords = STAR_WORDS_VALUE.exec(value);
  if (starWords !== null) return (Number(starWords[1]) - 1) * 2.5;
  if (LOW_FACES.test(value)) return 0;
  const outOf = OUT_OF.exec(value);
  if (outOf !== null) {
    const got = Number((outOf[1] as string).replace(',', '.'));
    const scale = Number(outOf[2]);
    if (scale === 5) return Math.max(0, (got - 1) * 2.5);
    return scale > 0 && got <= scale ? (got / scale) * 10 : undefined;
  }
  const number = BARE.exec(value);
  if (number !== null) {
    const got = Number((number[1] as string).replace(',', '.'));
    return got <= 10 ? got : undefined;
  }
  if (!LETTER.test(value)) return 'reference';
  const words = PARENS.exec(value);
  if (LOW_WORDS.test(bare) || (words !== null && LOW_WORDS.test((words[1] as string).trim()))) return 0;
  return undefined;
}

const STAR_WORDS_VALUE = /^([1-5])\s*(?:stars?|звезд\p{L}*|звезди)$/iu;

const WRAPPERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>', '«': '»', '„': '“', '“': '”', '"': '"', "'": "'" };

/** "(skipped)", "[skipped]", "<empty>" → the words inside. */
function unwrapped(value: string): string {
  const close = WRAPPERS[value.charAt(0)];
  return close !== undefined && value.endsWith(close) ? value.slice(1, -1).trim() : value;
}

/** "Other (not specified)", «Друго (не е посочено)»: a placeholder qualified by another. */
function placeholderPair(value: string): boolean {
  const open = value.indexOf('(');
  if (open <= 0 || !value.endsWith(')')) return false;
  // Either half may be quoted: «Причина: «Другое» (поле пустое)».
  return PLACEHOLDERS.has(unwrapped(value.slice(0, open).trim())) && PLACEHOLDERS.has(value.slice(open + 1, -1).trim());
}

/** Whether a line is a form's field ("Label: value") whose value is free text, not a score or a placeholder. */
export function freeTextField(line: string): boolean {
  const field = FIELD.exec(line);
  if (field === null || wordCount(field[1] as string) > 5) return false;
  // A score and what it rated ("Rating: 1/5 – carer visit 21 Apr") is the form's title, not words in its box.
  if (SCORE_OF_WHAT.test(field[2] as string)) return false;
  return fieldValue(field[2] as string, () => undefined) === undefined;
}

const SCORE_OF_WHAT = /^\s*\d{1,2}(?:[.,]\d)?\s*(?:\/|из|от|out of|of)\s*(?:5|10)\s*[–—-]\s*[^.!?\n]{1,40}$/u;

/** The end of the sentence that starts at `from`: a line end, or `.`/`!` followed by a space. */
function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A line end, or a semicolon, a bar or a tab between a form's fields ("Staff: 5/10; Food: 2/10", "NPS: 3 | Comment: —").
    if (code === 0x0a || code === 0x3b || code === 0x7c || code === 0x09) return i;
    if ((code === 0x2e || code === 0x21) && (i + 1 === text.length || text.charCodeAt(i + 1) === 0x20)) return i + 1;
  }
  return text.length;
}

function hasVoice(text: string, from: number, to: number, rules: CompiledRules): boolean {
  voiceHits.length = 0;
  rules.notes.scan(text, FIELD_BIT.text, voiceHits, from, to);
  // A quotation nobody in the sentence is said to have said is a title — an e-mail's, a survey's, a link's
  // («Push-опрос «Почему вы уходите?» — проигнорирован»): its "you" and "I" are no one's voice here. A quote
  // someone said ("Клиент сказал «…»") is read as relayed words after this.
  for (const hit of voiceHits) {
    if (hit.rule === NOTE_CUSTOMER_VOICE && !insideQuotation(text, from, hit.start) && !pageName(text, from, hit.start) && !bulgarianClitic(text, hit)) return true;
  }
  return false;
}

/** Bulgarian «я» after «да», «ще» and the like is "her, it", not the Russian "I": „получателят отказа да я плати“, „ще я върнем“. */
function bulgarianClitic(text: string, hit: Hit): boolean {
  return hit.end - hit.start === 1 && (text.charCodeAt(hit.start) === 0x44f || text.charCodeAt(hit.start) === 0x42f) && CLITIC_BEFORE.test(text.slice(Math.max(0, hit.start - 4), hit.start));
}

// The same words before it as FIRST_PERSON's.
const CLITIC_BEFORE = /(?:^|[^\p{L}])(?:да|ще|го|че|не)\s$/iu;

/** Whether a sentence holds the customer's first person singular, a page's name ("via My Account") aside. */
function firstPerson(sentence: string): boolean {
  if (!FIRST_PERSON.test(sentence)) return false;
  FIRST_PERSON_ALL.lastIndex = 0;
  for (let found = FIRST_PERSON_ALL.exec(sentence); found !== null; found = FIRST_PERSON_ALL.exec(sentence)) {
    if (!pageName(sentence, 0, found.index)) return true;
  }
  return false;
}

/**
 * A capitalised "My" inside a sentence before a capitalised word is a page's or an app's name ("removed via My
 * Account", "in the My Vodafone app"), not the customer's "my".
 */
function pageName(text: string, from: number, at: number): boolean {
  if (text.charCodeAt(at) !== 0x4d || text.charCodeAt(at + 1) !== 0x79 || text.charCodeAt(at + 2) !== 0x20) return false;
  const next = text.charAt(at + 3);
  return next !== next.toLowerCase() && hasLetter(text, from, at);
}

/** Whether `at` stands inside a quotation opened after `from` («…», „…“, “…”, "…", '…'). */
function insideQuotation(text: string, from: number, at: number): boolean {
  let open = 0;
  let bulgarian = false;
  let straight = false;
  let single = false;
  for (let i = from; i < at; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0xab || code === 0x201e) {
      open += 1;
      bulgarian = code === 0x201e;
    } else if (code === 0xbb || code === 0x201d || (code === 0x201c && bulgarian)) {
      if (open > 0) open -= 1;
    } else if (code === 0x201c) open += 1;
    else if (code === 0x22) straight = !straight;
    // A straight single quote opens after a space or a line's start before a letter, and closes before a non-letter;
    // between letters it is an apostrophe ("don't").
    else if (code === 0x27) {
      const before = i === 0 ? 0x20 : text.charCodeAt(i - 1);
      const after = text.charCodeAt(i + 1);
      if (!single && (before === 0x20 || before === 0x0a || before === 0x28) && isLetterCode(after)) single = true;
      else if (single && !isLetterCode(after)) single = false;
    }
  }
  return open > 0 || straight || single;
}

function isLetterCode(code: number): boolean {
  return (code > 0x40 && code < 0x5b) || (code > 0x60 && code < 0x7b) || code >= 0xc0;
}

/** Whether [from, to) holds a colon, a question mark or an equals sign: only then may it be a form's field. */
function mayBeField(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x3a || code === 0x3f || code === 0x3d) return true;
  }
  return false;
}

/**
 * An app's or a system's event as `key=value` fields: one between `;` or `|` ("rating=1; comment=;"),
 * or several on a line (`order=TTS-1 action=return free_text="" refund=full`), a value bare or quoted.
 */
const KEY_VALUES = /^\s*(?:[\p{L}_]{1,32}\s*=\s*(?:"[^"\n]{0,80}"|'[^'\n]{0,80}'|[^\s"']{0,40})\s*)+$/u;
const KEY_VALUE = /([\p{L}_]{1,32})\s*=\s*("[^"\n]{0,80}"|'[^'\n]{0,80}'|[^\s"']{0,40})/gu;
/**
 * A system's event as a JSON object on one line, read as its `key=value` pairs are: a words key
 * whose value is `null` or "" is a box left empty (`"комментарий_клиента":null`).
 */
const JSON_OBJECT = /^\s*\{\s*"[^"\n]{1,40}"\s*:[^\n]*\}\s*$/u;
const JSON_PAIR = /"([\p{L}_]{1,32})"\s*:\s*("(?:[^"\\\n]|\\.){0,200}"|null|true|false|-?\d+(?:\.\d+)?)/gu;
/**
 * A line of `key=value` pairs whose bare values may run on in numbers ("msisdn=+44 7700 900418
 * donor=TeleVox"): it opens with a pair, holds two or more, and has no letters outside them.
 */
function keyValuesWithNumbers(line: string): boolean {
  const named = EVENT_NAME.exec(line);
  if (named !== null) line = line.slice(named[0].length);
  if (!KEY_VALUE_START.test(line)) return false;
  let pairs = 0;
  const rest = line.replace(KEY_VALUE, () => {
    pairs += 1;
    return ' ';
  });
  // What is left may be numbers, masked too ("номер=+359 88x xxx 415"), a code in capitals
  // ("target_fund=друг ПОД") or a value's second word ("recipient=друг оператор"): no more words than
  // pairs. One pair will do when only numbers are left (`event=port_out; номер=+359 88x xxx 415`).
  const words = rest.replace(MASKED_NUMBER, ' ');
  if (pairs === 1) return !ANY_LETTER.test(words);
  return pairs >= 2 && (!LOWER_CASE.test(words) || wordCount(words) <= pairs - 1);
}

const LOWER_CASE = /\p{Ll}/u;
const ANY_LETTER = /\p{L}/u;
/** A number, or one partly masked ("88x", "xxx", "****1234"), standing alone. */
const MASKED_NUMBER = /(?<![\p{L}\d])(?:[\dxX*•]*\d[\dxX*•]*|[xX*•]{2,})(?![\p{L}\d])/gu;

const KEY_VALUE_START = /^\s*[\p{L}_]{1,32}\s*=/u;
/** An event's name before its pairs: `subscription_cancelled plan=… reason=null` (one word joined by "_" or "."). */
const EVENT_NAME = /^\s*[\p{L}]+(?:[_.][\p{L}]+)+\s+(?=[\p{L}_]{1,32}\s*=)/u;

/** A system's event as the whole text: a JSON object, or `key=value` pairs (a channel need not say it came from a system). */
export function systemEvent(text: string): boolean {
  // A system's row of cells ("БРОНЬ Т-55190 | Драмтеатр | 21.01 19:00 | не выкуплена | места возвращены в продажу"): three
  // or more short cells on one line, with a number among them.
  if (text.indexOf(' | ') >= 0 && PIPE_ROW.test(text) && /\d/u.test(text)) return true;
  // Cheap first: an event opens with "{" or holds an "=" on its one line.
  const brace = text.trimStart().charCodeAt(0) === 0x7b;
  if ((!brace && text.indexOf('=') < 0) || text.trimEnd().indexOf('\n') >= 0) return false;
  return brace ? JSON_OBJECT.test(text) : KEY_VALUES.test(text) || keyValuesWithNumbers(text);
}

const PIPE_ROW = /^[^|\n]{1,60}(?: \| [^|\n]{1,60}){2,}$/u;

/** A key whose number is a rating, and one whose value is the customer's words. */
const RATING_KEY = /(?:rating|score|stars|nps|csat|оценк|рейтинг|звезд)/iu;
const CODE = /[_\d]/u;
const WORDS_KEY = /(?:comment|feedback|reason|message|remark|review|text|body|content|description|комментари|отзыв|причин|сообщени|текст|описани|коментар|мнени|съобщени|съдържани)/iu;

/**
 * What a `key=value` says: a rating key's number is a score, a words key left empty (or with a
 * placeholder) is an absence, a words key with a word is the customer's (with a code, the system's);
 * any other key is the system's.
 */
function keyValue(key: string, raw: string, starsIn: (value: string) => { value: number } | undefined): number | 'placeholder' | 'words' | 'system' {
  if (WORDS_KEY.test(key)) {
    // A code ("reason=inactivity_180d", "reason=no_login_120d") is the system's, not words.
    if (CODE.test(raw)) return 'system';
    const value = fieldValue(raw, starsIn);
    return value === 'placeholder' ? 'placeholder' : value === undefined ? 'words' : 'system';
  }
  if (!RATING_KEY.test(key)) return 'system';
  const value = fieldValue(raw, starsIn);
  return typeof value === 'number' ? value : 'system';
}

/**
 * The text without its form's fields left empty ("Reason for cancelling: -", "Comment: (left blank)"), without a reason
 * withheld ("Reason for closing: rather not say.", «Причину указывать не буду.»), and without the company's note in
 * brackets under it ("[Agent note: two lessons were cancelled in January]", «[Бележка на агент: …]»): what the customer
 * wrote, for a reading that looks for a reason in words (read.ts, the closure request). `keepRequests` keeps the sentences
 * that say nothing is wrong ("Please cancel.", «всё нормально»), for a reading that looks for the act itself.
 */
export function customersLines(text: string, keepRequests = false): string {
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    // A chat's lines by the desk ("Agent: may I ask why?", «Оператор: …», "[visitor left the chat]") are not the customer's;
    // the customer's own turn is read without its label ("Customer: please close my account").
    if (BRACKETED_NOTE.test(line) || SYSTEM_LINE.test(line) || COMPANY_SPEAKER.test(line) || COMPANY_NAMED_SPEAKER.test(line)) continue;
    const said = line.replace(CUSTOMER_TURN, '').replace(TIMED_SPEAKER, '').split(INLINE_SENTENCE_BREAK).filter((sentence) => !noReasonGiven(sentence) && (keepRequests || !nothingWrongAnswer(sentence)));
    if (said.length > 0) kept.push(said.join(' '));
  }
  return kept.join('\n');
}

const INLINE_SENTENCE_BREAK = /(?<=[.!?])\s+/u;
/** A chat line's time and its speaker's name ("[14:31] Ирина: …"): the customer's turn, read without them. */
const TIMED_SPEAKER = /^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*(?:[\p{L}.-]+(?:\s+[\p{L}.-]+){0,2}\s*:\s*)?/u;
/** The customer's turn at a line's start in a chat: "Customer:", "Visitor:", «Клиент:», «Посетитель:». */
const CUSTOMER_TURN = /^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?(?:customer|client|caller|visitor|user|клиент\p{L}*|посетител\p{L}*|абонат\p{L}*|абонент\p{L}*)\s*:\s*/iu;

/** A sentence that is a field left empty or a reason withheld, or that says the customer would not give one. */
function noReasonGiven(sentence: string): boolean {
  const field = sentence.indexOf(':') >= 0 ? FIELD.exec(sentence.trim()) : null;
  if (field !== null && wordCount(field[1] as string) <= 5 && fieldValue(field[2] as string, noStars) === 'placeholder') return true;
  return declinedNote(sentence);
}

/** A line that is the company's note in brackets: "[Agent note: …]", «[Бележка на агент: …]», «[Заметка оператора: …]». */
const BRACKETED_NOTE = /^\s*\[[^\]\n:]{0,40}(?:note|бележка|заметка|примечание|коментар|комментарий)[^\]\n:]{0,40}:[^\]\n]*\]\s*$/iu;

/** Whether the line that `from` starts (after spaces) is quoted with ">". */
function quotedLine(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i += 1;
  return text.charCodeAt(i) === 0x3e && (i === 0 || text.charCodeAt(i - 1) !== 0x2d);
}

function lineEndAt(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (isLetterCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Reads whose words `text` holds; `channel` is the kind of the record's channel. Sentences are
 * read in place, in order, and the reading stops at the first sentence in the customer's voice.
 */
export function whoseWords(
  text: string,
  channel: ChannelKind,
  rules: CompiledRules,
  starsIn: (value: string) => { value: number } | undefined,
  byCompany = false,
): WhoseWords {
  const result: WhoseWords = { kind: 'form', score: undefined, absence: undefined };
  let thirdPerson = false;
  // The company's note under its own label ("Internal note (agent Marisol): … I sent him a voucher"): "I" is its agent.
  const agentsNote = byCompany && (opensWithNoteLabel(text) || signedByStaff(text));
  // The note says outright that no complaint was made, or one offered was declined: what it relays is no complaint,
  // and the sentences of the statement itself are an absence.
  const noComplaint = COMPLAINT_STEM.test(text) ? NO_COMPLAINT.exec(text) : null;
  let reasonDeclined: boolean | undefined;
  for (let from = 0; from < text.length; ) {
    const to = sentenceEnd(text, from);
    const next = to === from ? to + 1 : to;
    if (noComplaint !== null && from < noComplaint.index + noComplaint[0].length && to > noComplaint.index) {
      result.absence ??= noComplaint[0];
      from = next;
      continue;
    }
    // A line quoted with ">" is the thread below a reply, not this record's words.
    if (quotedLine(text, from)) {
      from = lineEndAt(text, from) + 1;
      continue;
    }
    // A form's own question left unanswered ("Is there anything you would like to tell us?" with nothing after it on its line or
    // field, «Что нам улучшить?», „Какво можем да подобрим?“): the box was left empty.
    if (channel === 'form' && unansweredFormQuestion(text.slice(from, to)) && !answeredBelow(text, to)) {
      result.absence ??= text.slice(from, to).trim();
      from = next;
      continue;
    }
    if (!hasLetter(text, from, to)) {
      // A number or a reference alone says nothing in words.
      from = next;
      continue;
    }
    if (mayBeField(text, from, to)) {
      const sentence = text.slice(from, to).trim();
      const json = JSON_OBJECT.test(sentence);
      if (json || KEY_VALUES.test(sentence) || keyValuesWithNumbers(sentence)) {
        for (const pair of sentence.matchAll(json ? JSON_PAIR : KEY_VALUE)) {
          const said = keyValue(pair[1] as string, pair[2] === 'null' || pair[2] === 'NULL' ? '' : unquoted(pair[2] as string), starsIn);
          if (said === 'words') return comment(result);
          if (said === 'placeholder') result.absence ??= pair[0];
          else if (typeof said === 'number' && (result.score === undefined || said < result.score.value)) result.score = { value: said, words: pair[0] };
        }
        from = next;
        continue;
      }
      const asked = QUESTION_AND_ANSWER.exec(sentence);
      const answered = asked ?? ANSWERED.exec(sentence);
      const field = answered === null ? FIELD.exec(sentence) : null;
      const labelled = answered ?? (field !== null && wordCount(field[1] as string) <= 5 ? field : null);
      if (labelled !== null) {
        const value = onScale(fieldValue(labelled[2] as string, starsIn), asked !== null && SCALE_OF_FIVE.test(labelled[1] as string));
        // An answer that says nothing is wrong ("no complaints, just dont need it anymore x", «всё норм, просто передумал»).
        // Read to its line's end: "Message: Please cancel. The dishes are repetitive…" goes on to say why, "Details: just
        // cancel. not gonna write a review or anything" does not.
        const lineEnd = lineEndAt(text, to);
        if (value === undefined && nothingWrongAnswer(`${labelled[2] as string} ${text.slice(to, lineEnd)}`)) {
          result.absence ??= sentence;
          from = lineEnd + 1;
          continue;
        }
        // A questionnaire's answer in words ("Q: Why? A: the courier never called") is the customer's comment.
        if (asked !== null && value === undefined) return comment(result);
        // A form's "why" answered in a few words beside its comment box left empty ("Why are you leaving?: Too
        // expensive" over "Anything else?:"): the answer was picked from the form's list.
        if (answered !== null && asked === null && value === undefined && REASON_LABEL.test(answered[1] as string) &&
          wordCount(answered[2] as string) <= PRESET_MAX_WORDS && emptyCommentBox(text)) {
          from = next;
          continue;
        }
        if (value === 'placeholder') result.absence ??= sentence;
        else if (typeof value === 'number') {
          if (result.score === undefined || value < result.score.value) result.score = { value, words: sentence };
        } else if (value === undefined && field !== null && PRESET.test(field[1] as string)) {
          // A reason picked from a list ("Reason (from the list): Size doesn't fit", «Причина (от списъка): …»): the form's words.
          from = next;
          continue;
        } else if (value === undefined && field !== null) {
          // A free-text value is the customer's words in a form's box ("Comment: the room was dirty");
          // in a system's feed only under a label for them ("Reason: …"), else it is the system's value ("Risk: high").
          // "Driver note: customer didn't give a reason": the field holds a statement that none was given.
          // A question for the customer's ideas ("What could we improve?", «Что улучшить», «Какво да подобрим») holds their words.
          // Not the company's own note's proposal («Предложение: прекратяване.» in a security desk's log).
          if (!byCompany && IDEAS_BOX.test(field[1] as string)) return comment(result);
          // An out-of-office reply ("Automatic reply: I am out of the office…", «Автоответ: Я в отпуске…») is a machine's, no words.
          if (AUTO_REPLY.test(field[1] as string)) {
            result.absence ??= sentence;
            from = next;
            continue;
          }
          // An answer under its verb that says nothing is wrong ("Answered: 'all fine'", «Ответила: «всё нормально»»).
          if (relaysNothingWrong(sentence)) {
            result.absence ??= sentence;
            from = next;
            continue;
          }
          // A chat's turn under the customer's name in the agent's transcript ("Fiona: I've been charged twice" beside "Agent Mo:
          // …") is the customer speaking, in the first person.
          if (PERSON_NAME.test(field[1] as string) && firstPerson(field[2] as string) && !COMPANY_SPEAKER.test(sentence) && COMPANY_TURN.test(text)) return comment(result);
          // A complaint relayed under its verb («Клиент жалуется: … менеджер не отвечает») is the customer's, whatever it says.
          // So is one under the caller's mood noted ("Caller upset: reprint promised for 12 March, still in production").
          if (COMPLAINS_LABEL.test(field[1] as string) || RELAYED_COMPLAINT.test(field[1] as string)) return comment(result);
          // In the customer's own box, "nobody answers" is their complaint about us («Коментар: никой не вдига телефона…»).
          if (!byCompany && WORDS_BOX.test(field[1] as string) && NOBODY.test(field[2] as string) && wordCount(field[2] as string) >= ANSWER_MIN_WORDS) return comment(result);
          // A form's question in a field ("Q: What could we do better?") with its answer on the next line is answered.
          const answeredBelow = (field[2] as string).trimEnd().endsWith('?') && answeredAfter(text, to);
          if ((absenceStatement(field[2] as string, channel, byCompany) && !answeredBelow) || declines(field[2] as string)) {
            result.absence ??= sentence;
            from = next;
            continue;
          }
          // A reason the system inferred ("Inferred reason: price", «Вероятна причина: …») is its guess, not the customer's words.
          if (INFERRED_LABEL.test(field[1] as string) && REASON_LABEL.test(field[1] as string)) {
            from = next;
            continue;
          }
          // A reason in a few words beside the customer's comment box left empty («Причина возврата: не подошло» over
          // «Комментарий покупателя: —»): the reason was picked from the form's list; the customer wrote nothing.
          if (REASON_LABEL.test(field[1] as string) && wordCount(field[2] as string) <= PRESET_MAX_WORDS && emptyCommentBox(text)) {
            from = next;
            continue;
          }
          // In the company's own text, its note's label ("Account manager note:") holds its words, not the customer's.
          // Unless it quotes someone at length: «Бележка: „Моторът мирише на изгоряло още при първото ползване…“».
          // A note labelled as the customer's ("Customer note:", «Бележка на клиента:») is theirs.
          // So is a staff member's box in a system's row ("Комментарий менеджера: на письма и звонки не отвечают").
          if (WORDS_BOX.test(field[1] as string) && (!((byCompany || channel === 'system') && (COMPANY_NOTE_LABEL.test(field[1] as string) || STAFF_LABEL.test(field[1] as string))) || quotesAtLength(field[2] as string) ||
            CUSTOMERS_LABEL.test(field[1] as string))) return comment(result);
          // A complaint relayed in a field's value («Входящо обаждане: клиентът се оплаква, че…») is the customer's.
          if (relayed(field[2] as string)) return comment(result);
          // Another field's free value ("Product: winter jacket", «Товар: куртка») is the form's: the
          // customer's words only where no box says they left none (read as a third-person sentence).
          if (channel !== 'system') thirdPerson = true;
          from = next;
          continue;
        }
        if (value !== undefined) {
          from = next;
          continue;
        }
      }
    }
    const sentence = text.slice(from, to);
    // A whole line that is a placeholder or a one-word decline ("STOP" to an SMS, «Отказ», "n/a") gives no words.
    if (from === 0 && to >= text.trimEnd().length && placeholderValue(sentence)) {
      result.absence ??= sentence.trim();
      from = next;
      continue;
    }
    // A form's question for the customer's ideas ("Что нам улучшить?", "What could we improve?") with an
    // answer after it in sentences of its own: the answer is the customer's words.
    const asks = sentence.indexOf('?');
    if (!byCompany && asks > 0 && IDEAS_BOX.test(sentence.slice(0, asks)) && answeredAfter(text, from + asks + 1)) return comment(result);
    // In the company's own text "you" is the customer addressed ("We noticed you haven't booked"):
    // only the first person singular is the customer's voice there.
    // A reason relayed ("left for a competitor because it is cheaper") is the customer's word in either.
    // An out-of-office reply in the first person ("I am out of the office until…", «Я в отпуске до…») is a machine's.
    if (OUT_OF_OFFICE.test(sentence)) {
      result.absence ??= sentence.trim();
      from = next;
      continue;
    }
    // Words relayed that say nothing is wrong ("said 'it's fine, I just don't want it anymore'", «сказал «всё нормально,
    // не нужно»», «каза „няма нужда“»): no reason given, whoever relays them.
    if (relaysNothingWrong(sentence)) {
      result.absence ??= sentence.trim();
      from = next;
      continue;
    }
    // A form's own question to a leaver ("Why are you leaving?", «Почему вы уходите?»): its "you" is the customer addressed.
    // Left without an answer in words on its line or the next ("> Prefer not to say"), it is a box left empty.
    if ((channel === 'form' || channel === 'system') && LEAVING_PROMPT.test(sentence)) {
      if (!answeredAfter(text, to)) {
        result.absence ??= sentence.trim();
        // Its placeholder answer on the same line ("Why did you cancel? -> I don't want to answer") is read with it.
        from = lineEndAt(text, to) + 1;
        continue;
      }
      from = next;
      continue;
    }
    if (byCompany ? (!agentsNote && firstPerson(sentence)) || REASON_GIVEN.test(sentence) : hasVoice(text, from, to, rules)) return comment(result);
    if (declines(sentence)) {
      result.absence ??= sentence.trim();
      from = next;
      continue;
    }
    // Reported speech relays the customer's words ("Customer said the fees are too high"); not
    // when negated ("never said why", «причину не сообщил»). A negation after the verb is what was
    // said («се оплаква, че няма сигнал»).
    // Not when the note says no complaint was made: «Сказала, что почитала отзывы… и передумала. Претензий не высказывала.»
    // Nor when it says the customer would not say why: what was relayed is what they did («переводит сына в другую школу»), not a reason.
    if ((relayed(sentence) && noComplaint === null && !(reasonDeclined ??= declinedNote(text))) || (REMEDY_ASKED.test(sentence) && !(reasonDeclined ??= declinedNote(text))) || COMPLAINT_CALLED.test(sentence) ||
      (noComplaint === null && moodOfACall(text, sentence))) return comment(result);
    if (absenceStatement(sentence, channel, byCompany, !thirdPerson)) result.absence ??= sentence.trim();
    else thirdPerson = true;
    from = next;
  }
  if (thirdPerson) {
    if (channel !== 'system' && result.absence === undefined) return comment(result);
    result.kind = 'note';
  }
  return result;
}

/** Whether a field of the text is the customer's comment box left empty ("Comment: —", «Комментарий покупателя: -»). */
/** Whether a sentence is one of a form's own questions to the customer, ending at its "?" with nothing after it. */
function unansweredFormQuestion(sentence: string): boolean {
  const trimmed = sentence.trim();
  const question = trimmed.replace(SKIPPED_MARK, '');
  return question.endsWith('?') && question.indexOf('?') === question.length - 1 && FORM_QUESTION.test(question);
}

/** Whether the next line or field after a form's question is its answer: words with no question of their own. */
function answeredBelow(text: string, to: number): boolean {
  const next = text.slice(to, to + ANSWER_REACH).replace(/^[\s|]+/u, '').split(/[\n|]/u, 1)[0] as string;
  return LETTER.test(next) && !next.includes('?');
}

// A survey export's mark of a question skipped: "(skipped)", «(вопрос пропущен)», „(пропуснат)“.
const SKIPPED_MARK = /\s*\((?:skipped|no answer|question skipped|вопрос пропущен|пропущен\p{L}*|пропуснат\p{L}*|без отговор)\)$/iu;
// The questions a survey asks for the customer's words: "Is there anything…", "What could we…", «Что нам улучшить», „Има ли нещо…“.
const FORM_QUESTION = /^(?:is there anything|anything else|what (?:could|can|should) we|how (?:could|can) we|would you like to|do you have any|please tell us|tell us|any (?:other |further )?comments|есть ли (?:что-то|что-нибудь)|что (?:мы можем|нам|бы вы)(?: стоит| нужно| следует)? (?:улучшить|изменить|сделать)|хотите (?:что-то|что-нибудь) (?:добавить|сказать)|ваш комментарий|има ли нещо|какво (?:можем|бихме могли|да) (?:да )?(?:подобрим|променим)|искате ли да (?:добавите|споделите))/iu;

function emptyCommentBox(text: string): boolean {
  for (const piece of text.split(FIELD_SEPARATOR)) {
    const field = FIELD.exec(piece.trim());
    if (field !== null && COMMENT_LABEL.test(field[1] as string) && wordCount(field[1] as string) <= 5 && fieldValue(field[2] as string, noStars) === 'placeholder') return true;
    // A question for the customer's comment with nothing after it: "Anything else?:", «Что-нибудь ещё?».
    if (field === null && COMMENT_LABEL.test(piece) && EMPTY_QUESTION.test(piece)) return true;
    // The box's emptiness said in words: «Комментарий покупателя отсутствует», "No customer comment".
    if (field === null && COMMENT_LABEL.test(piece) && wordCount(piece) <= 5 && (NEGATION.test(piece) || LEFT_EMPTY.test(piece))) return true;
  }
  return false;
}

const FIELD_SEPARATOR = /[\n;|\t]|(?<=[.!])\s+/u;
const EMPTY_QUESTION = /^[^?]{3,60}\?\s*:?\s*$/u;
const REASON_LABEL = /(reason|why|причин|почему|защо)/iu;
const INFERRED_LABEL = /(inferred|probable|likely|predicted|estimated|suspected|вероятн|предполагаем|прогноз|възможн)/iu;
const COMMENT_LABEL = /(comment|remark|details|anything else|что-нибудь ещё|что-нибудь еще|нещо друго|(?:customer|buyer|client)['’]?s? note|note from (?:the )?(?:customer|buyer)|коммент|примечани|замечани|коментар|бележк)/iu;
/** A reason a form offers in its list is a few words ("Didn't fit", «Не подошло», «Не ми хареса»). */
const PRESET_MAX_WORDS = 4;

/** Whether words follow a question (`to` is right after its mark) on its line or the next, other than a placeholder ("-", "n/a"). */
function answeredAfter(text: string, to: number): boolean {
  const after = text.slice(to, to + ANSWER_REACH);
  const rest = after.replace(/^[?\s:]+/u, '');
  const line = rest.split('\n', 1)[0] as string;
  // The box left empty on its own line, and the form's next question below it ("What could we do better?" over
  // "May we contact you? No"): that line answers its own question, not this one.
  if (NEXT_LINE.test(after) && line.includes('?')) return false;
  return LETTER.test(line) && fieldValue(line, () => undefined) !== 'placeholder' && wordCount(line) >= ANSWER_MIN_WORDS;
}

/** Nothing after the question on its own line: what follows starts on the next one. */
const NEXT_LINE = /^[?:\t ]*\r?\n/u;

const ANSWER_REACH = 200;
/** A form's short answer ("нормально всё", "all fine") is no comment; a sentence of the customer's is. */
const ANSWER_MIN_WORDS = 5;

/**
 * Whether a sentence relays, after a verb of reported speech, a quotation whose every clause says nothing is wrong:
 * "it's fine", "no need", "I just don't want it anymore", «всё нормально», «не нужно», «просто так», «няма нужда».
 */
function relaysNothingWrong(sentence: string): boolean {
  // A quotation standing as the whole sentence in a note is the customer's words relayed: „Всичко е наред, просто спирам.“
  const verb = REPORTED.exec(sentence) ?? ANSWERED_VERB.exec(sentence);
  // A verb with no quotation after it («„Всичко е наред.“ Отказа отстъпка.») leaves the quotation the sentence opens with.
  const quote = (verb === null ? null : QUOTED_SPEECH.exec(sentence.slice(verb.index))) ?? (BARE_QUOTE.test(sentence) ? QUOTED_SPEECH.exec(sentence) : null);
  if (quote === null) return false;
  return everyClauseSaysNothingWrong((quote[1] ?? quote[2] ?? quote[3] ?? quote[4] ?? quote[5] ?? '').toLowerCase());
}

/** A form's answer whose every clause says nothing is wrong, with a sign-off at most ("x", ":)", a thank-you). */
function nothingWrongAnswer(value: string): boolean {
  return everyClauseSaysNothingWrong(unwrapped(value.trim().toLowerCase()).replace(SIGN_OFF, ''));
}

/** Whether words (lower-cased) say nothing is wrong in every clause, words of address aside, in one clause at least. */
function everyClauseSaysNothingWrong(said: string): boolean {
  let clauses = 0;
  for (const raw of said.split(CLAUSE_BREAK)) {
    const clause = raw.trim().replace(FILLER, '').trim();
    if (clause === '' || ENDEARMENT.test(clause)) continue;
    if (!NOTHING_WRONG.test(clause) && !WITHHELD_REASONS.has(clause.replace(CURLY_APOSTROPHE, "'"))) return false;
    clauses += 1;
  }
  return clauses > 0;
}

/** A word of address or a closing aside beside an answer ("no, just cancel it, love", „няма значение, моето момиче“, «…, и всё»): no reason by itself. */
const ENDEARMENT = /^(?:и вс[её]|вот и вс[её]|that['’]s (?:all|it)|и толкова|това е|love|dear|darling|mate|hun|pet|sweetheart|милая|милый|дорогая|дорогой|доченька|дочка|сынок|деточка|моето момиче|момиче|миличка|мило|моето момче|пиле)$/u;

const SIGN_OFF = /(?:\s+x+|\s*[:;]-?\)+|\s*[\u{1F600}-\u{1F64F}\u{2764}\u{1F44D}])+\s*$/u;

/** An automatic reply's label: "Automatic reply", "Auto-reply", "Out of office", «Автоответ», «Автоматичен отговор». */
const AUTO_REPLY = /^\s*(?:automatic reply|auto[\s-]?reply|autoreply|out of (?:the )?office|ooo|автоответ|автоматическ\p{L}* ответ|автоматичен отговор|извън офиса)/iu;
/** A line of the text that opens with an automatic reply's label: the record holds a machine's reply, not the customer's. */
const AUTO_REPLY_LINE = new RegExp(`(?:^|\\n)${AUTO_REPLY.source.slice(1)}\\s*:`, 'iu');
const OUT_OF_OFFICE = /^\s*(?:i\s+(?:am|['’]m|will be)\s+(?:currently\s+)?(?:out of (?:the )?office|away from the office|on (?:annual )?leave|on holiday|on vacation)|я в отпуске|меня нет (?:на месте|в офисе)|извън офиса съм|в отпуск съм)(?!\p{L})/iu;
/** An answer's verb ("answered:", «Ответила:», «отговори»): what follows is what was said. */
const ANSWERED_VERB = /(?<!\p{L})(?:answered|replied|declined|отказал\p{L}*|отказа|отказаха|ответил\p{L}*|отговори\p{L}*|на вопрос о причине|asked why|на въпроса (?:защо|за причината))(?!\p{L})/iu;
/** The first quotation after a verb: «…», „…“, “…”, "…", or '…' opened after a space (not an apostrophe). */
const QUOTED_SPEECH = /«([^»]{1,120})»|„([^“”]{1,120})[“”]|“([^”]{1,120})”|"([^"]{1,120})"|(?<=\s)'((?:[^']|'(?=\p{L})){1,120}?)'(?!\p{L})/u;
const CLAUSE_BREAK = /[,.;!…—–]+|\s-\s/u;
const BARE_QUOTE = /^\s*(?=[«„“"])/u;
const FILLER = /^(?:(?:i\s+)?just|well|oh|просто|ну|да|ами|ами,|ох)\s+/u;
// A thank-you beside them says nothing wrong either («всё нормально, спасибо»), nor does the request itself ("no reason, just
// cancel please"), nor a reason withheld (WITHHELD_REASONS: "I'd rather not say", «предпочитаю не говорить»).
const NOTHING_WRONG = /^(?:(?:it['’]?s|it is|all|everything['’]?s|everything is)\s+(?:fine|ok|okay|good)|no complaints?|(?:i\s+)?changed my mind|вс[её] норм|передумал\p{L}*|просто передумал\p{L}*|размислих|просто размислих|fine|ok|okay|all good|no thanks|thanks|thank you|спасибо|благодаря|(?:i['’]ll|i will) call you(?: back)?|(?:i['’]ll|i will) think about it|(?:я )?подумаю|ще помисля|я (?:вам )?перезвоню|(?:аз )?ще ви се обадя|(?:just\s+)?(?:please\s+)?cancel(?:\s+it)?(?:\s+please)?|просто (?:отключите|отмените|закройте|удалите|отпишите)(?:,?\s+пожалуйста)?|prosto (?:otmenite|otklyuchite|zakroyte|udalite)(?:,?\s+pozhalu[iy]?sta)?|prosto (?:go |ya |gi )?(?:zakriite|zakrijte|sprete|spreete|otkazhete|anulirayte)(?:,?\s+molya)?|просто (?:го |я |ги )?(?:спрете|прекратете|закрийте|анулирайте)(?:,?\s+моля)?|(?:please\s+)?stop (?:it|them|that|the visits)(?:\s+please)?|(?:i['’]m\s+)?not (?:gonna|going to) (?:write|leave) a review(?: or anything)?|(?:i\s+)?can['’]?t be bothered|(?:we['’]ve |we have )?sorted it elsewhere|never mind|(?:i['’]ll |i will )?leave it(?: for now)?(?: thanks)?|лична работа|личн\p{L}* (?:дела|обстоятелства|причины)|(?:a )?personal matter|жаловаться (?:никуда )?не (?:буду|собираюсь)|(?:в \p{L}+ )?писать не (?:буду|собираюсь)|(?:просто )?отключите|няма да ходя (?:в|във) \p{L}+(?: и няма да пиша никъде)?|няма да пиша никъде|(?:просто )?не го искам (?:повече|вече)|i['’]m not going to complain|i won['’]t complain|(?:просто\s+)?(?:отмените|закройте|отключите|удалите)(?:,?\s+пожалуйста)?|(?:просто\s+)?(?:изтрийте|откажете)(?:\s+го)?|(?:отзыв (?:писать )?не буду|(?:i )?won['’]t (?:write|leave) a review|няма да пиша отзив)|(?:просто\s+)?(?:прекратете|спрете)(?:\s+го)?|no,? thank you|not needed|no need|nothing|whatever|not interested|i['’]?m not interested|no reason|no reason really|no hard feelings|just because|(?:i\s+)?(?:do not|don['’]?t) (?:want|need) (?:it|this|that|them)(?: any ?more)?|(?:i\s+)?(?:do not|don['’]?t) need it|не|всё нормально|все нормально|нормально|всё хорошо|все хорошо|хорошо|вс[её] в порядке|не нужно|не надо|не нужен|не нужна|не интересно|неинтересно|так|просто так|да нет|мерси|поняла|понял|до свидания|больше ничего не (?:нужно|надо)|по лични причини|по личным причинам|(?:for )?personal reasons|(?:мне )?уже не нужно|всего доброго|(?:nah|no)(?:[,\s]+i['’]m (?:alright|fine|ok|good)(?: mate)?)?|i['’]m alright(?: mate)?|(?:i\s+)?(?:do not|don['’]?t) need anything|засега нямам нужда|просто засега нямам нужда|нямам нужда|без причины|нет,? спасибо|спасибо,? не надо|нет|ничего|так получилось|няма нужда|така|просто така|всичко е наред|наред е|наред|добре|всичко е добре|не ми трябва|не ми е нужно|не ме интересува|без причина|няма причина|няма значение|нищо|не,? благодаря|така се получи|nothing to add|(?:i\s+)?(?:do not|don['’]?t) want to (?:discuss|talk about) (?:it|this)|не хочу (?:обсуждать|говорить)(?: об этом)?|нечего добавить|няма какво да добавя|не искам да (?:обсъждам|говоря)(?: за това)?|(?:just )?leave it|(?:she|he|i)['’]s decided|(?:she|he) has decided|i['’]ve decided|сами разбер[её]мся|ще се оправим сами|we['’]ll sort it ourselves|(?:we\s+)?switched|(?:нам |мне )?ничего не (?:надо|нужно)|больше не (?:нужно|надо|нужен|нужна)|спирам|no longer needed|вече не ми трябва|(?:нищо )?не (?:ни|ми) трябва|(?:we|i) (?:don['’]?t|do not) need anything|сменихме(?: доставчика)?|сменили|перешли|(?:мне )?неудобно говорить|(?:мне )?некогда|(?:у меня )?нет времени|нямам време|(?:i have )?no time|(?:i['’]m )?busy|(?:я )?не могу (?:сейчас )?говорить|(?:i\s+)?can['’]?t talk (?:right )?now|not a good time|(?:нищо )?не искам да казвам|нямам какво да кажа|не ми е удобно)$/u;

/** A value that opens with a quotation mark and runs to ANSWER_MIN_WORDS words or more: someone's words quoted. */
function quotesAtLength(value: string): boolean {
  const quote = OPENING_QUOTE.exec(value);
  if (quote === null || wordCount(value) < ANSWER_MIN_WORDS) return false;
  // The note's own words in quotation marks name the customer in the third person: «Клиент недоволен, возможно…».
  CUSTOMER_NAMED.lastIndex = quote[0].length;
  return !CUSTOMER_NAMED.test(value);
}

const OPENING_QUOTE = /^\s*["'«„“]/u;

/** Whether a sentence relays the customer's words: a verb of reported speech with no negation before it. */
function relayed(sentence: string): boolean {
  const verb = REPORTED.exec(sentence);
  return verb !== null && !NEGATION.test(sentence.slice(0, verb.index + verb[0].length));
}

const QUESTION_RELAYED = /(?<!\p{L})(?:asks|asked|asking|wants to know|пита|попита|питат|спрашивает|спросил\p{L}*|интересуется|иска да знае|хочет знать)\s+(?:\p{L}+\s+)?(?:why|how|when|whether|if|защо|как|кога|дали|почему|когда|отчего)(?!\p{L})/iu;

/**
 * A sentence saying no words were left: a reason or a message not given ("no reason given", «причину
 * не назвал», «не посочи причина»), a box left blank, a prompt passed by, calls or reminders not
 * answered, or on a form's or system's channel a question standing alone ("Why?").
 */
function absenceStatement(sentence: string, channel: ChannelKind, byCompany = false, alone = true): boolean {
  // A note's sentence that is only "No explanation." («Без объяснений.», «Без обяснение.»): none was given.
  if (NO_EXPLANATION_ALONE.test(sentence)) return true;
  // The cheap tests first: most sentences hold none of these words, and end with no question mark.
  // The customer's question relayed is the customer's words, whatever it says was not sent: «Пита защо алармата не е
  // пратила сигнал…», "Asks why no message came".
  if (WORDS_LEFT.test(sentence) && !QUESTION_RELAYED.test(sentence) && (NEGATION.test(sentence) || PASSED_BY.test(sentence) || LEFT_EMPTY.test(sentence)) && wordCount(sentence) <= ABSENCE_MAX_WORDS) return true;
  // A question stands alone only with no statement before it: «…, обещахте до петък. Кога?» asks the customer's own question.
  if (alone && (channel === 'form' || channel === 'system') && sentence.trimEnd().endsWith('?') && wordCount(sentence) <= QUESTION_MAX_WORDS) return true;
  return (NOT_ANSWERED.test(sentence) || NO_REVIEW.test(sentence) || customerNoShow(sentence)) && wordCount(sentence) <= (byCompany ? COMPANY_UNANSWERED_MAX_WORDS : UNANSWERED_MAX_WORDS);
}

/**
 * The customer did not come: a sentence that opens with the customer named («Клиент записался… и не пришёл», „Клиентът имаше
 * час… и не дойде“) and names none of our people, whose not coming is the customer's complaint («техникът не дойде»).
 */
function customerNoShow(sentence: string): boolean {
  if (!NO_SHOW.test(sentence) || STAFF.test(sentence)) return false;
  const start = sentence.length - sentence.trimStart().length;
  CUSTOMER_NAMED.lastIndex = start;
  return CUSTOMER_NAMED.test(sentence);
}

const STAFF = /(?<!\p{L})(?:engineer|technician|driver|courier|fitter|plumber|electrician|installer|agent|техник\p{L}*|мастер\p{L}*|курьер\p{L}*|куриер\p{L}*|монтаж\p{L}*|специалист\p{L}*|инженер\p{L}*|водител\p{L}*|шофьор\p{L}*|сантехник\p{L}*|електротехник\p{L}*|электрик\p{L}*)(?!\p{L})/iu;

/** A booking not kept, as a note tells it: «записался… и не пришёл», „имаше час… и не дойде“, "booked for 10:00 and did not turn up". */
const NO_SHOW = /(?<!\p{L})(?:не пришл\p{L}*|не приш[её]л|не явил\p{L}*|не дойде|не дойдоха|не се яви\p{L}*|did not (?:show|turn) up|didn['’]t (?:show|turn) up|never (?:showed|turned) up|did not attend|didn['’]t attend)(?!\p{L})/iu;

// Or the company's own people, named as who does not answer: «поддержка не отвечает неделями».
const NOBODY = /(?<!\p{L})(?:nobody|no one|никто|никой|никого|support|your team|поддержка|служба поддержки|оператор\p{L}*|менеджер\p{L}*|поддръжката|операторът|операторите|мениджърът)(?!\p{L})/iu;
const NO_EXPLANATION_ALONE = /^\s*(?:no explanation(?: given)?|without (?:an )?explanation|без (?:каких-либо )?объяснени\p{L}*|без обяснени\p{L}*)[.!]?\s*$/iu;

/** A quoted value's words: `"slow"` → slow, `""` → the empty value. */
function unquoted(value: string): string {
  const first = value.charAt(0);
  return value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first) ? value.slice(1, -1) : value;
}

/** A bare answer to a question asked on 1–5 ("(1-5)"), put on 0–10 as "N/5" is. */
function onScale(value: number | 'placeholder' | 'reference' | undefined, ofFive: boolean): number | 'placeholder' | 'reference' | undefined {
  return ofFive && typeof value === 'number' && value <= 5 ? Math.max(0, (value - 1) * 2.5) : value;
}

function comment(result: WhoseWords): WhoseWords {
  result.kind = 'comment';
  result.score = undefined;
  result.absence = undefined;
  return result;
}
