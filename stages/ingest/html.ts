import {parse} from 'parse5'

/** What an article page yields. */
export interface ParsedHtml {
  readonly headline: string
  readonly body: string
  readonly published?: string
}

interface Node {
  nodeName: string
  tagName?: string
  value?: string
  attrs?: {name: string; value: string}[]
  childNodes?: Node[]
  content?: Node
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg', 'button', 'select'])
const BLOCK = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'main', 'tr', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dd', 'dt', 'figcaption'])
const ISO_RE = /^(\d{4}-\d{2}-\d{2})/

/**
 * Take the headline, main text and publication date from an article page with a real HTML parser (parse5).
 * The main text is the `<article>` or `<main>` element when there is one, else the `<body>` without navigation.
 * Pure; tolerant of truncated or deeply nested markup.
 * @example parseHtml('<html><head><title>Visit</title></head><body><article><h1>Visit</h1><p>Kim Jong Un visited Kaesong.</p></article></body></html>')
 */
export function parseHtml(html: string): ParsedHtml {
  const root = parse(html) as unknown as Node
  let title = ''
  let h1 = ''
  let published: string | undefined
  let article: Node | undefined
  let main: Node | undefined
  let body: Node | undefined
  // Iterative walk: deeply nested pages must not overflow the stack.
  const stack: Node[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    const tag = node.tagName
    if (tag === 'title' && !title) title = textOfNode(node)
    else if (tag === 'h1' && !h1) h1 = textOfNode(node)
    else if (tag === 'article' && !article) article = node
    else if (tag === 'main' && !main) main = node
    else if (tag === 'body' && !body) body = node
    else if (tag === 'meta' && !published) {
      const prop = attr(node, 'property') ?? attr(node, 'name') ?? ''
      if (/published_time|date|pubdate/i.test(prop)) published = ISO_RE.exec(attr(node, 'content') ?? '')?.[1]
    } else if (tag === 'time' && !published) published = ISO_RE.exec(attr(node, 'datetime') ?? '')?.[1]
    const children = node.content?.childNodes ?? node.childNodes
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
  }
  const container = article ?? main ?? body
  let text = container ? textOfNode(container, true) : ''
  const headline = (h1 || title).trim()
  // The headline is kept apart from the body; drop it when the body repeats it first.
  if (headline && text.startsWith(headline)) text = text.slice(headline.length).replace(/^\s+/, '')
  return published ? {headline, body: text, published} : {headline, body: text}
}

// --- internal ---

function attr(node: Node, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value
}

function textOfNode(node: Node, blocks = false): string {
  const out: string[] = []
  const stack: (Node | string)[] = [node]
  while (stack.length > 0) {
    const item = stack.pop()!
    if (typeof item === 'string') {
      out.push(item)
      continue
    }
    if (item.nodeName === '#text') {
      out.push(item.value ?? '')
      continue
    }
    const tag = item.tagName
    if (tag && SKIP.has(tag)) continue
    if (tag === 'h1' && blocks && item !== node) continue
    const isBlock = blocks && tag !== undefined && BLOCK.has(tag)
    if (isBlock) stack.push('\n\n')
    const children = item.content?.childNodes ?? item.childNodes ?? []
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
    if (isBlock) stack.push('\n\n')
  }
  const joined = out.join('')
  return blocks
    ? joined.replace(/[ \t\r\f\v]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim()
    : joined.replace(/\s+/g, ' ').trim()
}
