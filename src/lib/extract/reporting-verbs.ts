/**
 * The vocabulary of attribution, as data: the reporting verbs that tie a quotation to its
 * speaker, and the small word lists the speaker parser in quotes.ts needs (titles to strip,
 * pronouns, prepositions, words that end a name). Every entry says why it is here.
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
}

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
]

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
  'rev', 'reverend', 'father', 'pastor', 'coach',
])

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
  'former', 'top', 'general', 'prime', 'vice', 'opposition', 'party',
])

/** Words of an office after "of" in a title: "Secretary of State Antony Blinken" is Antony Blinken. */
export const OFFICE_WORDS: ReadonlySet<string> = new Set([
  'state', 'defense', 'defence', 'foreign', 'affairs', 'health', 'justice', 'treasury', 'commerce',
  'labor', 'labour', 'energy', 'education', 'agriculture', 'transportation', 'transport', 'homeland',
  'security', 'finance', 'interior', 'the', 'economy', 'trade', 'culture',
])

/** Last words of organisation names; a name ending in one keeps its title-like words ("Justice Department"). */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'house', 'committee', 'council', 'commission', 'bank', 'party',
  'union', 'agency', 'court', 'service', 'services', 'group', 'company', 'corporation', 'corp', 'inc',
  'ltd', 'association', 'institute', 'university', 'foundation', 'fund', 'bureau', 'administration',
  'government', 'parliament', 'assembly', 'police', 'army', 'forces', 'navy', 'command', 'authority',
  'board', 'organization', 'organisation', 'network', 'club', 'federation', 'league', 'senate',
  'congress', 'cabinet', 'embassy', 'guard', 'motors',
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

/** Third-person pronouns: the speaker is the last person named. */
export const PRONOUN_SPEAKERS: ReadonlySet<string> = new Set(['he', 'she', 'they'])

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

/** Words left lower case inside titles of works: "War and Peace", "Gone with the Wind". */
export const SMALL_TITLE_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with',
  'from', 'as', 'vs', 'via', 'into', 'upon',
])
