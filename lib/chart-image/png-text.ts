/**
 * Text chunks for PNG files (PNG specification, 3rd edition, §11.3.3): `tEXt` holds Latin-1 text,
 * `iTXt` UTF-8. The browser's canvas writes PNGs without them; this adds the chart's title, source
 * and creation time after the IHDR chunk. Pure: runs in the browser and in Node.
 */

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)

let table: Uint32Array | null = null

/** CRC-32 (ISO 3309 / ITU-T V.42), as PNG chunks use it. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      table[n] = c >>> 0
    }
  }
  let crc = 0xffffffff
  for (const b of bytes) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

const FOLD: Record<string, string> = {
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2026': '...',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2229': '&',
  '\u2022': '*',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
}

/** The text as Latin-1, which is all tEXt may hold: typographic dashes and quotes become ASCII, accents outside Latin-1 are dropped, anything else becomes "?". */
export function toLatin1(text: string): string {
  let out = ''
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    const code = ch.codePointAt(0)!
    if (code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) out += ch
    else if (FOLD[ch] !== undefined) out += FOLD[ch]
    else {
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
      out += base && [...base].every((c) => c.codePointAt(0)! >= 0x20 && c.codePointAt(0)! <= 0xff) ? base : '?'
    }
  }
  return out
}

export function isLatin1(text: string): boolean {
  return toLatin1(text) === text.replace(/\r\n?/g, '\n')
}

function checkKeyword(keyword: string): void {
  if (!/^[\x20-\x7e\xa1-\xff]{1,79}$/.test(keyword) || keyword.startsWith(' ') || keyword.endsWith(' ') || keyword.includes('  ')) {
    throw new Error(`invalid PNG text keyword: ${JSON.stringify(keyword)}`)
  }
}

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0))
}

/** One chunk: length, type, data, CRC over type and data. */
export function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  out.set(latin1Bytes(type), 4)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

/** A tEXt chunk: keyword, NUL, Latin-1 text (folded with toLatin1). */
export function textChunk(keyword: string, text: string): Uint8Array {
  checkKeyword(keyword)
  const body = latin1Bytes(`${keyword}\0${toLatin1(text)}`)
  return chunk('tEXt', body)
}

/** An uncompressed iTXt chunk: keyword, NUL, flag 0, method 0, empty language tag, NUL, empty translated keyword, NUL, UTF-8 text. */
function internationalTextChunk(keyword: string, text: string): Uint8Array {
  checkKeyword(keyword)
  const head = latin1Bytes(`${keyword}\0\0\0\0\0`)
  const utf8 = new TextEncoder().encode(text)
  const body = new Uint8Array(head.length + utf8.length)
  body.set(head)
  body.set(utf8, head.length)
  return chunk('iTXt', body)
}

export interface PngChunk {
  type: string
  data: Uint8Array
  /** Whether the stored CRC matches the type and data. */
  crcOk: boolean
}

/** The chunks of a PNG file, in order. Throws on a bad signature or a truncated chunk. */
export function readChunks(png: Uint8Array): PngChunk[] {
  if (png.length < 8 || PNG_SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG file (bad signature)')
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const chunks: PngChunk[] = []
  let at = 8
  while (at < png.length) {
    if (at + 12 > png.length) throw new Error(`truncated chunk at byte ${at}`)
    const length = view.getUint32(at)
    if (at + 12 + length > png.length) throw new Error(`truncated chunk at byte ${at}`)
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8))
    const data = png.subarray(at + 8, at + 8 + length)
    const crcOk = view.getUint32(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length))
    chunks.push({ type, data, crcOk })
    at += 12 + length
    if (type === 'IEND') break
  }
  return chunks
}

/** The text of every tEXt and iTXt (uncompressed) chunk by keyword; iTXt wins over tEXt of the same keyword, being exact. */
export function readTextChunks(png: Uint8Array): Record<string, string> {
  const text: Record<string, string> = {}
  const fromItxt = new Set<string>()
  for (const c of readChunks(png)) {
    if (c.type === 'tEXt') {
      const nul = c.data.indexOf(0)
      const keyword = String.fromCharCode(...c.data.subarray(0, nul))
      if (!fromItxt.has(keyword)) text[keyword] = String.fromCharCode(...c.data.subarray(nul + 1))
    } else if (c.type === 'iTXt') {
      const nul = c.data.indexOf(0)
      const keyword = String.fromCharCode(...c.data.subarray(0, nul))
      if (c.data[nul + 1] !== 0) continue // compressed: not written by us
      const langEnd = c.data.indexOf(0, nul + 3)
      const transEnd = c.data.indexOf(0, langEnd + 1)
      text[keyword] = new TextDecoder().decode(c.data.subarray(transEnd + 1))
      fromItxt.add(keyword)
    }
  }
  return text
}

/**
 * The PNG with a tEXt chunk for each entry inserted right after IHDR, and an iTXt chunk with the
 * exact text beside it where the text is not Latin-1. Existing chunks are kept as they are.
 */
export function withTextChunks(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  const chunks = readChunks(png)
  if (chunks[0]?.type !== 'IHDR') throw new Error('the first chunk of a PNG must be IHDR')
  const ihdrEnd = 8 + 12 + chunks[0].data.length
  const added = Object.entries(entries).flatMap(([k, v]) => (isLatin1(v) ? [textChunk(k, v)] : [textChunk(k, v), internationalTextChunk(k, v)]))
  const size = added.reduce((n, c) => n + c.length, 0)
  const out = new Uint8Array(png.length + size)
  out.set(png.subarray(0, ihdrEnd))
  let at = ihdrEnd
  for (const c of added) {
    out.set(c, at)
    at += c.length
  }
  out.set(png.subarray(ihdrEnd), at)
  return out
}

/** Width and height from the IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const ihdr = readChunks(png)[0]
  if (ihdr?.type !== 'IHDR' || ihdr.data.length !== 13) throw new Error('no IHDR chunk')
  const view = new DataView(ihdr.data.buffer, ihdr.data.byteOffset, 13)
  return { width: view.getUint32(0), height: view.getUint32(4) }
}
