/**
 * The front door by markup density: text copied from a page may hold a few tag-like strings (a
 * comment form's "allowed HTML tags" line, markup quoted in a tutorial) and is still text; a
 * fragment of markup is HTML however it starts.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { looksLikeHtml } from '../src/lib/detect.js'
import { cleanArticle } from '../src/index.js'

const SEED = readFileSync(new URL('../examples/moscow-times.txt', import.meta.url), 'utf8')

const ALLOWED_TAGS =
  'You may use these HTML tags and attributes: <a href="" title=""> <abbr title=""> <b> <blockquote cite=""> <br> <code> <em> <li> <ol> <p> <strong> <ul>'
const COMMENT_FORM = ['Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment', ALLOWED_TAGS, 'Name *', 'Email *', 'Post Comment'].join('\n')

const TUTORIAL = [
  'Writing your first web page',
  'Every paragraph of a page sits between an opening <p> and a closing </p> tag, and the browser adds the space between paragraphs for you.',
  'A link is an <a href="https://example.com"> element: the text between the tags is what readers click, and the href attribute says where it goes.',
  'Headings go from <h1> for the title of the page down to <h6>, and a list is a <ul> holding one <li> per item.',
  'Pictures are <img src="cat.jpg" alt="A cat"> elements, with no closing tag; the alt text is read out to people who cannot see the picture.',
].join('\n\n')

describe('front door by markup density', () => {
  it('reads copied text with a comment form\'s "allowed HTML tags" line as text', () => {
    const text = `${SEED}\n\n${COMMENT_FORM}\n`
    expect(looksLikeHtml(text)).toBe(false)
    const article = cleanArticle(text)
    expect(article.format).toBe('text')
    expect(article.paragraphs).toHaveLength(7)
  })

  it('reads prose that quotes markup as text', () => {
    expect(looksLikeHtml(TUTORIAL)).toBe(false)
    expect(cleanArticle(TUTORIAL).format).toBe('text')
  })

  it('reads a fragment of markup as HTML, however it starts', () => {
    const fragment =
      'Posted in <a href="/news">News</a>\n<span class="lead">Kyrgyzstan plans to join the Customs Union.</span>\n<div class="body"><p>The statement follows a decision by Ukraine.</p><p>Moscow had put heavy pressure on Ukraine.</p></div>'
    expect(looksLikeHtml(fragment)).toBe(true)
  })

  it('reads a document as HTML, and text with one or two tag-like words as text', () => {
    expect(looksLikeHtml('<!doctype html><title>x</title><p>Hello')).toBe(true)
    expect(looksLikeHtml('Use <b> for bold and <i> for italics in your comment.')).toBe(false)
    expect(looksLikeHtml(SEED)).toBe(false)
  })
})
