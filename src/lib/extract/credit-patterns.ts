/**
 * The grammar of image credits, as data. `credit.ts` applies it.
 *
 * Every regex here is anchored or bounded: word classes exclude the separators between them,
 * so each repetition can only be split one way and matching stays linear in the segment.
 */

/** A word or sign that introduces a credit: "Photo: Jane Doe", "Photo by Jane Doe", "© Jane". */
export interface CreditLabel {
  name: string
  /** One line: why text after this label is a credit. */
  reason: string
  /** The label as printed (matched case-insensitively; lower case only after a separator). */
  label: string
  /** `colon`: a colon follows, with an optional space before it as French prints it.
   * `space`: a space follows ("Photo by"). `none`: the next word may follow at once ("©Jane"). */
  then: 'colon' | 'space' | 'none'
  /** Keep the label from this word on in the credit, because it carries meaning: "Photo
   * courtesy of the family" gives "courtesy of the family". */
  keepFrom?: string
}

export const CREDIT_LABELS: readonly CreditLabel[] = [
  { name: 'photo-credit', label: 'Photo credit', then: 'colon', reason: 'English: the explicit credit line.' },
  { name: 'image-credit', label: 'Image credit', then: 'colon', reason: 'English: the explicit credit line.' },
  { name: 'photograph', label: 'Photograph', then: 'colon', reason: 'English (The Guardian): photographer or agency.' },
  { name: 'photography', label: 'Photography', then: 'colon', reason: 'English: photographer of a shoot.' },
  { name: 'photos', label: 'Photos', then: 'colon', reason: 'English: credit for a set of photos.' },
  { name: 'photographer', label: 'Photographer', then: 'colon', reason: 'English: the photographer, as chart and feature pages print him beside the source ("Photographer: Jane Doe | Source: …").' },
  { name: 'photographers', label: 'Photographers', then: 'colon', reason: 'English: the photographers of a set.' },
  { name: 'photo', label: 'Photo', then: 'colon', reason: 'English and French ("Photo : X"): photographer or agency.' },
  { name: 'photo-by', label: 'Photo by', then: 'space', reason: 'English: photographer named in running words.' },
  { name: 'photos-by', label: 'Photos by', then: 'space', reason: 'English: photographer of a set.' },
  { name: 'photography-by', label: 'Photography by', then: 'space', reason: 'English: photographer of a shoot, in running words.' },
  { name: 'photographed-by', label: 'Photographed by', then: 'space', reason: 'English: photographer of a shoot.' },
  { name: 'photograph-by', label: 'Photograph by', then: 'space', reason: 'English (The Wall Street Journal): photographer named in running words.' },
  { name: 'image-by', label: 'Image by', then: 'space', reason: 'English: maker of the image.' },
  { name: 'picture-by', label: 'Picture by', then: 'space', reason: 'British English: photographer named in running words.' },
  { name: 'illustration-by', label: 'Illustration by', then: 'space', reason: 'English: the illustrator.' },
  { name: 'photo-illustration-by', label: 'Photo illustration by', then: 'space', reason: 'English: maker of a photo montage.' },
  { name: 'image-copyright', label: 'Image copyright', then: 'space', reason: 'English (BBC): the rights holder, before the caption.' },
  { name: 'file', label: 'File', then: 'colon', reason: 'An archive picture (Al Jazeera: "[File: Reuters]"): the credit follows.' },
  { name: 'source', label: 'Source', then: 'colon', reason: 'English: where the image comes from ("(Source: NASA)").' },
  { name: 'image-source', label: 'Image source', then: 'colon', reason: 'English: where the image comes from ("Image Source: Jane Doe/Shutterstock").' },
  { name: 'image', label: 'Image', then: 'colon', reason: 'English (BBC): source of the image.' },
  { name: 'picture', label: 'Picture', then: 'colon', reason: 'British English: photographer or agency.' },
  { name: 'pictures', label: 'Pictures', then: 'colon', reason: 'British English: credit for a set.' },
  { name: 'pic', label: 'Pic', then: 'colon', reason: 'British tabloid shorthand for the picture credit.' },
  { name: 'illustration', label: 'Illustration', then: 'colon', reason: 'English: the illustrator.' },
  { name: 'credits', label: 'Credits', then: 'colon', reason: 'English: the credit line.' },
  { name: 'credit', label: 'Credit', then: 'colon', reason: 'English: the credit line.' },
  { name: 'credit-dots', label: 'Credit...', then: 'none', reason: 'English (The New York Times): "Credit" and a hidden ellipsis before the credit.' },
  { name: 'credit-ellipsis', label: 'Credit…', then: 'none', reason: 'The same with an ellipsis character.' },
  { name: 'credit-photo', label: 'Crédit photo', then: 'colon', reason: 'French: the credit line.' },
  { name: 'credit-fr', label: 'Crédit', then: 'colon', reason: 'French: the credit line.' },
  { name: 'credits-fr', label: 'Crédits', then: 'colon', reason: 'French: the credit line.' },
  { name: 'foto', label: 'Foto', then: 'colon', reason: 'German, Spanish, Italian, Portuguese, Dutch: photographer or agency.' },
  { name: 'fotos', label: 'Fotos', then: 'colon', reason: 'German, Spanish, Portuguese, Dutch: credit for a set.' },
  { name: 'bild', label: 'Bild', then: 'colon', reason: 'German: source of the picture.' },
  { name: 'foto-ru', label: 'Фото', then: 'colon', reason: 'Russian: photographer or agency.' },
  { name: 'foto-ru-space', label: 'Фото', then: 'space', reason: 'Russian: "Фото ТАСС", "Фото @handle", with no colon.' },
  { name: 'copyright-word', label: 'Copyright', then: 'colon', reason: 'The rights holder, spelled out.' },
  { name: 'copyright-sign', label: '©', then: 'none', reason: 'The rights holder.' },
  { name: 'photo-courtesy', label: 'Photo courtesy of', then: 'space', keepFrom: 'courtesy', reason: 'Who supplied a handout photo.' },
  { name: 'image-courtesy', label: 'Image courtesy of', then: 'space', keepFrom: 'courtesy', reason: 'Who supplied a handout image.' },
  { name: 'photo-courtesy-bare', label: 'Photo courtesy', then: 'space', keepFrom: 'courtesy', reason: 'Who supplied a handout photo, without "of" ("Photo courtesy Method Architecture").' },
  { name: 'image-courtesy-bare', label: 'Image courtesy', then: 'space', keepFrom: 'courtesy', reason: 'Who supplied a handout image, without "of".' },
  { name: 'courtesy-of', label: 'Courtesy of', then: 'space', keepFrom: 'courtesy', reason: 'Who supplied a handout image.' },
  { name: 'courtesy', label: 'Courtesy', then: 'space', keepFrom: 'courtesy', reason: 'Who supplied a handout image ("Courtesy NASA").' },
]

/** Photo agencies, wire services and picture libraries whose name alone is a credit. */
export const AGENCIES: readonly string[] = [
  'AP', 'AAP', 'Associated Press', 'The Associated Press', 'Reuters', 'AFP', 'Agence France-Presse',
  'Getty Images', 'Getty', 'EPA', 'EFE', 'EPA-EFE', 'ANSA', 'ANP', 'dpa', 'DPA', 'picture alliance',
  'picture-alliance', 'Keystone', 'Xinhua', 'TASS', 'ITAR-TASS', 'ТАСС', 'РИА Новости', 'RIA Novosti',
  'Sputnik', 'Kyodo', 'Kyodo News', 'Yonhap', 'PA', 'PA Images', 'PA Wire', 'PA Media', 'UPI',
  'Bloomberg', 'Shutterstock', 'Rex', 'Rex Features', 'Alamy', 'Alamy Stock Photo', 'Sipa',
  'Sipa USA', 'Abaca', 'ZUMA Press', 'ZUMA Wire', 'Zuma', 'NurPhoto', 'SOPA Images', 'LightRocket',
  'Anadolu', 'Anadolu Agency', 'Imago', 'Polaris', 'Redux', 'Magnum Photos', 'Corbis', 'iStock',
  'Unsplash', 'Wikimedia Commons', 'NASA', 'The Canadian Press', 'Canadian Press', 'Pool',
]

/** Picture libraries: their names never end a description, so they are credits even with no
 * separator before them ("A view of the harbour Getty Images"). */
export const STOCK_LIBRARIES: readonly string[] = [
  'Getty Images', 'Shutterstock', 'Alamy Stock Photo', 'Alamy', 'iStock', 'iStockphoto', 'Unsplash',
  'Pexels', 'Pixabay', 'Dreamstime', 'Adobe Stock', 'Wikimedia Commons',
]

/** Lower-case particles inside personal names: "Ludwig van Beethoven", "Bashar al-Assad". */
const NAME_PARTICLES = ['de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'der', 'den', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'ben', 'zu', 'y']

/** Lower-case words inside organisation names: "Ministry of Defence", "AFP via Getty Images".
 * Not "in" or "at": they join a description to a name ("Protesters in Moscow Jane Doe/AP"). */
const ORG_CONNECTORS = ['of', 'the', 'for', 'and', '&', 'de', 'del', 'des', 'du', 'der', 'und', 'y', 'via']

/** Abbreviations whose full stop does not end a sentence ("Mr. Putin", "St. Petersburg"). */
export const ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Jr', 'Sr', 'Gen', 'Gov', 'Sen', 'Rep', 'Lt', 'Col', 'Sgt', 'Capt',
  'Prof', 'Rev', 'Hon', 'No', 'Mt', 'Ft', 'Inc', 'Co', 'Corp', 'Ltd', 'vs', 'Bros',
]

/** Capitalised words that start or sit in a phrase but never in a photographer's name: a
 * trailing "The Kremlin" or "Red Square on Monday" is a place or a time, not a credit. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'By', 'For', 'From', 'With',
  'To', 'Of', 'And', 'But', 'Or', 'Is', 'Are', 'Was', 'Were', 'Here', 'There', 'Photo', 'Image',
  'Picture', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December', 'File', 'Left', 'Right', 'Top', 'Bottom', 'Above', 'Below',
])

/** Characters with a meaning in a regex, escaped so a literal matches itself. */
const REGEX_SYNTAX = /[.*+?^${}()|[\]\\]/g

function escape(literal: string): string {
  return literal.replace(REGEX_SYNTAX, '\\$&')
}

/** Alternation of literals, longest first so "Getty Images" wins over "Getty", each also in
 * upper case as wires print them ("REUTERS"). */
function alternation(literals: readonly string[]): string {
  const variants = new Set(literals.flatMap((l) => [l, l.toUpperCase()]))
  return [...variants].sort((a, b) => b.length - a.length).map(escape).join('|')
}

/** A capitalised word of a name: initials, hyphens and apostrophes allowed ("O'Brien", "J."). */
const CAP_WORD = String.raw`[\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]{0,30}`
/** A name word, possibly after particles ("van Beethoven", "de la Cruz", "al-Assad"). */
const NAME_WORD = String.raw`(?:(?:${NAME_PARTICLES.join('|')}) ){0,2}(?:(?:${NAME_PARTICLES.join('|')})-)?${CAP_WORD}`
/** A personal name of two to four words: "Sergey Ponomarev", "J. Scott Applewhite". */
const NAME = String.raw`${CAP_WORD}(?: ${NAME_WORD}){1,3}`
/** A word of an organisation: capitalised, or a brand with digits ("9News"). */
const ORG_WORD = String.raw`[\p{Lu}\p{Lt}\p{N}][\p{L}\p{M}\p{N}'’.&-]{0,30}`
/** An organisation or a one-to-six-word name: "The New York Times", "Ministry of Defence". */
const ORG = String.raw`${ORG_WORD}(?: (?:(?:${ORG_CONNECTORS.join('|')}) )?${ORG_WORD}){0,5}`
/** A known agency, optionally "Photo"/"Images"/…, optionally "via" another: "AFP via Getty Images". */
const AGENCY = String.raw`(?:${alternation(AGENCIES)})(?: (?:Photos?|Images|Pictures|Wire|Pool|Handout))?(?: via (?:${alternation(AGENCIES)}))?`
/** The suffix for archive, pool and handout pictures: "AP Photo/Evan Vucci, File", "Jane Doe / AP file" (NBC). */
const WIRE_SUFFIX = String.raw`(?:(?:, ?| )(?:File|file|FILE|Pool|Handout|Archive))?`
/** The slash, doubled on some templates ("Studio//Getty Images"), or a spaced bar ("Alex Wong | Getty Images") between photographer and agency. */
const SLASH = String.raw`(?: ?\/{1,2} ?| \| )`
/** A stock photographer's user name, in lower case as picture libraries print it: "imaginima", "fizkes", "m-gucci". */
const HANDLE = String.raw`[\p{Ll}\p{N}][\p{L}\p{N}._-]{1,30}`

/** A web address, the credit of a picture taken from a site: "onmeth.com", "www.nasa.gov". Labels
 * are bounded and the top-level domain is letters only, so a number ("p. 3") or an initial ("U.S")
 * is no address. */
const WEB_ADDRESS = String.raw`(?:www\.)?[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,3}\.[A-Za-z]{2,6}`
/** How the picture came to the paper, a credit line of its own in local papers: "Submitted photo",
 * "File photo", "Staff photo by Jane Doe". Capitalised: "a file photo of his son" is running text. */
const SUPPLIED_PHOTO = String.raw`(?:${alternation(['Submitted', 'Contributed', 'Courtesy', 'File', 'Staff', 'Handout', 'Provided'])}) (?:${alternation(['photo', 'Photo', 'photograph', 'Photograph', 'image', 'Image'])})s?(?: by ${NAME})?`

/** A credit form recognised without a label. */
export interface CreditForm {
  name: string
  /** One line: why a segment of this shape is a credit. */
  reason: string
  /** Matches a whole segment (anchored at both ends). */
  pattern: RegExp
  /** True when the form is distinctive enough to split a caption with no separator before it. */
  inline: boolean
}

function form(name: string, reason: string, source: string, inline: boolean): CreditForm {
  return { name, reason, pattern: new RegExp(`^(?:${source})$`, 'u'), inline }
}

export const CREDIT_FORMS: readonly CreditForm[] = [
  form('agency', 'An agency named alone: "Reuters", "AP Photo", "AFP via Getty Images".', AGENCY, false),
  form('stock-library', 'A picture library, alone: "Shutterstock", "Getty Images".', alternation(STOCK_LIBRARIES), true),
  form('via-agency', 'Distributed by an agency: "Jane Doe via Getty Images", "Ministry of Defence/Handout via Reuters".',
    String.raw`${ORG}(?:${SLASH}${ORG})? via (?:${AGENCY})${WIRE_SUFFIX}`, true),
  form('agency-slash-name', 'Agency first, as AP and EPA print it: "AP Photo/Evan Vucci", "EPA-EFE/Jane Doe", "REUTERS/Maxim Shemetov".',
    String.raw`${AGENCY}${SLASH}${ORG}(?:${SLASH}${ORG})?${WIRE_SUFFIX}`, true),
  form('name-slash-agency', 'Photographer then agency: "Sergey Ponomarev/AP", "Jane Doe / Reuters", "Jane Doe/Getty Images".',
    String.raw`${ORG}${SLASH}${AGENCY}(?:${SLASH}${ORG})?${WIRE_SUFFIX}`, true),
  form('handle-slash-agency', 'A picture library\'s contributor by user name, then the library: "imaginima/Getty Images", "fizkes/iStock".',
    String.raw`${HANDLE}${SLASH}(?:${AGENCY}|${alternation(STOCK_LIBRARIES)})`, false),
  form('name-slash-publisher', 'A full name then the publication: "Doug Mills/The New York Times".',
    String.raw`${NAME}${SLASH}${ORG}(?:${SLASH}${ORG})?${WIRE_SUFFIX}`, true),
  form('name-comma-agency', 'Photographer, comma, agency, as US papers print wire photos: "Patrick Semansky, Associated Press".',
    String.raw`${ORG}, (?:${AGENCY})${WIRE_SUFFIX}`, false),
  form('name-comma-agency-inline', 'The same run on to the caption with no separator ("… quarterback Jane Doe, Associated Press"): a personal name only, so where it starts can be told.',
    String.raw`${NAME}, (?:${AGENCY})${WIRE_SUFFIX}`, true),
  form('org-slash-name', 'An organisation then its photographer or artist, as science agencies print: "NASA Goddard Space Flight Center/Jane Doe".',
    String.raw`${ORG}${SLASH}${NAME}`, false),
  form('web-address', 'A site\'s address names where the picture was taken from: "(onmeth.com)", "NASA.gov".', WEB_ADDRESS, false),
  form('supplied-photo', 'A credit line saying how the picture came, used when no maker is named: "Submitted photo", "File photo", "Courtesy photo".',
    SUPPLIED_PHOTO, true),
  form('name-for-publisher', 'A commissioned photographer: "Jane Doe for The New York Times", "Jane Doe for Reuters".',
    String.raw`${NAME} for (?:The ${ORG}|${AGENCY})`, true),
]

/** A known agency or picture library and nothing else. */
export const AGENCY_ONLY = new RegExp(`^(?:${AGENCY}|${alternation(STOCK_LIBRARIES)})$`, 'u')
/**
 * A whole segment that is a name and nothing else, a person's or an organisation's ("Jane Doe",
 * "OsakaWayne Studios", "Adobe"): capitalised words, lower-case connectors between them.
 */
export const NAME_OR_ORG_ONLY = new RegExp(`^${ORG}$`, 'u')
/** A whole segment that is a personal name and nothing else. */
export const NAME_ONLY = new RegExp(`^${NAME}$`, 'u')
/** A bracketed name of one to five words, the shape of a credit in "[Jane Doe]". */
export const BRACKETED_NAME = new RegExp(String.raw`^${CAP_WORD}(?: ${NAME_WORD}){0,4}$`, 'u')
/** An organisation in square brackets, its parts joined by "via" or a slash: "[SpaceX via Nasa]".
 * Square brackets at a caption's end hold a credit (Al Jazeera and other Arabic and Asian sites
 * print them so); every word capitalised, so "[Reuters said]" is no credit. */
export const BRACKETED_ORG = new RegExp(String.raw`^${ORG}(?:${SLASH}${ORG}){0,2}$`, 'u')

/** Labels printed with a colon (or a bar), a space, or nothing after them, each escaped, longest first. */
function labelsThen(then: CreditLabel['then']): string {
  return CREDIT_LABELS.filter((l) => l.then === then)
    .map((l) => l.label)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')
}
const COLON_LABELS = labelsThen('colon')

/** Every label, compiled, longest first: not preceded by a letter or digit, so "Telephoto:"
 * is no label. Case-insensitive; `credit.ts` rejects a lower-case label mid-sentence. A colon
 * label may be printed with a bar instead ("Photo | Jane Doe") and two joined by "&" are one
 * ("Source & Photography: …"). */
export const LABEL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${COLON_LABELS})(?: ?& ?(?:${COLON_LABELS}))?(?: ?:| \|)|(?:${labelsThen('space')}) (?=\S)|(?:${labelsThen('none')})) ?`,
  'giu',
)

/** A credit label left at the end of a caption's text, its credit printed in an element of its own ("… at night. © " then "<span>Reuters</span>"). */
export const DANGLING_LABEL = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:${COLON_LABELS})(?: ?:| \|)|(?:${labelsThen('none')}))$`, 'iu')

/** The sentence end or separator between the parts of a caption. A full stop after an
 * initial ("J. Scott") or an abbreviation ("Mr. Putin") is no boundary. Group `end` keeps the
 * sentence's closing punctuation with the text before it. A full stop right after a lower-case
 * letter or a digit and right before a capital is one too, with no space: sibling elements run
 * together ("…on July 25, 2019.J. Scott Applewhite / AP file"). */
export const BOUNDARY = new RegExp(
  String.raw`(?<!(?:^|[\s.(\[/])\p{Lu})(?<!\b(?:${ABBREVIATIONS.join('|')}))(?<end>[.!?]["'”’»)\]]{0,3})(?: +|(?<=[\p{Ll}\p{N}][.!?])(?=\p{Lu}))| [—–-] +| ?[|•·] *`,
  'gu',
)

/** Credit labels that open with a capital, for finding one run on to the word or number before it
 * ("…sought treatmentCredit: EPA", a chart's "…by county, 2023Source: Census Bureau"). Case-sensitive, unlike LABEL. */
export const GLUED_LABEL = new RegExp(
  String.raw`(?<=[\p{Ll}\p{N}])(?=(?:${CREDIT_LABELS.filter((l) => l.then === 'colon').map((l) => escape(l.label)).join('|')}) ?:)`,
  'gu',
)

/** Labels that name the caption for screen readers, not its maker: "Image caption" (BBC). */
export const CAPTION_LABEL = /(?:Image|Media|Video|Photo) caption:?|Caption:/u

/** A label that opens a caption with a description, not a credit, after it: "Image: Jose Mourinho has agreed…" (Sky). */
export const LEADING_IMAGE_LABEL = /^(?:Image|Photo|Picture|Foto|Bild|Фото) ?: ?(?=[\p{L}\p{N}])/u
/** A word pointing at the picture that opens its caption: "Above: A coworking space …" says where
 * the picture is, not what it shows. Only words that point at one picture: "Left:" and "Right:"
 * tell two people or two pictures apart. */
export const LEADING_POINTER = /^(?:Above|Pictured|Pictured above|Shown|Shown above|Shown here) ?: ?(?=[\p{L}\p{N}"“‘'])/u

/** The words of a toggle that opens a collapsed caption: "more", "Show more", "Read more". */
const TOGGLE_MORE = String.raw`(?:(?:[Ss]how|[Rr]ead|[Ss]ee) )?(?:more|More|MORE)`
/** The words of a toggle that collapses a caption again: "less", "Show less". */
const TOGGLE_LESS = String.raw`(?:(?:[Ss]how|[Rr]ead|[Ss]ee) )?(?:less|Less|LESS)`
/**
 * A gallery caption's expand or collapse toggle printed at its end: "… in Las Vegas. less" (the
 * full caption's button) or "… in Las ... more" (the truncated copy's, its ellipsis with it). A
 * toggle word counts only after the caption's closing punctuation, or "more" after an ellipsis:
 * "bread, milk and more" and "much less" end captions.
 */
export const CAPTION_TOGGLE = new RegExp(
  String.raw`(?:(?<=[.!?)\]"”’]) ?(?:${TOGGLE_LESS}|(?:[Ss]how|[Rr]ead|[Ss]ee) (?:more|More))| ?(?:\.{3}|…) ?${TOGGLE_MORE})$`,
  'u',
)

/** A toggle printed as a line of its own (its button is an element of the caption): "less", "... more", "Show more". */
export const CAPTION_TOGGLE_LINE = new RegExp(String.raw`^(?:(?:\.{3}|…) ?)?(?:${TOGGLE_MORE}|${TOGGLE_LESS})$`, 'u')

/**
 * A link label naming nobody at a caption's end, its link the only credit the page gives: "(Image
 * Source)", "(via)", or "Source" alone or after a sentence ("… by county. Source"). Neither caption
 * text nor credit; "The source of the river" is a description.
 */
export const BARE_SOURCE_LABEL = /(?:\s?\((?:image |photo )?(?:source|via)\)|(?:^|(?<=[.!?…] ))(?:image |photo )?source)$/iu
/** A gallery's counter run on to the caption's start: "1of4", "2 / 12". */
export const GALLERY_COUNTER = /^\d{1,3} ?(?:of|\/) ?\d{1,3}(?=[\s\p{Lu}])/u
