import { readFileSync } from 'node:fs'
import path from 'node:path'
import { validateXML } from 'xmllint-wasm'

/**
 * Validates a document against the Atom schema of RFC 4287 (Appendix B, in RELAX NG's XML syntax:
 * tests/fixtures/atom/README.md) with libxml2's RELAX NG validator compiled to WebAssembly, so it
 * runs offline on any machine. The grammar's two Schematron rules, which RELAX NG does not check,
 * are checked here by reading the document: a feed has an author unless every entry has one, and
 * every entry has an alternate link or a content.
 */

const SCHEMA = readFileSync(path.join(import.meta.dirname, '../fixtures/atom/atom.rng'), 'utf8')

export async function atomProblems(document: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'feed.xml', contents: document }], schema: [SCHEMA], extension: 'relaxng' })
  const problems = result.errors.map((e) => e.rawMessage)
  if (!result.valid && problems.length === 0) problems.push(result.rawOutput || 'invalid, without a message')
  // The Schematron rules of Appendix B, read from the markup (the feed has no nested feeds or sources).
  const entries = document.split('<entry').slice(1)
  const head = document.split('<entry')[0]
  if (!/<author>/.test(head) && entries.some((e) => !/<author>/.test(e)))
    problems.push('an atom:feed must have an atom:author unless all of its entries have one')
  for (const e of entries)
    if (!/<link\b(?![^>]*\brel=)[^>]*>|<link\b[^>]*\brel="alternate"/.test(e) && !/<content\b/.test(e))
      problems.push('an atom:entry must have a link with rel="alternate" or a content')
  return problems
}
