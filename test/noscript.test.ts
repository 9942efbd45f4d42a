/**
 * Pages that build their article with scripts and print it for script-less readers in <noscript>
 * (Discourse forums, some single-page apps): with nothing else on the page, that text is the article.
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const POSTS = [
  'After upgrading to the new release, the dashboard stays on the starting screen for hours and never finishes loading the integrations that worked yesterday.',
  'I have tried restarting the host twice, clearing the browser cache and removing the custom components one by one, but the message stays exactly the same every time.',
  'The log shows a timeout while the recorder opens its database, which suggests that the migration of the old history table is still running in the background.',
  'Waiting about forty minutes solved it here: the migration of a large history database takes a long time on small boards, and the interface comes back by itself afterwards.',
  'That was it. After an hour the migration finished and everything is back, thank you for the explanation and for the hint about the database size.',
]

/** A forum thread as such servers send it: an empty application shell, the posts in <noscript>. */
function scriptedForum(): string {
  const posts = POSTS.map(
    (text, i) => `<div id="post_${i + 1}" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/user${i}"><span itemprop="name">user${i}</span></a></span></div><div class="post"><p>${text}</p></div></div>`,
  ).join('\n')
  return `<!DOCTYPE html><html lang="en"><head><title>Stuck on the starting screen after the upgrade - Community</title>
<script defer src="/assets/app.js"></script></head>
<body><noscript><p>Please enable JavaScript to use all features of this site.</p></noscript>
<section id="main"><div class="loading">Loading…</div></section>
<noscript data-path="/t/stuck-on-starting/724779"><header class="d-header"><a href="/">Community</a></header>
<div id="main-outlet" class="wrap" role="main"><h1><a href="/t/stuck-on-starting/724779">Stuck on the starting screen after the upgrade</a></h1>
${posts}
</div><footer class="noscript-footer-nav"><a href="/about">About</a> <a href="/faq">FAQ</a> <a href="/privacy">Privacy Policy</a></footer></noscript>
</body></html>`
}

describe('script-less fallback in <noscript>', () => {
  it('reads the article a page prints for readers without scripts when the page shows nothing else', () => {
    const article = cleanArticle(scriptedForum())
    expect(article.paragraphs).toEqual(expect.arrayContaining(POSTS))
    expect(article.text).not.toContain('Please enable JavaScript')
    expect(article.warnings).not.toContain('no article text found')
  })

  it('reads the thread starter from the microdata of the script-less copy', () => {
    expect(cleanArticle(scriptedForum()).byline).toBe('user0')
  })

  it('leaves <noscript> unread when the page shows its article without it', () => {
    const visible = POSTS.map((text) => `<p>${text}</p>`).join('')
    const html = `<html><body><article><h1>Title</h1>${visible}</article><noscript><div><p>${'A script-less copy of the comments thread, with every reader comment printed in full. '.repeat(30)}</p></div></noscript></body></html>`
    const article = cleanArticle(html)
    expect(article.paragraphs).toEqual(expect.arrayContaining(POSTS))
    expect(article.text).not.toContain('script-less copy')
  })

  it('does not take a <noscript> notice for an article', () => {
    const html = `<html><body><div id="app"></div><noscript><p>You need to enable JavaScript to run this app.</p></noscript></body></html>`
    const article = cleanArticle(html)
    expect(article.paragraphs).toEqual([])
  })
})
