/**
 * Words that look like a third party's but are part of a reference or a name
 * (docs/definitions.md, "Names and trades that look like parties"): a request number «№ВК-3390», a
 * plate «СВ 1234 ВК», a street ("Police Street", «ул. „Съдебна“»), a quoted title (the journal «Юный
 * журналист», „Адвокатът на дявола“), a pet's name ("Judge (my spaniel)"), a nickname, a surname after a
 * title ("Mr Lawson Judge"). The reading (read.ts) sets such hits aside before it decides.
 */
import { capText } from '../text/text-cap.js';
import { charClass, isDigit, isUpperLetter, WORD, wordCount } from '../text/tokenize.js';
import type { ReadHit } from './read-hit.js';
import { systemChannel } from './whose-words.js';
import type { ComplaintRecord } from './types.js';

/**
 * Letters that are part of a reference or a name, not words: a request number «заявка №ВК-3390»,
 * "#FB-2231", "VK12", a plate «СВ 1234 ВК», a street ("Police Street", «ул. „Съдебна“»). A hit right
 * after № or #, right before a dash and a digit or a digit itself, of up to three letters right after
 * digits and a space, or next to a street's word, is set aside; so is a third party's word inside a
 * quoted name after what it names (the journal «Юный журналист»).
 */
export function setAsideReferences(record: ComplaintRecord, hits: ReadHit[], isActivist: (hit: ReadHit) => boolean): void {
  let named = false;
  // A negated hit in the text is read for a title only, and only when the subject may name the same title.
  const partyInSubject = subjectParty(hits, isActivist);
  for (const hit of hits) {
    if (hit.part !== 'text' && hit.part !== 'subject') continue;
    if (hit.negated && (!partyInSubject || hit.part !== 'text' || hit.setAside !== undefined || !isActivist(hit))) continue;
    const value = capText(record[hit.part] as string);
    const before = hit.start > 0 ? value.charCodeAt(hit.start - 1) : 0;
    const after = value.charCodeAt(hit.end);
    const dashDigit = (after === 0x2d || after === 0x2f) && isDigit(value.charCodeAt(hit.end + 1));
    // A car plate's or a code's last letters after its digits: «СВ 1234 ВК», "AB 12 VK".
    if (!hit.negated && (before === 0x2116 || before === 0x23 || dashDigit || isDigit(after) || plateLetters(value, hit.start, hit.end) || streetName(value, hit.start, hit.end) ||
      POWER_AFTER.test(value.slice(hit.end, hit.end + 16)) || VENUE_NAME_AFTER.test(value.slice(hit.end, hit.end + 10)) || EDITION_AFTER.test(value.slice(hit.end, hit.end + 10)))) {
      hit.negated = true;
      hit.setAside = 'reference';
      continue;
    }
    if (!isActivist(hit)) continue;
    // A part named again without its kind: "the regulator" after "the pressure regulator" in the same record.
    if (!hit.negated && PART_WORD.test(hit.words) && PART_NAMED.test(capText((record.text ?? '') + ' ' + (record.subject ?? '')))) {
      hit.negated = true;
      hit.setAside = 'reference';
      continue;
    }
    // A name in quotation marks after what it names (the journal «Юный журналист», the course „Медии и
    // общество“), or a one-word party inside a title of several words („Адвокатът на дявола“).
    const opened = titleQuoteOpen(value, hit.start);
    if ((opened >= 0 && (TITLE_KIND.test(value.slice(Math.max(0, opened - 24), opened)) || wordInTitle(value, opened, hit))) ||
      (isUpperLetter(value.charCodeAt(hit.start)) && UNQUOTED_TITLE_BEFORE.test(value.slice(Math.max(0, hit.start - 40), hit.start)))) {
      hit.negated = true;
      hit.setAside = 'quoted';
      named = true;
      continue;
    }
    if (hit.negated) continue;
    // The writer's own job under her name at the foot of a letter ("Jasmine Patel\nSenior Associate Solicitor | …"), and
    // what else that line names ("Consumer Affairs Correspondent | The Northern Post", «журналист, вестник „Сега“»).
    // The customer's trade in a profile's or a form's field: "Occupation: journalist", «Профессия (анкета): журналист».
    // A signature quoted in a field of its own: "Email signature: 'Dr. Alan Reeve, Senior Partner, Reeve & Ombe Solicitors'".
    // A file's name ("Attachment: police_report_stolen_wallet.pdf") names a document, not a party brought in.
    // A law firm as the account a system's row is about ("Finch & Cole Solicitors (KST-B-08814) – document courier contract.
    // Zero bookings…", «Юрлицо: Коллегия адвокатов «Рубцов и партнёры»», „Клиент: Адвокатско дружество „Стоянов и Пенева““).
    if (hit.part === 'text' && (inSignature(value, hit.start, hit.end) || occupationField(value, hit.start) || signatureField(value, hit.start) ||
      inFileName(value, hit.start, hit.end) || (systemChannel(record.channel) && firmsName(value, hit.start, hit.end)))) {
      hit.negated = true;
      hit.setAside = 'reference';
      continue;
    }
    // A pet's or a person's name: "Judge (my spaniel)", «нашего кота Адвоката», «Прокурор — это кличка моего кота»,
    // a surname after a title and a first name ("Mr Lawson Judge").
    // A surname that is a trade, on the name line that ends the text: "Андрей Юрист", «Огнян Съдебен»; the trade after the
    // name there: «Иван Петров, адвокат».
    if (closingNameLine(value, hit.start, hit.end) || (isUpperLetter(value.charCodeAt(hit.start)) && NAME_LIKE.test(hit.words) && (
      PET_BEFORE.test(value.slice(Math.max(0, hit.start - 30), hit.start)) ||
      SURNAME_BEFORE.test(value.slice(Math.max(0, hit.start - 30), hit.start)) ||
      PET_AFTER.test(value.slice(hit.end, hit.end + 30)) || NICKNAME.test(value.slice(Math.max(0, hit.start - 40), hit.end + 50))))) {
      hit.negated = true;
      hit.setAside = 'reference';
      named = true;
    }
  }
  // The name in the subject too ("Re: Judge" above "Judge (my spaniel)", «Адвокат» above the service «Адвокат
  // онлайн»): the same word, read as a name or a title in the text.
  if (named) for (const hit of hits) if (!hit.negated && hit.part === 'subject' && sameWordsAsideInText(hit, hits)) {
    hit.negated = true;
    hit.setAside = 'reference';
  }
}

/** Whether [start, end) is a later word of the text's last line, and that line is only a name ("Андрей Юрист") or a name and a trade. */
function closingNameLine(value: string, start: number, end: number): boolean {
  if (value.slice(end).trim() !== '') return false;
  const lineStart = value.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0 || value.slice(lineStart, start).trim() === '') return false;
  // Or the name, then the trade after a comma: «Иван Петров, адвокат».
  return NAME_LINE.test(value.slice(lineStart)) || NAME_THEN_TRADE.test(value.slice(lineStart, start));
}

const NAME_THEN_TRADE = /^\s*(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,2}\p{Lu}[\p{L}'’-]*\s*[,–—]\s*$/u;

/** A field's label for someone's trade, right before its value: "Occupation:", "Job title:", «Профессия (анкета):», «Длъжност:». */
function occupationField(value: string, at: number): boolean {
  const from = Math.max(0, at - OCCUPATION_REACH);
  // The text's start is a field's start too; a window's cut start is not.
  return OCCUPATION_FIELD.test((from === 0 ? '\n' : '') + value.slice(from, at));
}

// The field's whole value: "Occupation: journalist (BBC Radio)", «Длъжност: журналист, БНТ» name no party.
const OCCUPATION_FIELD = /[\n;|][^\n:;|]{0,30}?(?<!\p{L})(?:occupation|profession|job title|job|position|employer|профессия|род занятий|должность|место работы|професия|длъжност|месторабота|работодател)[^\n:;|.!?]{0,24}:\s*[^\n:;|.!?]{0,40}$/iu;
const OCCUPATION_REACH = 110;

/** Whether `at` stands in a field labelled as a signature, before its value's quotation closes or its line ends. */
function signatureField(value: string, at: number): boolean {
  return SIGNATURE_FIELD.test(value.slice(Math.max(0, at - SIGNATURE_FIELD_REACH), at));
}

const SIGNATURE_FIELD = /(?<!\p{L})(?:signature|sig|подпись|подпис|подписът)\s*:\s*['"«„“]?[^\n'"»“”:]{0,90}$/iu;
const SIGNATURE_FIELD_REACH = 120;

function subjectParty(hits: readonly ReadHit[], isActivist: (hit: ReadHit) => boolean): boolean {
  for (const hit of hits) if (hit.part === 'subject' && !hit.negated && isActivist(hit)) return true;
  return false;
}

function sameWordsAsideInText(hit: ReadHit, hits: readonly ReadHit[]): boolean {
  for (const other of hits) if (other.part === 'text' && (other.setAside === 'reference' || other.setAside === 'quoted') && other.words.toLowerCase() === hit.words.toLowerCase()) return true;
  return false;
}

/**
 * A one-word party inside a quoted title of several words that starts with a capital: „Адвокатът на
 * дявола“, «Адвокат онлайн». Between straight quotes, which also quote what someone said, only a
 * title in capitals counts ("your 'Lawyer Rapid Response' bundle").
 */
function wordInTitle(value: string, opened: number, hit: ReadHit): boolean {
  if (hit.words.includes(' ') || !isUpperLetter(value.charCodeAt(opened + 1))) return false;
  const straight = isStraightQuote(value.charCodeAt(opened));
  const reach = value.slice(opened + 1, opened + 1 + TITLE_REACH);
  const close = straight ? straightClose(reach, value.charCodeAt(opened)) : reach.search(CLOSING_QUOTE);
  if (close <= 0) return false;
  const title = reach.slice(0, close);
  // Speech in the first person, or after a verb of saying, is what someone said, not a title: «Заявил: «Я обращусь в ЦБ,
  // ломбарды у вас поднадзорны»», «Каза: „Адвокатът ми ще ви изпрати нотариална покана“».
  // So is a post quoted under its label (a listening tool's «Пост на личной странице: «Написала жалобу в Роспотребнадзор…»»).
  if (FIRST_PERSON_OPENING.test(title) || SAID_BEFORE.test(value.slice(Math.max(0, opened - SAID_REACH), opened)) || POST_LABEL_BEFORE.test(value.slice(Math.max(0, opened - POST_LABEL_REACH), opened))) return false;
  return SEVERAL_WORDS.test(title) && (!straight || TITLE_CASE.test(title));
}

// Shouted too, as a call note relays it: «КЛИЕНТ КРИЧАЛ: «УВИДИМСЯ В СУДЕ»», „КЛИЕНТЪТ ВИКАШЕ: „ЩЕ СЕ ВИДИМ В СЪДА““.
const SAID_BEFORE = /(?<!\p{L})(?:said|says|told (?:us|me)|wrote|shouted|yelled|screamed|кричал\p{L}*|крикнул\p{L}*|орал\p{L}*|викаше|викна|крещеше|изкрещя|сказал\p{L}*|заявил\p{L}*|говорит|написал\p{L}*|ответил\p{L}*|каза|казва|заяви|написа|отговори)\s*[:,]?\s*$/iu;
const SAID_REACH = 20;
const POST_LABEL_BEFORE = /(?<!\p{L})(?:post|posted|пост|публикаци\p{L}*|публикуван\p{L}*|публикува)(?!\p{L})[^:\n]{0,30}:\s*$/iu;
const POST_LABEL_REACH = 48;

const FIRST_PERSON_OPENING = /^(?:я|мы|аз|ние|i|we|i['’](?:ll|m|ve|d)|we['’](?:ll|re|ve))\s/iu;

const CLOSING_QUOTE = /[»”“"]/u;
const SEVERAL_WORDS = /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u;
/** Every word capitalised, short linking words aside: "Lawyer Rapid Response", "Court of Appeal Kit". */
const TITLE_CASE = /^\p{Lu}[\p{L}\p{N}]*(?:[\s&+:-]+(?:\p{Lu}[\p{L}\p{N}]*|\p{N}+|of|the|and|for|to|in|on))+$/u;

function isStraightQuote(code: number): boolean {
  return code === 0x22 || code === 0x27;
}

/** Where a straight quotation closes: the same mark with no letter right after it (not the apostrophe of "Bob's"). */
function straightClose(reach: string, mark: number): number {
  for (let i = 0; i < reach.length; i += 1) {
    if (reach.charCodeAt(i) === mark && !isLetterOrDigit(reach.charCodeAt(i + 1))) return i;
  }
  return -1;
}

function isLetterOrDigit(code: number): boolean {
  return charClass(code) === WORD;
}


/**
 * Whether [start, end) is on a short line (a job title, a firm) right under a line that is only a
 * name ("Jasmine Patel", "G. Pryce", «Иванова М.») among the last three lines of the text — a
 * signature — and the line names the writer's trade (the hit itself, or the medium beside it). Only the last SIGNATURE_REACH
 * characters are looked at (linear in a long text of hits).
 */
function inSignature(value: string, start: number, end: number): boolean {
  if (value.length - end > SIGNATURE_REACH) return false;
  const from = Math.max(0, start - SIGNATURE_REACH);
  const tail = value.slice(from);
  const at = start - from;
  let linesAfter = 0;
  for (let i = tail.indexOf('\n', end - from); i >= 0; i = tail.indexOf('\n', i + 1)) if (++linesAfter > 2) return false;
  const lineStart = tail.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = tail.indexOf('\n', end - from);
  const line = tail.slice(lineStart, lineEnd < 0 ? tail.length : lineEnd);
  if (lineStart === 0 || wordCount(line) > SIGNATURE_LINE_MAX_WORDS || !TRADE_IN_LINE.test(line)) return false;
  let nameEnd = lineStart - 1;
  while (nameEnd > 0 && tail.slice(tail.lastIndexOf('\n', nameEnd - 1) + 1, nameEnd).trim() === '') nameEnd = tail.lastIndexOf('\n', nameEnd - 1);
  if (nameEnd <= 0) return false;
  const nameStart = tail.lastIndexOf('\n', nameEnd - 1) + 1;
  return (nameStart > 0 || from === 0) && NAME_LINE.test(tail.slice(nameStart, nameEnd));
}

/** How far from the end of a text a signature's line may stand, and how far back its name line may start. */
const SIGNATURE_REACH = 240;
const SIGNATURE_LINE_MAX_WORDS = 10;
/** A trade a writer signs with (a lawyer, a journalist, an editor), anywhere on the line. */
// A job title of any kind names the writer's work: "Medical Director, Regional Health Regulator Liaison Office",
// «ведущий специалист-эксперт, Управление Роспотребнадзора…».
const TRADE_IN_LINE = /(?<!\p{L})(?:lawyers?|attorneys?|solicitors?|barristers?|counsel|paralegal|journalist|reporter|editor|correspondent|advis[eo]r|officer|inspector|director|manager|specialist|expert|consultant|coordinator|analyst|head of|специалист\p{L}*|эксперт\p{L}*|директор\p{L}*|начальник\p{L}*|руководител\p{L}*|сотрудник\p{L}*|заместител\p{L}*|експерт\p{L}*|началник\p{L}*|ръководител\p{L}*|служител\p{L}*|заместник\p{L}*|помощник\p{L}*|прокурор\p{L}*|инспектор\p{L}*|советник\p{L}*|съветник\p{L}*|legal department|legal dept|head of legal|юрист\p{L}*|адвокат\p{L}*|журналист\p{L}*|юрисконсульт\p{L}*|корреспондент\p{L}*|редактор\p{L}*|юридическ\p{L}* отдел\p{L}*|правн\p{L}* отдел\p{L}*)(?!\p{L})/iu;
/** A line that is only a name: one to four capitalised words or initials, initials written together too ("Гаврилов С.А."). */
const NAME_LINE = /^\s*(?:(?:адв|д-р|dr|проф|prof|mr|mrs|ms|г-н|г-жа)\.?\s+)?(?:(?:\p{Lu}\.){2,3}\s*|\p{Lu}[\p{L}'’-]*\.?\s+){0,3}(?:(?:\p{Lu}\.){2,3}|\p{Lu}[\p{L}'’-]*\.?)\s*$/u;

/** An animal right before a name: "our dog Judge", «нашего кота Адвоката», «котарака ни Прокурора». */
const PET_BEFORE = /(?<!\p{L})(?:cat|dog|puppy|kitten|spaniel|terrier|retriever|poodle|кот|кота|коту|котом|кошк\p{L}*|пса|пёс|пес|собак\p{L}*|щен\p{L}*|котарак\p{L}*|куче|кучето|кученце|коте|котето)\s+(?:\p{L}+\s+)?$/iu;
/**
 * The party words people also give as names — to a pet, a neighbour, a surname: a judge, a court, a
 * prosecutor, a lawyer. Only such a hit is looked at for a name's signs (an organisation's name,
 * «Роспотребнадзор», "Ofcom", never is one), which keeps the check off most hits.
 */
const NAME_LIKE = /^(?:judge|judges|court|police|lawyer|attorney|solicitor|barrister|sheriff|прокурор\p{L}*|адвокат\p{L}*|юрист\p{L}*|судь\p{L}*|суд|съдия\p{L}*|съд|полицай\p{L}*|журналист\p{L}*)$/iu;

/** A title and a capitalised name right before a surname: "Mr Lawson Judge", «г-н Иван Съдов». */
const SURNAME_BEFORE = /(?<!\p{L})(?:Mr|Mrs|Ms|Dr|MR|MRS|MS|DR|[гГ]-н|[гГ]-жа|[гГ]оспожа|[гГ]осподин)\.?\s+(?:\p{Lu}\p{Ll}+\s+)?$/u;
/** An animal right after a name, in brackets: "Judge (my spaniel)". */
const PET_AFTER = /^\s*\((?:my|our|мой|моя|моего|наш\p{L}*|моят|моята|нашия)?\s*(?:cat|dog|puppy|kitten|spaniel|terrier|retriever|poodle|кот\p{L}*|кошк\p{L}*|пёс|пес|собак\p{L}*|котарак\p{L}*|куче\p{L}*|коте\p{L}*)/iu;
/** A nickname said to be one: «это кличка моего кота», «когото всички наричаме…», "nicknamed", "is called". */
const NICKNAME = /(?<!\p{L})(?:кличк\p{L}*|прозвищ\p{L}*|прозвал\p{L}*|наричаме|наричат|зовут|nicknamed|is called|we call him|we call her|прякор\p{L}*)(?!\p{L})/iu;

/**
 * A street's name: "the Police Street apartment", "12 Court Road", «ул. „Съдебна“», «на улице Судебной»,
 * or an address's own "Court" after a house number and a name ("3 Mill Court, Leeds").
 */
function streetName(value: string, start: number, end: number): boolean {
  return STREET_AFTER.test(value.slice(end, end + 12)) || STREET_BEFORE.test(value.slice(Math.max(0, start - 12), start)) ||
    (end - start === ADDRESS_WORD.length && value.startsWith(ADDRESS_WORD, start) && (HOUSE_NUMBER_BEFORE.test(value.slice(Math.max(0, start - 40), start)) ||
      (BUILDING_NAME_BEFORE.test(value.slice(Math.max(0, start - 30), start)) && BUILDING_AFTER.test(value.slice(end, end + 16)))));
}

/** A party's word that is also an address's own ("3 Mill Court"), capitalised. */
const ADDRESS_WORD = 'Court';

/** A house or room number and a capitalised name right before the hit: "3 Mill Court", "Room 118, Ivy Court". */
const HOUSE_NUMBER_BEFORE = /(?<![\p{L}\d])\d{1,4}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u;

/**
 * A building's name before "Court" ("Linden Court", "Marlow Court block C"): a capitalised word that is no kind of court
 * ("County Court", "Crown Court", "Bankruptcy Court", "Small Claims Court" stay courts), with a building's mark after it (a
 * block, a flat's code, a count of units, or nothing more in the field: "Call - heating, Linden Court").
 */
const BUILDING_NAME_BEFORE = /(?<![\p{L}'’])(?!(?:Bankruptcy|Metropolitan|Immigration|Magistrate|Surrogate|County|Crown|Magistrates|Supreme|High|Family|District|Civil|Claims|Sheriff|Appeal|Appeals|Justice|Combined|Federal|Superior|Municipal|Small|Tax|Circuit|Housing|Traffic|Probate|Youth|Juvenile|Coroners?|Employment|Land|Commercial|Chancery|State|Local|Arbitration|Consumer|Criminal|The|A|To|In|At|Of|My|Your)(?![\p{L}]))\p{Lu}\p{Ll}[\p{Ll}'’-]*\s+$/u;

const BUILDING_AFTER = /^(?:\s+(?:block|blk)(?!\p{L})|\s*\(\d+\s+(?:units|flats|homes)\)|\s+\p{Lu}-?\d|\s*[.,;]|\s*$)/u;

const STREET_AFTER = /^\s+(?:street|st|road|rd|avenue|ave|lane|ln|square|sq|close|drive|way)(?![\p{L}])/iu;
const STREET_BEFORE = /(?:(?<!\p{L})(?:ул|бул|пр|пл)\.?|улиц\p{L}*|булевард\p{L}*|проспект\p{L}*|площад\p{L}*)\s*[„“«"]?$/iu;

/**
 * The position of the quotation mark («, „, “, or a straight ' or " with no letter before it) that
 * opens the quotation `at` stands in, on its line, or -1. A straight mark with a letter before it
 * closes a quotation or is an apostrophe ("Bob's"): `at` is then in no title this check can read.
 */
function titleQuoteOpen(value: string, at: number): number {
  let depth = 0;
  // A title is short: look back no further than TITLE_REACH characters (linear in a long line of hits).
  for (let i = at - 1; i >= Math.max(0, at - TITLE_REACH); i -= 1) {
    const code = value.charCodeAt(i);
    if (code === 0x0a) return -1;
    if (code === 0xbb || code === 0x201d) depth += 1; // » ”
    else if (code === 0xab || code === 0x201c || code === 0x201e) {
      if (depth === 0) return i;
      depth -= 1;
    } else if (isStraightQuote(code)) {
      if (depth > 0 || (i > 0 && isLetterOrDigit(value.charCodeAt(i - 1)))) return -1;
      return i;
    }
  }
  return -1;
}

const TITLE_REACH = 60;

/** A regulator that is a part: named with its kind somewhere in the record ("pressure regulator", «регулятор давления»). */
const PART_WORD = /^(?:regulator|regulators|регулятор\p{L}*|регулатор\p{L}*)$/iu;
const PART_NAMED = /(?:pressure|voltage|gas|water|boiler|heating)\s+regulator|регулятор\p{L}*\s+(?:давлени|напряжени)|регулатор\p{L}*\s+на\s+(?:налягане|напрежение)/iu;

/** A pub's or a shop's name: "The Barrister's Arms", "Abbott & Lawyer Bookshop". */
const VENUE_NAME_AFTER = /^(?:['’]s)?\s+(?:Arms|Inn|Tavern|Head|Bookshop|Bookstore|Books|Shop|Store|Café|Cafe|Bakery|Salon|Bistro)(?!\p{L})/u;

/** A product's edition after the word: "Watchdog Pro" (a parental filter), "Lawyer Plus". */
const EDITION_AFTER = /^\s+(?:Pro|Plus|Premium|Lite|Max)(?!\p{L})/u;

/** A power rating right after an acronym: «СЭС 30 кВт» is a solar power station, not the sanitary service. */
const POWER_AFTER = /^\s*\d+(?:[.,]\d+)?\s*(?:кВт|квт|МВт|kW|kw|MW)(?!\p{L})/u;

/**
 * A book's or a film's title without quotation marks, after what it is ("my copy of The Lincoln Lawyer",
 * «Книгу Адвокат дьявола»): capitalised words after the kind of work.
 */
const UNQUOTED_TITLE_BEFORE = /(?<!\p{L})(?:copy of|[Bb]ook|[Nn]ovel|[Ff]ilm|[Mm]ovie|DVD|dvd|[Кк]ниг\p{Ll}*|[Кк]нижк\p{Ll}*|[Рр]оман\p{Ll}*|[Фф]ильм\p{Ll}*|[Фф]илм\p{Ll}*)\s+(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;

/** What a quoted name names, right before the quotation: a journal, a course, a film, a shop, a service or tariff, a street. */
const TITLE_KIND = /(?<!\p{L})(?:гледа\p{L}*|гледах|смотр\p{L}*|посмотр\p{L}*|сериал|watch|watching|watched|сервис\p{L}*|услуг\p{L}*|тариф\p{L}*|пакет\p{L}*|журнал\p{L}*|газет\p{L}*|курс\p{L}*|фильм\p{L}*|кино|спектакл\p{L}*|книг\p{L}*|передач\p{L}*|программ\p{L}*|магазин\p{L}*|кафе|ресторан\p{L}*|клуб\p{L}*|школ\p{L}*|студи\p{L}*|кружок|кружк\p{L}*|секци\p{L}*|сериал\p{L}*|списани\p{L}*|вестник\p{L}*|филм\p{L}*|книга\p{L}*|предаван\p{L}*|програм\p{L}*|училищ\p{L}*|ул|улиц\p{L}*|бул)\.?\s*$/iu;



/** A plate's capitals after its digits, «СВ 1234 ВК» or "AB 123 VK": capitals, a space, 2–4 digits, a space, the hit's 1–3 capitals. */
function plateLetters(value: string, start: number, end: number): boolean {
  if (end - start > 3 || !PLATE_BEFORE.test(value.slice(Math.max(0, start - 9), start))) return false;
  return value.slice(start, end) === value.slice(start, end).toUpperCase();
}

const PLATE_BEFORE = /(?:^|[^\p{L}])\p{Lu}{1,3} \d{2,4} $/u;

/** Whether the letters at start–end are inside a file's name: "police_report_stolen_wallet.pdf", «жалоба-в-суд.docx». */
function inFileName(value: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !SPACE_OR_BRACKET.test(value[from - 1] as string)) from -= 1;
  let to = end;
  while (to < value.length && !SPACE_OR_BRACKET.test(value[to] as string)) to += 1;
  return FILE_NAME.test(value.slice(from, to));
}

const SPACE_OR_BRACKET = /[\s()[\]«»„“"']/u;
const FILE_NAME = /^[\p{L}\p{N}_.-]+\.(?:pdf|jpe?g|png|heic|gif|docx?|xlsx?|txt|zip|eml|msg)[.,;:]?$/iu;

/** Whether the hit is the trade word of a law firm's name: "Finch & Cole Solicitors", «Коллегия адвокатов «…»», „Адвокатско дружество „…““. */
function firmsName(value: string, start: number, end: number): boolean {
  return FIRM_BEFORE.test(value.slice(Math.max(0, start - 30), start) + value.slice(start, end)) || FIRM_AFTER.test(value.slice(start, end + 30));
}

// "Finch & Cole Solicitors", "Harlow and Price LLP Solicitors": names joined by "&" or "and" before a capitalised trade.
const FIRM_BEFORE = /\p{Lu}[\p{L}'’]+\s+(?:&|and)\s+\p{Lu}[\p{L}'’]+\s+(?:LLP\s+)?(?:Solicitors|Lawyers|Attorneys|Law|Legal)$/u;
// «Коллегия адвокатов «Рубцов и партнёры»», «Адвокатское бюро „…“», „Адвокатско дружество „Стоянов и Пенева““: the firm's kind, then its
// name in quotes.
const FIRM_AFTER = /^(?:коллеги\p{L}* адвокатов|адвокатск\p{L}* (?:бюро|контор\p{L}*|кантор\p{L}*|дружеств\p{L}*|фирм\p{L}*|образовани\p{L}*)|адвокатов|адвокатско|адвокатское|адвокатская)\s*[«„"“]/iu;
