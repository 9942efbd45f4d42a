/**
 * Hostile pieces of an article body for the output safety tests (output-safety.test.ts and
 * output-browser.test.ts): each is kept by the cleaner as body text around ordinary prose.
 */
import { cleanArticle, type CleanArticle } from '../../src/index.js'

/** Prose around each hostile piece, so the page has an article to keep. */
const PROSE = 'The council voted on Tuesday to close the old bridge for a year of repairs, and the work starts in the spring.'

/** Hostile pieces of an article body, each kept by the cleaner as body text. */
export const CORPUS: Record<string, string> = {
  'event handlers': `<p onclick="alert(1)" onmouseover=alert(2) style="background:url(javascript:alert(3))">Handlers on a paragraph, <a href="https://ok.example/" onclick="steal()">a link with one</a>, <em onfocus=alert(4) tabindex=1>and emphasis</em>. ${PROSE}</p>`,
  'javascript: links': `<p>Links: <a href="javascript:alert(1)">plain</a>, <a href="JaVaScRiPt:alert(1)">cased</a>, <a href="  javascript:alert(1)">spaced</a>, <a href="vbscript:msgbox(1)">vb</a>, <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>. ${PROSE}</p>`,
  'entity-encoded schemes': `<p>Encoded: <a href="&#106;avascript:alert(1)">decimal</a>, <a href="&#x6A;&#x61;vascript&#x3A;alert(1)">hex</a>, <a href="java&#x09;script:alert(1)">tab</a>, <a href="jav&#x0A;ascript:alert(1)">newline</a>, <a href="javascript&colon;alert(1)">named</a>. ${PROSE}</p>`,
  'svg tricks': `<p>Before the drawing. ${PROSE}</p><svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">svg link text</text></a><script>alert(1)</script><animate onbegin="alert(1)" attributeName="x"/></svg><p><svg onload="alert(1)"><style>&lt;img src=x onerror=alert(1)&gt;</style></svg>After the drawing. ${PROSE}</p>`,
  'math tricks': `<p>Formula <math><mi xlink:href="javascript:alert(1)">x</mi><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math> in a sentence. ${PROSE}</p>`,
  'img onerror': `<figure><img src="x" onerror="alert(1)"><figcaption onclick="alert(1)">A caption <img src=x onerror=alert(2)> of the picture. Photo: Jane Roe</figcaption></figure><p>${PROSE}</p>`,
  'autolinks in text': `<p>Autolinks as text: &lt;https://evil.example/&gt; and &lt;javascript:alert(1)&gt; and www.evil.example and mailto:&lt;a@b.c&gt;. ${PROSE}</p>`,
  'Markdown injection in text': `<p>[click me](javascript:alert(1)) and ![pic](javascript:alert(1)) and [ref][x] and **bold** _em_ \`code\` ~~gone~~ &lt;img src=x onerror=alert(1)&gt; &amp;lt;script&amp;gt; ${PROSE}</p><p>[x]: javascript:alert(1)</p><p># not a heading, &gt; not a quote</p><p>- not a list | not | a table</p><p>1. not ordered &lt;script&gt;alert(1)&lt;/script&gt;</p>`,
  'HTML in headings': `<h2>&lt;script&gt;alert(1)&lt;/script&gt; in a &lt;b onclick=alert(1)&gt;heading&lt;/b&gt; <a href="javascript:alert(1)">linked</a></h2><p>${PROSE}</p><h3><img src=x onerror=alert(1)>Heading with a picture</h3><p>${PROSE}</p>`,
  'links that break Markdown': `<p><a href="https://ok.example/a)b(c%20d">paren</a>, <a href="https://ok.example/&lt;x&gt;[y]">brackets</a>, <a href="https://ok.example/">javascript:alert(1)</a>, <a href="//evil.example/x">protocol-relative</a>, <a href="/relative?q=1&amp;r=&quot;2&quot;">relative</a>. ${PROSE}</p>`,
  'tables, quotes and code': `<table><tr><th onclick=alert(1)>Head | with pipe</th><th>&lt;script&gt;</th></tr><tr><td><a href="javascript:alert(1)">cell</a></td><td>a | b</td></tr></table><blockquote onmouseover="alert(1)"><p>${PROSE}</p><p>— &lt;img src=x onerror=alert(1)&gt;</p></blockquote><pre><code>\`\`\`
&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;
~~~</code></pre><p>${PROSE}</p>`,
  'embedded frames and forms': `<p>${PROSE}</p><iframe src="javascript:alert(1)"></iframe><object data="javascript:alert(1)"></object><embed src="javascript:alert(1)"><form action="javascript:alert(1)"><button formaction="javascript:alert(1)">Press</button></form><p>${PROSE}</p>`,
}

/** The article of a page whose body is `body`, cleaned with `url` as its address when given. */
export function hostileArticle(body: string, url?: string): CleanArticle {
  const page = `<html><head><title>A hostile page</title></head><body><article><h1>A hostile page</h1>${body}</article></body></html>`
  return cleanArticle(page, url === undefined ? {} : { url })
}
