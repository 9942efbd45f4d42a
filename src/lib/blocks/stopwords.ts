/**
 * Function words per language: the share of them in a block tells prose (high) from menus,
 * headlines and link lists (low). Short lists of the most frequent words are enough for a
 * density signal; they are not meant for search.
 */

const LISTS: Record<string, string> = {
  en: 'a about after all also an and any are as at be because been before but by can could did do does for from had has have he her his how i if in into is it its just more most my no not of on one only or our out over said she so some such than that the their them then there these they this to up was we were what when which who will with would you your',
  de: 'aber als am an auch auf aus bei bis das dass dem den der des die doch du durch ein eine einem einen einer es für hat hatte ich ihr im in ist ja kann man mit nach nicht noch nur oder sich sie sind so um und uns von vor war was wenn werden wie wir wird zu zum zur über',
  fr: 'au aux avec ce ces comme dans de des du elle en est et il ils je la le les leur lui mais me même ne nous on ont ou par pas pour qu que qui sa se ses son sont sur un une vous était été être a à',
  es: 'al como con de del el ella en era es esta este está fue ha hay la las le lo los más no o para pero por que se sin sobre su sus también un una y ya él',
  it: 'al alla anche che chi come con da dal della delle di e è gli ha i il in la le lo ma nel nella non per più se si sono su tra un una',
  pt: 'ao aos as com como da das de do dos e ela ele em entre era essa este foi há isso mais mas na nas no nos não o os ou para pela pelo por que se sem seu sua são também um uma é',
  nl: 'aan al bij dan dat de die dit door een en er had heb heeft hem het hij in is je kan maar met na naar niet nog of om ook op over te tot uit van voor was wat we werd wordt zal ze zich zijn',
  ru: 'а бы был была были было в во вы да для до его ее если же за и из или им их к как когда ли мы на не нет но о об он она они от по при с так также то что это я',
}

/** Every stopword of every supported language, for a language-blind density. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  Object.values(LISTS).flatMap((list) => list.split(' ')),
)

/** Stopwords per language, for guessing the language of plain text. */
export const STOPWORDS_BY_LANGUAGE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(LISTS).map(([language, list]) => [language, new Set(list.split(' '))]),
)
