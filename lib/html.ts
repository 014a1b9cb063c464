/**
 * A small HTML serializer for the places the app hands React finished markup
 * (`dangerouslySetInnerHTML`): the matrix's table body (components/matrix/matrix-body.tsx), whose
 * 2,000 cells React would otherwise write twice — as HTML and again, as elements, in the RSC
 * payload — and hydrate one by one, and the matrix's forum checklist (500 checkboxes at world
 * scale; components/matrix/forum-checklist.tsx); docs/performance.md measures both as React elements. All text and attribute values are escaped here;
 * markup is only ever built with `el`, so no caller concatenates raw strings into HTML.
 */

/** Serialized markup; a plain string passed as a child is text and gets escaped. */
export interface Html {
  readonly html: string
}

export type AttributeValue = string | number | boolean | null | undefined
export type Child = Html | string | number | null | undefined | false

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;' }
const NAME = /^[a-z][a-z0-9-]*$/
// Elements that have no content and no end tag.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
// Values made only of these characters need no quotes (HTML: no whitespace, quotes, =, <, > or `).
const BARE = /^[A-Za-z0-9_.:/+#-]+$/

export const escapeText = (text: string) => text.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c])
export const escapeAttribute = (value: string) => value.replace(/[&"]/g, (c) => ATTRIBUTE_ESCAPES[c])

// Names are checked once: a table body writes the same few thousands of times.
const checkedNames = new Set<string>()
function checkName(name: string, what: string) {
  if (checkedNames.has(name)) return
  if (!NAME.test(name)) throw new Error(`not ${what}: ${name}`)
  checkedNames.add(name)
}

function attribute(name: string, value: AttributeValue): string {
  checkName(name, 'an attribute name')
  if (value === null || value === undefined || value === false) return ''
  if (value === true || value === '') return ` ${name}`
  const text = String(value)
  return BARE.test(text) ? ` ${name}=${text}` : ` ${name}="${escapeAttribute(text)}"`
}

function child(c: Child): string {
  if (c === null || c === undefined || c === false) return ''
  if (typeof c === 'object') return c.html
  return escapeText(String(c))
}

/** `<tag attrs>children</tag>` (`<tag attrs>` for void elements such as input); attributes that are null, undefined or false are left out; true and '' are written bare. */
export function el(tag: string, attributes: Record<string, AttributeValue> | null, ...children: Child[]): Html {
  checkName(tag, 'a tag name')
  let open = `<${tag}`
  if (attributes) for (const name in attributes) open += attribute(name, attributes[name])
  if (VOID.has(tag)) {
    if (children.some((c) => c !== null && c !== undefined && c !== false)) throw new Error(`<${tag}> takes no children`)
    return { html: `${open}>` }
  }
  let inner = ''
  for (const c of children) inner += child(c)
  return { html: `${open}>${inner}</${tag}>` }
}

/** Children side by side, without a wrapping element. */
export function fragment(...children: Child[]): Html {
  let html = ''
  for (const c of children) html += child(c)
  return { html }
}
