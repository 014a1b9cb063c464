import { describe, expect, it } from 'vitest'
import { crlfLines, tradeExportSelect } from './trade-export'

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8')

describe('crlfLines', () => {
  it('ends every line with CRLF, wherever the chunk starts and ends', () => {
    expect(text(crlfLines(Buffer.from('a,b\nc,d\n')))).toBe('a,b\r\nc,d\r\n')
    expect(text(crlfLines(Buffer.from('\n\nx')))).toBe('\r\n\r\nx')
    expect(text(crlfLines(Buffer.from('no line end')))).toBe('no line end')
    expect(text(crlfLines(new Uint8Array()))).toBe('')
  })

  it('keeps every other byte as it is: each of the 256 values, UTF-8 text, a lone CR', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i))
    const bytes = Buffer.concat([Buffer.from('Казахстан,\r,x\n'), all])
    const expected = Buffer.concat([Buffer.from('Казахстан,\r,x\r\n'), all.subarray(0, 10), Buffer.from([0x0d]), all.subarray(10)])
    expect(Buffer.from(crlfLines(bytes)).equals(expected)).toBe(true)
  })

  it('reads only its own slice of a larger buffer', () => {
    const whole = Buffer.from('xx\nab\ncd\nyy')
    expect(text(crlfLines(whole.subarray(3, 9)))).toBe('ab\r\ncd\r\n')
  })
})

describe('tradeExportSelect', () => {
  it('inlines only integer bounds', () => {
    expect(tradeExportSelect(1, 50_000)).toContain('BETWEEN 1 AND 50000')
    expect(() => tradeExportSelect(1.5, 2)).toThrow(/integers/)
    expect(() => tradeExportSelect(Number.NaN, 2)).toThrow(/integers/)
  })
})
