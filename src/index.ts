/**
 * The core entry: `cleanArticle` and what goes with it. It runs wherever JavaScript does
 * (browsers, Deno, Bun, Cloudflare-style workers, Node): nothing it imports needs Node's
 * modules. Node gets `node.ts` instead, which adds the batch API (package.json `exports`).
 */
export { cleanArticle } from './lib/clean-article.js'
export { RULES, type RuleId } from './lib/rules/registry.js'
export { toMarkdown, toPlainText } from './lib/output/format.js'
export { BOILERPLATE_KINDS } from './lib/types.js'
export type {
  BoilerplateKind,
  Caption,
  CleanArticle,
  CleanArticleOptions,
  ContentBlock,
  ContentEmphasis,
  ContentLink,
  ContentList,
  ContentListItem,
  ContentText,
  Quote,
  RemovedBlock,
  RemovedKind,
  Rule,
  RuleMatch,
} from './lib/types.js'
