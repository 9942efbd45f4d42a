export { cleanArticle } from './lib/clean-article.js'
export { cleanArticles, type BatchOptions, type BatchResult, type PageInput } from './batch/clean-articles.js'
export { RULES, type RuleId } from './lib/rules/registry.js'
export { toMarkdown, toPlainText } from './lib/output/format.js'
export { BOILERPLATE_KINDS } from './lib/types.js'
export type {
  BoilerplateKind,
  Caption,
  CleanArticle,
  CleanArticleOptions,
  Quote,
  RemovedBlock,
  RemovedKind,
  Rule,
  RuleMatch,
} from './lib/types.js'
