/** A child of `h`: text (always set as text, never parsed as markup), a node, or nothing. */
export type Child = string | number | Node | null | undefined | false

/**
 * Create an element: attributes through `setAttribute`, children as text nodes or nodes. Report data reaches
 * the page only this way, so a name or article containing markup stays text.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | number | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue
    if (k.startsWith('on')) throw new Error(`Refusing event attribute \`${k}\`; add listeners in code`)
    el.setAttribute(k, v === true ? '' : String(v))
  }
  append(el, children)
  return el
}

/** An SVG element with attributes (numbers and text only) and children. */
export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag)
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v))
  append(el, children)
  return el
}

/** Append children: strings become text nodes. */
export function append(el: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c)
  }
}

/** Replace an element's content. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren()
  append(el, children)
}

/** Link to an entity's view. */
export const entityHref = (id: string): string => `entity.html#${encodeURIComponent(id)}`
/** Link to an article's view. */
export const articleHref = (id: string): string => `article.html#${encodeURIComponent(id)}`
/** The id in the page's fragment. */
export const hashId = (): string => {
  try {
    return decodeURIComponent(location.hash.slice(1))
  } catch {
    return location.hash.slice(1) // a malformed escape: use the raw fragment, which then matches nothing
  }
}

/** A type tag: colour and the type's name as text. */
export function typeTag(type: string, labels: Readonly<Record<string, string>>): HTMLElement {
  const key = type === 'person' ? 'PERSON' : type === 'organisation' ? 'ORG' : type
  return h('span', {class: `tag ${/^[A-Z]+$/.test(key) ? key : ''}`}, labels[key] ?? type)
}
