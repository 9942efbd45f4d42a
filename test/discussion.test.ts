/**
 * Discussion threads (forums, question-and-answer sites) say what they are in their metadata
 * (schema.org DiscussionForumPosting, QAPage): there the replies are the page's content, not a
 * comment section under an article.
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const POSTS = [
  ['ana', 'After I turned off message sync in the cloud settings, the storage page still shows eighteen gigabytes used by messages, and the figure has not changed for a week. I restarted the phone and the laptop, signed out and back in, and waited for the nightly backup to run, but the storage page shows the same number every morning and the warning about a full account keeps coming back.'],
  ['ben', 'On your second screenshot, did you press the button that disables and deletes the messages? Turning the sync off alone keeps the copy in the cloud for thirty days.'],
  ['ana', 'I had not seen that button at all. That must be it, so the space should come back once the thirty days have passed or once I delete the copy by hand.'],
  ['cara', 'Keep in mind that you have to turn the sync off on every device signed in to the account, otherwise the next device that syncs uploads the whole history again.'],
] as const

function thread(jsonLdType: string | null, itemtype: string | null): string {
  const ld = jsonLdType === null ? '' : `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${jsonLdType}","headline":"Messages still take up space after turning sync off","author":{"@type":"Person","name":"ana"}}</script>`
  const posts = POSTS.map(
    ([user, text], i) => `<article class="message message--post" id="post-${i + 1}"${itemtype === null ? '' : ` itemscope itemtype="${itemtype}"`}>
<div class="message-cell message-cell--user"><h4 class="message-name"><a href="/members/${user}">${user}</a></h4><h5 class="userTitle">Member</h5><dl><dt>Joined</dt><dd>Apr 13, 2009</dd><dt>Posts</dt><dd>887</dd></dl></div>
<div class="message-cell message-cell--main"><div class="message-attribution"><time>Jul ${i + 5}, 2022</time></div>
<div class="message-content">${i >= 2 ? `<blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-title">${POSTS[i - 1]![0]} said:</div><div class="bbCodeBlock-content">${POSTS[i - 1]![1]}</div></blockquote>` : ''}<div class="bbWrapper">${text}</div></div>
<div class="message-actionBar"><a href="#" class="actionBar-action">Reply</a> <a href="#">Report</a></div></div></article>`,
  ).join('\n')
  return `<!DOCTYPE html><html><head><title>Messages still take up space after turning sync off | Forums</title>${ld}</head><body>
<nav><a href="/">Forums</a> <a href="/whats-new">What's new</a></nav>
<div class="p-body"><h1 class="p-title-value">Messages still take up space after turning sync off</h1>
<div class="block-body js-replyNewMessageContainer">${posts}</div>
<form class="js-quickReply"><div>Write your reply...</div></form></div>
<footer><a href="/terms">Terms and rules</a> <a href="/privacy">Privacy policy</a></footer></body></html>`
}

describe('discussion threads', () => {
  it.each([
    ['JSON-LD DiscussionForumPosting', 'DiscussionForumPosting', null],
    ['JSON-LD QAPage', 'QAPage', null],
    ['microdata DiscussionForumPosting', null, 'https://schema.org/DiscussionForumPosting'],
  ])('keeps every post of a thread the page marks up as one (%s)', (_, type, itemtype) => {
    const article = cleanArticle(thread(type, itemtype))
    for (const [, text] of POSTS) expect(article.paragraphs).toContain(text)
    expect(article.removed.filter((block) => block.kind === 'comments')).toEqual([])
  })

  it('still ends an article at its comment thread when the page is no discussion', () => {
    const article = cleanArticle(thread(null, null))
    expect(article.paragraphs).toContain(POSTS[0][1])
    expect(article.paragraphs).not.toContain(POSTS[3][1])
  })
})
