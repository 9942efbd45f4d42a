/**
 * The vocabulary of attribution, as data: the reporting verbs that tie a quotation to its
 * speaker, in English and in the forms German, French, Spanish, Italian, Portuguese, Dutch and
 * Russian news prints (and Ukrainian and Czech: the round-5 set's), and the small word lists the speaker patterns (names.ts, subjects.ts) need
 * (titles to strip, pronouns, prepositions, words that end a name, common nouns that name nobody,
 * cues of titles and slogans). Every entry says why it is here.
 */

/** What a reporting verb tells about the quotation it introduces. */
export type ReportingCategory =
  | 'neutral'
  | 'writing'
  | 'online'
  | 'continuation'
  | 'question'
  | 'answer'
  | 'explanation'
  | 'claim'
  | 'insistence'
  | 'concession'
  | 'warning'
  | 'announcement'
  | 'promise'
  | 'appeal'
  | 'emotion'
  | 'testimony'
  | 'source'
  | 'characterisation'

export interface ReportingVerb {
  /** Surface forms as printed, lower case; several words for phrasal verbs ("pointed out"). */
  forms: readonly string[]
  category: ReportingCategory
  /** One line: why this verb attributes a quotation. */
  reason: string
  /** The verb usually takes a listener ("told reporters", "asked the court") before the clause ends. */
  object?: boolean
  /** The speaker follows the verb, never precedes it ("according to X"). */
  speakerAfter?: boolean
  /** BCP 47 language of the forms when not English. */
  language?: string
  /**
   * A participle ("saying"): its subject is the clause's ('X issued a statement, saying, "…"'),
   * or a name right before it ('footage of X saying, "…"').
   */
  participle?: boolean
}

/** A reporting verb of another language: the forms news in that language prints most. */
function foreign(language: string, category: ReportingCategory, forms: string[], reason: string, speakerAfter = false): ReportingVerb {
  return speakerAfter ? { forms, category, reason, language, speakerAfter } : { forms, category, reason, language }
}

/**
 * Reporting verbs of German, French, Spanish, Italian, Portuguese, Dutch and Russian news, in
 * the forms printed around quotations ('„…“, sagte Scholz', '« … », a déclaré Macron',
 * '«…», — заявил Атамбаев'). Russian past forms agree with the speaker's gender and number, so
 * each verb is listed in its masculine, feminine and plural forms. Separable and reflexive
 * forms split by the subject ("fügte er hinzu") are left out: they are not one phrase.
 */
const FOREIGN_VERBS: readonly ReportingVerb[] = [
  foreign('de', 'neutral', ['sagte', 'sagt', 'sagten'], 'German "said", "says".'),
  foreign('de', 'explanation', ['erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint'], 'German "explained", "stressed", "opined".'),
  foreign('de', 'warning', ['warnte', 'warnt', 'kritisierte'], 'German "warned", "criticised".'),
  foreign('de', 'source', ['laut'], 'German "according to": "laut Scholz".', true),
  foreign('fr', 'neutral', ['a déclaré', 'a dit', 'déclare', 'dit', 'ont déclaré', 'ont dit'], 'French "said", "says".'),
  foreign('fr', 'explanation', ['a affirmé', 'a expliqué', 'a ajouté', 'a souligné', 'a estimé', 'a indiqué', 'a assuré', 'a précisé', 'affirme', 'explique', 'ajoute', 'souligne', 'estime', 'indique', 'assure', 'précise'], 'French "affirmed", "explained", "added", "stressed", "judged", "stated", "assured", "specified".'),
  foreign('fr', 'source', ['selon'], 'French "according to".', true),
  foreign('es', 'neutral', ['dijo', 'dice', 'declaró', 'afirmó', 'afirma'], 'Spanish "said", "says", "declared", "affirmed".'),
  foreign('es', 'explanation', ['explicó', 'añadió', 'agregó', 'aseguró', 'señaló', 'indicó', 'advirtió', 'subrayó'], 'Spanish "explained", "added", "assured", "pointed out", "warned", "stressed".'),
  foreign('es', 'source', ['según'], 'Spanish "according to".', true),
  foreign('it', 'neutral', ['ha detto', 'ha dichiarato', 'ha affermato', 'dice', 'afferma', 'dichiara'], 'Italian "said", "declared", "affirmed".'),
  foreign('it', 'explanation', ['ha spiegato', 'ha aggiunto', 'ha sottolineato', 'spiega', 'aggiunge', 'sottolinea'], 'Italian "explained", "added", "stressed".'),
  foreign('pt', 'neutral', ['disse', 'diz', 'afirmou', 'declarou', 'afirma'], 'Portuguese "said", "says", "affirmed", "declared".'),
  foreign('pt', 'explanation', ['explicou', 'acrescentou', 'destacou', 'ressaltou'], 'Portuguese "explained", "added", "stressed".'),
  foreign('nl', 'neutral', ['zei', 'zegt', 'verklaarde', 'zeiden'], 'Dutch "said", "says", "declared".'),
  foreign('nl', 'source', ['aldus', 'volgens'], 'Dutch "thus (said)", "according to".', true),
  foreign('ru', 'neutral', ['сказал', 'сказала', 'сказали', 'заявил', 'заявила', 'заявили', 'говорит', 'говорят', 'сообщил', 'сообщила', 'сообщили'], 'Russian "said", "stated", "says", "reported".'),
  foreign('ru', 'explanation', ['отметил', 'отметила', 'отметили', 'подчеркнул', 'подчеркнула', 'подчеркнули', 'пояснил', 'пояснила', 'пояснили', 'добавил', 'добавила', 'добавили', 'рассказал', 'рассказала', 'рассказали', 'ответил', 'ответила', 'ответили'], 'Russian "noted", "stressed", "explained", "added", "told", "answered".'),
  foreign('ru', 'concession', ['признался', 'призналась', 'признались', 'пожаловался', 'пожаловалась', 'пожаловались'], 'Russian "admitted", "complained".'),
  foreign('ru', 'source', ['по словам'], 'Russian "in the words of", "according to".', true),
  foreign('uk', 'neutral', ['сказав', 'сказала', 'сказали', 'заявив', 'заявила', 'заявили', 'повідомив', 'повідомила', 'повідомили', 'каже', 'кажуть'], 'Ukrainian "said", "stated", "reported", "says".'),
  foreign('uk', 'explanation', ['зазначив', 'зазначила', 'наголосив', 'наголосила', 'пояснив', 'пояснила', 'додав', 'додала', 'розповів', 'розповіла', 'відповів', 'відповіла'], 'Ukrainian "noted", "stressed", "explained", "added", "told", "answered".'),
  foreign('uk', 'source', ['за словами'], 'Ukrainian "in the words of", "according to".', true),
  foreign('cs', 'neutral', ['řekl', 'řekla', 'řekli', 'říká', 'říkají', 'uvedl', 'uvedla', 'uvedli', 'uvádí', 'prohlásil', 'prohlásila', 'tvrdí', 'tvrdil', 'tvrdila'], 'Czech "said", "says", "stated", "declared", "claims".'),
  foreign('cs', 'writing', ['píše', 'napsal', 'napsala'], 'Czech "writes", "wrote": posts and columns.'),
  foreign('cs', 'explanation', ['dodal', 'dodala', 'dodává', 'vysvětlil', 'vysvětlila', 'vysvětluje', 'zdůraznil', 'zdůraznila', 'zdůrazňuje', 'poznamenal', 'poznamenala', 'hodnotí', 'přirovnává', 'přidává se', 'přidal se', 'přidala se'], 'Czech "added", "explained", "stressed", "noted", "assesses", "compares", "joins in".'),
  foreign('cs', 'source', ['podle'], 'Czech "according to".', true),
]

/**
 * Chinese reporting verbs, printed against the speaker's name with no space between ("王明表示：",
 * "”李华说。"): "stated", "thinks", "pointed out", "put forward", "stressed", "explained",
 * "admitted", "revealed", "responded", "wrote", "said", "asked", "said". Longest first, so 说道
 * is found before 说.
 */
export const CHINESE_REPORTING_VERBS: readonly string[] = ['表示', '认为', '指出', '提出', '强调', '介绍', '坦言', '透露', '回应', '写道', '说道', '问道', '称', '说']

/**
 * Ends of Chinese titles printed right before a name ("全国政协委员张近东", "外交部发言人…"): member,
 * chairman, minister, president, premier, spokesperson, director, professor, dean, mayor,
 * governor, secretary, manager, board chairman, deputy, reporter, doctor, bureau chief.
 */
export const CHINESE_TITLE_ENDS: readonly string[] = [
  '委员', '主席', '部长', '总统', '总理', '发言人', '主任', '教授', '院长', '市长', '省长', '书记', '经理', '董事长', '代表', '记者', '博士', '局长',
]

/** Chinese adverbs between a subject and its verb ("他还说", "她也表示"): still, also, again, then, already. */
export const CHINESE_SUBJECT_ADVERBS: ReadonlySet<string> = new Set(['还', '也', '又', '则', '就', '曾', '再'])

/** Chinese "he", "she": pronoun speakers. */
export const CHINESE_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['他', '她'])

/**
 * Reporting verbs. Third-person present forms that are also common plural nouns ("states",
 * "notes", "claims", "comments", "remarks", "replies", "posts", "tweets") and past forms that
 * are common adjectives ("alleged") are left out: they would be read as verbs inside a subject.
 */
export const REPORTING_VERBS: readonly ReportingVerb[] = [
  { forms: ['said', 'says'], category: 'neutral', reason: 'The default attribution verb of news writing.' },
  { forms: ['told', 'tells'], category: 'neutral', object: true, reason: 'Speech addressed to a listener: "told Reuters".' },
  { forms: ['added', 'adds'], category: 'continuation', reason: 'Introduces a further quotation by the same speaker.' },
  { forms: ['asked', 'asks'], category: 'question', object: true, reason: 'Attributes a quoted question.' },
  { forms: ['according to'], category: 'source', speakerAfter: true, reason: 'Names the source after the phrase: "according to X".' },
  { forms: ['wrote', 'writes'], category: 'writing', reason: 'Attributes written words: letters, columns, books.' },
  { forms: ['warned', 'warns'], category: 'warning', reason: 'Speech that cautions about a risk.' },
  { forms: ['cautioned', 'cautions'], category: 'warning', reason: 'A milder warning.' },
  { forms: ['threatened'], category: 'warning', reason: 'Speech announcing a consequence.' },
  { forms: ['insisted', 'insists'], category: 'insistence', reason: 'Speech maintained against doubt.' },
  { forms: ['stressed', 'stresses'], category: 'insistence', reason: 'Speech given emphasis.' },
  { forms: ['emphasised', 'emphasized', 'emphasises', 'emphasizes'], category: 'insistence', reason: 'Speech given emphasis, British and American spelling.' },
  { forms: ['reiterated', 'reiterates'], category: 'insistence', reason: 'Speech repeating an earlier position.' },
  { forms: ['maintained', 'maintains'], category: 'insistence', reason: 'Speech holding to a position.' },
  { forms: ['affirmed'], category: 'insistence', reason: 'Speech confirming a position formally.' },
  { forms: ['noted'], category: 'explanation', reason: 'Speech drawing attention to a fact.' },
  { forms: ['pointed out', 'points out'], category: 'explanation', reason: 'Speech drawing attention to a fact.' },
  { forms: ['explained', 'explains'], category: 'explanation', reason: 'Speech giving reasons.' },
  { forms: ['observed', 'observes'], category: 'explanation', reason: 'Speech commenting on what was seen.' },
  { forms: ['recalled', 'recalls'], category: 'explanation', reason: 'Speech about a memory.' },
  { forms: ['recounted'], category: 'explanation', reason: 'Speech telling past events.' },
  { forms: ['argued', 'argues'], category: 'claim', reason: 'Speech making a case.' },
  { forms: ['claimed'], category: 'claim', reason: 'Speech asserting something disputed.' },
  { forms: ['contended', 'contends'], category: 'claim', reason: 'Speech asserting in a dispute.' },
  { forms: ['asserted', 'asserts'], category: 'claim', reason: 'Speech stating firmly.' },
  { forms: ['alleges'], category: 'claim', reason: 'Speech accusing; the past form doubles as an adjective and is left out.' },
  { forms: ['suggested', 'suggests'], category: 'claim', reason: 'Speech proposing or implying.' },
  { forms: ['stated'], category: 'neutral', reason: 'Formal speech or statements.' },
  { forms: ['remarked'], category: 'neutral', reason: 'A passing spoken comment.' },
  { forms: ['commented'], category: 'neutral', reason: 'Speech giving an opinion.' },
  { forms: ['declared', 'declares'], category: 'announcement', reason: 'Formal or emphatic announcement.' },
  { forms: ['announced', 'announces'], category: 'announcement', reason: 'Speech making news public.' },
  { forms: ['confirmed', 'confirms'], category: 'announcement', reason: 'Speech verifying a report.' },
  { forms: ['predicted', 'predicts'], category: 'announcement', reason: 'Speech about the future.' },
  { forms: ['concluded', 'concludes'], category: 'continuation', reason: 'The last words of a speech or report.' },
  { forms: ['continued', 'continues'], category: 'continuation', reason: 'Speech going on after an interruption.' },
  { forms: ['went on', 'goes on'], category: 'continuation', reason: 'Speech going on after an interruption.' },
  { forms: ['replied'], category: 'answer', reason: 'An answer to a question.' },
  { forms: ['responded', 'responds'], category: 'answer', reason: 'An answer to a question or charge.' },
  { forms: ['answered'], category: 'answer', reason: 'An answer to a question.' },
  { forms: ['retorted', 'countered'], category: 'answer', reason: 'A sharp or opposing answer.' },
  { forms: ['agreed'], category: 'answer', reason: 'Speech assenting to another speaker.' },
  { forms: ['denied', 'denies'], category: 'answer', reason: 'Speech rejecting a charge.' },
  { forms: ['admitted', 'admits'], category: 'concession', reason: 'Speech conceding a fault.' },
  { forms: ['acknowledged', 'acknowledges'], category: 'concession', reason: 'Speech accepting a fact.' },
  { forms: ['conceded', 'concedes'], category: 'concession', reason: 'Speech giving ground in an argument.' },
  { forms: ['urged', 'urges'], category: 'appeal', object: true, reason: 'Speech pressing someone to act: "urged voters".' },
  { forms: ['demanded', 'demands'], category: 'appeal', reason: 'Speech insisting on action.' },
  { forms: ['vowed', 'vows'], category: 'promise', reason: 'Speech committing to act.' },
  { forms: ['promised', 'promises'], category: 'promise', reason: 'Speech committing to act.' },
  { forms: ['pledged', 'pledges'], category: 'promise', reason: 'Speech committing to act.' },
  { forms: ['complained', 'complains'], category: 'emotion', reason: 'Speech expressing a grievance.' },
  { forms: ['lamented', 'laments'], category: 'emotion', reason: 'Speech expressing regret.' },
  { forms: ['joked', 'jokes', 'quipped'], category: 'emotion', reason: 'Humorous speech.' },
  { forms: ['boasted', 'boasts'], category: 'emotion', reason: 'Proud speech.' },
  { forms: ['exclaimed', 'shouted', 'yelled', 'screamed'], category: 'emotion', reason: 'Loud speech.' },
  { forms: ['whispered', 'mused'], category: 'emotion', reason: 'Quiet or reflective speech.' },
  { forms: ['testified', 'testifies'], category: 'testimony', reason: 'Speech under oath, in court or a hearing.' },
  { forms: ['tweeted', 'posted'], category: 'online', reason: 'Words published on social media.' },
  { forms: ['texted', 'emailed'], category: 'online', reason: 'Words sent as a message.' },
  { forms: ['quoted as saying'], category: 'source', reason: 'Second-hand attribution: "X was quoted as saying".' },
  { forms: ['reported'], category: 'source', reason: 'Findings or words published by a person or outlet: "Abernathy reported".' },
  { forms: ['called', 'calls'], category: 'characterisation', reason: 'Words the speaker used of something: \'X called the plan "a recipe for disaster"\'.' },
  { forms: ['described', 'describes'], category: 'characterisation', reason: 'Words the speaker used of something: \'X described it as "…"\'.' },
  { forms: ['begged', 'pleaded', 'implored'], category: 'appeal', object: true, reason: 'Speech pressing a listener: \'He begged lawmakers "not to lose sight of it"\'.' },
  { forms: ['attacked', 'branded'], category: 'characterisation', reason: 'Words the speaker used against something: \'X attacked the plan as "…"\', \'X branded it "…"\'.' },
  { forms: ['scolded'], category: 'emotion', reason: 'Sharp or reproachful speech.' },
  { forms: ['sang'], category: 'emotion', reason: 'Words sung by the speaker.' },
  { forms: ['saying'], category: 'neutral', participle: true, reason: 'A participle after a clause: \'X issued a statement, saying, "…"\'; \'footage of X saying "…"\'.' },
  ...FOREIGN_VERBS,
]

/**
 * Verbs that introduce only at the end of a paragraph, before a colon, the quote-only paragraphs
 * that follow: "The Times reports:". As plural nouns ("reports say") they attribute nothing elsewhere.
 */
export const LEAD_IN_VERBS: ReadonlySet<string> = new Set(['reports', 'notes', 'writes', 'says', 'said', 'continued', 'continues', 'added', 'adds', 'wrote', 'told', 'explained', 'declared', 'tweeted', 'posted'])

/** First words of place names, which open a sentence as people do: "South Korea", "New Zealand", "United States". */
export const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set([
  'south', 'north', 'east', 'west', 'new', 'united', 'saudi', 'sri', 'costa', 'hong', 'san', 'santa', 'los',
  'las', 'fort', 'port', 'cape', 'mount', 'lake', 'gulf',
])

/** Last words of place names: "Czech Republic", "United Kingdom", "Orange County". */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'states', 'kingdom', 'republic', 'emirates', 'islands', 'island', 'city', 'county', 'province', 'valley', 'coast', 'bay', 'river',
])

/** Titles that are also name particles ("del"), titles only when capitalised with a period: "Del. Mary Poe" (Delegate). */
export const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(['del'])

/** Honorifics, offices and roles printed before a name; stripped from speakers ("President X" is X). */
export const SPEAKER_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'baroness',
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'deputy', 'acting',
  'chief', 'executive', 'ceo', 'cfo', 'coo', 'cto', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'director', 'spokesman', 'spokeswoman', 'spokesperson',
  'ambassador', 'envoy', 'commissioner', 'speaker', 'leader', 'mp', 'mep',
  'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'mayor',
  'gen', 'col', 'colonel', 'lt', 'lieutenant', 'maj', 'capt', 'captain', 'sgt', 'sergeant', 'adm',
  'admiral', 'cmdr', 'commander', 'judge', 'attorney', 'sheriff', 'inspector', 'detective',
  'prince', 'princess', 'sheikh', 'emir', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam',
  'rev', 'reverend', 'father', 'pastor', 'coach', 'superintendent', 'administrator', 'councillor', 'councilman',
  'councilwoman', 'assemblyman', 'assemblywoman', 'trooper',
  // What a company is, printed before its name as a title is: "Developer Valve", "Chipmaker Nvidia".
  'developer', 'publisher', 'retailer', 'automaker', 'carmaker', 'chipmaker', 'drugmaker',
  'broadcaster', 'insurer', 'lender', 'regulator', 'watchdog', 'manufacturer',
  // German, French, Spanish, Italian, Portuguese and Russian forms printed capitalised before a name.
  'herr', 'frau', 'kanzler', 'kanzlerin', 'präsident', 'präsidentin', 'ministerin', 'mme', 'président',
  'présidente', 'ministre', 'presidente', 'ministro', 'ministra', 'señor', 'señora', 'президент',
  'премьер', 'министр', 'глава', 'мэр', 'губернатор', 'спикер',
  // Ukrainian and Czech forms printed capitalised before a name ("Міністр Юрій Стець", "Ministr Jan Novák").
  'міністр', 'прем\'єр', 'голова', 'мер', 'речник', 'ministr', 'ministryně', 'premiér', 'prezident', 'trenér',
])

/**
 * Ranks that are also ordinary words or surnames ("General Motors", "John Major"): titles only
 * when a name of two words or more follows ("General Mark Milley").
 */
export const FULL_NAME_TITLES: ReadonlySet<string> = new Set(['general', 'major', 'private', 'marshal'])

/**
 * Ends of German compound titles, which are one capitalised word: "Innenministerin",
 * "Bundeskanzler", "Regierungssprecher", "Ministerpräsident".
 */
export const TITLE_SUFFIXES: readonly string[] = [
  'minister', 'ministerin', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'sprecher', 'sprecherin',
  'bürgermeister', 'bürgermeisterin', 'sekretär', 'sekretärin',
]

/**
 * Plural and collective common nouns that open a sentence capitalised, as in "Police said" or
 * "Witnesses told reporters": alone they name nobody, so the speaker is null.
 */
export const COMMON_NOUN_SUBJECTS: ReadonlySet<string> = new Set([
  'police', 'witnesses', 'witness', 'officials', 'authorities', 'residents', 'analysts', 'experts',
  'investigators', 'prosecutors', 'officers', 'doctors', 'scientists', 'researchers', 'protesters',
  'demonstrators', 'critics', 'sources', 'observers', 'economists', 'lawyers', 'rescuers',
  'firefighters', 'neighbours', 'neighbors', 'locals', 'villagers', 'activists', 'organisers',
  'organizers', 'historians', 'students', 'teachers', 'parents', 'fans', 'voters', 'supporters',
  'opponents', 'medics', 'paramedics', 'diplomats', 'lawmakers', 'legislators', 'campaigners',
  'survivors', 'relatives', 'families', 'passengers', 'workers', 'employees', 'staff', 'troops',
  'soldiers', 'rebels', 'militants', 'insurgents', 'farmers', 'traders', 'investors', 'forecasters',
  'meteorologists', 'participants', 'members', 'spokespeople', 'spokesmen', 'spokeswomen', 'aides',
  'advisers', 'advisors', 'insiders', 'democrats', 'republicans', 'conservatives', 'liberals',
  'others', 'people',
])

/** The neuter pronoun: "it said" speaks for the last organisation named ("the ministry ... it added"). */
export const ORGANISATION_PRONOUNS: ReadonlySet<string> = new Set(['it'])

/**
 * Lower-case role nouns that join an organisation to a person in a subject:
 * "White House press secretary Karine Jean-Pierre", "Moody's chief economist Mark Zandi".
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'press', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'chief', 'economist',
  'analyst', 'official', 'director', 'executive', 'officer', 'adviser', 'advisor', 'aide', 'leader',
  'head', 'chairman', 'chairwoman', 'president', 'lawyer', 'attorney', 'correspondent', 'editor',
  'reporter', 'researcher', 'professor', 'commander', 'envoy', 'ambassador', 'negotiator',
  'strategist', 'founder', 'ceo', 'manager', 'coach', 'captain', 'member', 'candidate', 'nominee',
  'lawmaker', 'senator', 'governor', 'mayor', 'judge', 'prosecutor', 'foreign', 'senior', 'deputy',
  'former', 'top', 'general', 'prime', 'vice', 'opposition', 'party', 'counsel',
  'contributor', 'insider', 'commissioner', 'superintendent', 'teacher', 'principal', 'student',
  'host', 'anchor', 'actor', 'actress', 'singer', 'rapper', 'writer', 'author', 'producer',
  'businessman', 'businesswoman', 'billionaire', 'investor', 'entrepreneur', 'activist', 'doctor',
  'nurse', 'scientist', 'historian', 'meteorologist', 'owner', 'player', 'teammate', 'rookie',
  'veteran', 'star', 'defenseman', 'defender', 'forward', 'goalie', 'goalkeeper', 'winger', 'center',
  'centre', 'quarterback', 'striker', 'midfielder', 'pitcher', 'catcher', 'linebacker', 'receiver',
  'lineman',
])

/** Words of an office after "of" in a title: "Secretary of State Antony Blinken" is Antony Blinken. */
export const OFFICE_WORDS: ReadonlySet<string> = new Set([
  'state', 'defense', 'defence', 'foreign', 'affairs', 'health', 'justice', 'treasury', 'commerce',
  'labor', 'labour', 'energy', 'education', 'agriculture', 'transportation', 'transport', 'homeland',
  'security', 'finance', 'interior', 'the', 'economy', 'trade', 'culture', 'public', 'prosecution',
  'prosecutions', 'national', 'intelligence', 'housing', 'environment', 'veterans', 'home',
])

/** Last words of organisation names; a name ending in one keeps its title-like words ("Justice Department"). */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'house', 'committee', 'council', 'commission', 'bank', 'party',
  'union', 'agency', 'court', 'service', 'services', 'group', 'company', 'corporation', 'corp', 'inc',
  'ltd', 'association', 'institute', 'university', 'foundation', 'fund', 'bureau', 'administration',
  'government', 'parliament', 'assembly', 'police', 'army', 'forces', 'navy', 'command', 'authority',
  'board', 'organization', 'organisation', 'network', 'club', 'federation', 'league', 'senate',
  'congress', 'cabinet', 'embassy', 'guard', 'motors', 'school', 'college', 'hospital', 'press',
  'times', 'post', 'news', 'media', 'productions', 'magazine', 'journal', 'herald', 'tribune',
  'institution', 'center', 'centre', 'programme', 'program', 'coalition', 'alliance', 'directorate',
  'division', 'secretariat', 'ministerium',
  'regierung', 'ministère', 'gouvernement', 'ministerio', 'gobierno', 'ministero', 'governo',
  'министерство', 'правительство',
])

/** Capitalised at a sentence's start but never part of a name ("But Atambayev said" names Atambayev). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'then', 'when', 'while', 'if', 'as', 'at', 'in', 'on',
  'for', 'last', 'this', 'that', 'these', 'those', 'however', 'meanwhile', 'also', 'after', 'before',
  'since', 'until', 'because', 'although', 'though', 'yet', 'still', 'now', 'today', 'yesterday',
  'tomorrow', 'here', 'there', 'it', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'we', 'they',
  'he', 'she', 'you', 'what', 'who', 'why', 'how', 'where', 'speaking', 'earlier', 'later',
  'separately', 'instead', 'indeed', 'both', 'many', 'some', 'several', 'all', 'every', 'each', 'other',
  'another', 'such', 'not', 'no', 'nor', 'with', 'without', 'from', 'by', 'to', 'of', 'during',
  'despite', 'amid', 'under', 'over', 'among', 'between', 'about', 'against', 'asked', 'according',
])

/** Lower-case words inside names: "Ursula von der Leyen", "Charles de Gaulle". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter',
  'ten', 'bin', 'ibn', 'al', 'el', 'y',
])

/** A name right after one of these is an object, not the speaker ("a spokesman for Gazprom said"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'for', 'at', 'from', 'in', 'with', 'to', 'on', 'by', 'about', 'near', 'inside', 'outside',
  'within', 'across', 'under', 'over', 'into', 'between', 'against', 'like', 'than',
  // Other languages' prepositions that end a speaker's name ("dijo Pedro Sánchez en Madrid",
  // "ha detto Mario Draghi ai giornalisti"). Those that are also name particles (de, da, di, del,
  // al) are not here.
  'en', 'à', 'au', 'aux', 'dans', 'pour', 'sur', 'lors', 'avec', 'chez', 'devant', 'am', 'im', 'bei',
  'mit', 'nach', 'vor', 'für', 'gegenüber', 'während', 'con', 'ante', 'tras', 'desde', 'durante',
  'per', 'nel', 'nella', 'ai', 'alla', 'em', 'ao', 'aos', 'na', 'nas', 'nos', 'com', 'para', 'op',
  'bij', 'met', 'voor', 'tijdens', 'в', 'во', 'на', 'по', 'при', 'для', 'с', 'со', 'у', 'перед',
])

/** Words that may stand between a subject and its verb: "Atambayev also said", "he had told". */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'once', 'again', 'previously',
  'earlier', 'recently', 'repeatedly', 'reportedly', 'publicly', 'privately', 'finally', 'would', 'will',
  'did', 'does', 'do', 'never', 'always', 'often', 'even', 'only', 'just', 'flatly', 'firmly', 'angrily',
  'bluntly', 'calmly', 'quietly', 'simply', 'further', 'subsequently', 'separately', 'famously',
])

/** Words that open an adverbial after a verb, so the clause attributes and says nothing more. */
export const ADVERBIAL_STARTERS: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'when', 'while', 'as', 'from', 'via', 'to', 'with',
  'without', 'yesterday', 'today', 'tonight', 'last', 'this', 'earlier', 'later', 'afterwards',
  'recently', 'again', 'adding', 'citing', 'referring', 'speaking', 'according', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'through', 'outside', 'inside', 'ahead',
  'who', 'whose', 'which', 'and', 'but', 'about', 'because', 'then',
])

/** Third-person singular pronouns, in the languages of FOREIGN_VERBS too: the speaker is the last person named. */
export const PRONOUN_SPEAKERS: ReadonlySet<string> = new Set([
  'he', 'she', 'er', 'il', 'elle', 'él', 'ella', 'lui', 'lei', 'ele', 'ela', 'hij', 'он', 'она',
])

/** Plural pronouns (and German "sie", Dutch "zij", which may be either): the last person or body named. */
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'sie', 'ils', 'elles', 'ellos', 'ellas', 'loro', 'eles', 'elas', 'zij', 'они'])

/** First and second person: the writer or the reader, never a named speaker. */
export const REJECTED_SPEAKERS: ReadonlySet<string> = new Set(['i', 'we', 'you'])

/** Words that head no subject: a phrase ending in one is not "who said it". */
export const NON_SUBJECT_HEADS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'not', 'it',
])

/** Open relative clauses, so the phrase is an appositive about someone, not the speaker. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whose', 'whom', 'which'])

/** A quoted phrase right after one of these is a name or title of a work, not a quotation. */
export const TITLE_CUES: ReadonlySet<string> = new Set([
  'titled', 'entitled', 'headlined', 'called', 'named', 'dubbed', 'nicknamed', 'so-called', 'labelled',
  'labeled', 'branded',
])

/** A quoted phrase right after one of these is a slogan, tagline or chant, even when it ends like a sentence. */
export const SLOGAN_CUES: ReadonlySet<string> = new Set([
  'tagline', 'slogan', 'motto', 'catchphrase', 'hashtag', 'headline', 'chanted', 'chanting', 'chants',
])

/** Nouns a quoted name stands before: 'the "one country, two systems" formula', 'the "Remain in Mexico" policy'. */
export const TERM_HEADS: ReadonlySet<string> = new Set([
  'formula', 'policy', 'policies', 'principle', 'doctrine', 'strategy', 'campaign', 'slogan', 'motto',
  'deal', 'plan', 'agreement', 'accord', 'program', 'programme', 'initiative', 'movement', 'rule', 'law',
  'act', 'bill', 'model', 'approach', 'narrative', 'label', 'brand', 'project', 'scheme', 'framework',
  'concept', 'theory', 'system', 'regime', 'era', 'tour', 'series', 'show', 'album', 'song',
  'film', 'book', 'channel', 'group', 'party', 'caucus', 'hashtag', 'meme', 'trend',
])

/** Words before a quoted term that modifies the next word: 'the "one country, two systems" formula'. */
export const TERM_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'whose',
])

/** Words left lower case inside titles of works: "War and Peace", "Gone with the Wind". */
export const SMALL_TITLE_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with',
  'from', 'as', 'vs', 'via', 'into', 'upon',
])

/** Words that open a descriptive phrase ("a teacher at Richmond High School"): what follows a preposition in it is no speaker. */
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'another', 'one'])

/** Suffixes that end a name after the surname ("James P. Kennedy Jr."), so the surname is the word before. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/**
 * Prepositions between a role and the place or body it serves, before a name: "special envoy to
 * Ukraine Kurt Volker", "ambassador to Britain Liu Xiaming", "minister for Europe Jane Doe".
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'of', 'for', 'at', 'in'])
