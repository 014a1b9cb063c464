import { describe, expect, it } from 'vitest'
import { el, escapeAttribute, escapeText, fragment } from './html'

describe('el', () => {
  it('writes an element with its attributes and children', () => {
    expect(el('td', { class: 'cell absent', 'data-forum': 'SCO', 'data-status': '' }, el('span', null, 'M')).html).toBe(
      '<td class="cell absent" data-forum=SCO data-status><span>M</span></td>',
    )
  })

  it('leaves out null, undefined and false attributes and children, writes true bare', () => {
    expect(el('th', { scope: 'row', tabindex: null, hidden: true, title: undefined, x: false }, null, false, undefined, 'A').html).toBe(
      '<th scope=row hidden>A</th>',
    )
    expect(el('th', { tabindex: 0 }).html).toBe('<th tabindex=0></th>')
  })

  it('escapes text and attribute values, so data cannot become markup', () => {
    const hostile = `"><script>alert(1)</script> & 'x'`
    expect(el('a', { title: hostile }, hostile).html).toBe(
      `<a title="&quot;><script>alert(1)</script> &amp; 'x'">"&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; 'x'</a>`,
    )
  })

  it('quotes values that an unquoted attribute could not hold', () => {
    for (const value of ['a b', 'a=b', 'a"b', "a'b", 'a<b', 'a>b', 'a`b', 'a\tb', 'a?b&c']) expect(el('a', { title: value }).html).toMatch(/^<a title="[^"]*">/)
    expect(el('a', { href: '/parties/C5+US' }).html).toBe('<a href=/parties/C5+US></a>')
  })

  it('writes void elements without an end tag, and refuses children for them', () => {
    expect(el('input', { type: 'checkbox', name: 'forums', value: 'SCO', checked: true }).html).toBe('<input type=checkbox name=forums value=SCO checked>')
    expect(el('label', null, el('input', { type: 'checkbox' }), 'SCO').html).toBe('<label><input type=checkbox>SCO</label>')
    expect(() => el('input', null, 'text')).toThrow(/no children/)
  })

  it('refuses names that are not plain tag or attribute names', () => {
    expect(() => el('td onclick=x', null)).toThrow(/tag name/)
    expect(() => el('td', { 'a b': '1' })).toThrow(/attribute name/)
  })
})

describe('escaping and fragments', () => {
  it('escapes what each context needs', () => {
    expect(escapeText(`a & <b> "c"`)).toBe('a &amp; &lt;b&gt; "c"')
    expect(escapeAttribute(`a & <b> "c"`)).toBe('a &amp; <b> &quot;c&quot;')
  })

  it('joins children without a wrapper', () => {
    expect(fragment(el('a', null, 'x'), ' & ', null, 3).html).toBe('<a>x</a> &amp; 3')
  })
})
