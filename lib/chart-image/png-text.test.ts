import { crc32 as zlibCrc32, deflateSync, inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { chunk, crc32, isLatin1, PNG_SIGNATURE, pngSize, readChunks, readTextChunks, textChunk, toLatin1, withTextChunks } from './png-text'

/** A real 3×2 RGB PNG built by hand (IHDR, one IDAT deflated by zlib, IEND), independent of the code under test's writer. */
function tinyPng(): Uint8Array {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(3, 0)
  ihdr.writeUInt32BE(2, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // RGB
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 10, 20, 30, 40, 50, 60, 70, 80, 90])
  const raw = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(zlibCrc32(td))
    return Buffer.concat([len, td, crc])
  }
  return new Uint8Array(Buffer.concat([Buffer.from(PNG_SIGNATURE), raw('IHDR', ihdr), raw('IDAT', deflateSync(rows)), raw('IEND', Buffer.alloc(0))]))
}

describe('PNG text chunks', () => {
  it('computes the same CRC-32 as zlib', () => {
    for (const s of ['', 'IEND', 'tEXtTitle\0Kazakhstan', 'x'.repeat(1000)]) {
      const bytes = new TextEncoder().encode(s)
      expect(crc32(bytes)).toBe(zlibCrc32(bytes))
    }
  })

  it('writes a tEXt chunk byte for byte as the specification lays it out', () => {
    const c = textChunk('Title', 'Trade 2000-2024')
    const data = Buffer.from('Title\0Trade 2000-2024', 'latin1')
    expect(Buffer.from(c.subarray(0, 4)).readUInt32BE()).toBe(data.length)
    expect(Buffer.from(c.subarray(4, 8)).toString('latin1')).toBe('tEXt')
    expect(Buffer.from(c.subarray(8, 8 + data.length))).toEqual(data)
    expect(Buffer.from(c.subarray(8 + data.length)).readUInt32BE()).toBe(zlibCrc32(Buffer.concat([Buffer.from('tEXt'), data])))
  })

  it('inserts the chunks after IHDR and leaves the image intact', () => {
    const png = tinyPng()
    const out = withTextChunks(png, {
      Title: 'Kazakhstan: total trade, 2000–2024',
      Source: 'International Monetary Fund: Direction of Trade Statistics',
      'Creation Time': 'Tue, 13 May 2025 10:00:00 GMT',
    })
    const chunks = readChunks(out)
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'tEXt', 'iTXt', 'tEXt', 'tEXt', 'IDAT', 'IEND'])
    expect(chunks.every((c) => c.crcOk)).toBe(true)
    const idat = chunks.find((c) => c.type === 'IDAT')!
    expect(Buffer.from(inflateSync(idat.data))).toEqual(Buffer.from(inflateSync(readChunks(png)[1].data)))
    expect(pngSize(out)).toEqual({ width: 3, height: 2 })
    const text = readTextChunks(out)
    expect(text.Title).toBe('Kazakhstan: total trade, 2000–2024') // exact, from iTXt
    expect(text.Source).toBe('International Monetary Fund: Direction of Trade Statistics')
    expect(text['Creation Time']).toBe('Tue, 13 May 2025 10:00:00 GMT')
    // the tEXt twin of the title holds the Latin-1 fold
    const t = chunks.filter((c) => c.type === 'tEXt').map((c) => Buffer.from(c.data).toString('latin1'))
    expect(t).toContain('Title\0Kazakhstan: total trade, 2000-2024')
  })

  it('folds text to Latin-1 for tEXt', () => {
    expect(toLatin1('KAZ → World, 2000–2024 “x” São Tomé Türkiye')).toBe('KAZ -> World, 2000-2024 "x" São Tomé Türkiye')
    expect(toLatin1('Şanghay')).toBe('Sanghay')
    expect(toLatin1('Казахстан')).toBe('?????????')
    expect(isLatin1('Türkiye')).toBe(true)
    expect(isLatin1('2000–2024')).toBe(false)
  })

  it('refuses what is not a PNG, a broken chunk and a bad keyword', () => {
    expect(() => readChunks(new Uint8Array([1, 2, 3]))).toThrow(/signature/)
    const png = tinyPng()
    expect(() => readChunks(png.subarray(0, 30))).toThrow(/truncated/)
    const broken = png.slice()
    broken[20] ^= 0xff // inside IHDR's data
    expect(readChunks(broken)[0].crcOk).toBe(false)
    expect(() => textChunk('', 'x')).toThrow(/keyword/)
    expect(() => textChunk(' Title', 'x')).toThrow(/keyword/)
    expect(() => textChunk('x'.repeat(80), 'x')).toThrow(/keyword/)
    expect(() => withTextChunks(new Uint8Array([...PNG_SIGNATURE, ...chunk('IEND', new Uint8Array())]), { Title: 'x' })).toThrow(/IHDR/)
  })
})
