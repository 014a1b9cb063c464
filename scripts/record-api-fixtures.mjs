// Records the API's answers without `lang` (tests/fixtures/api-en/urls.json) from a running
// dashboard into tests/fixtures/api-en/, for tests/e2e/api-lang.test.ts: run once against a build
// of main before the API learnt `lang`, so that the test compares today's answers with those bytes.
//   node scripts/record-api-fixtures.mjs http://127.0.0.1:3000
import { readFileSync, writeFileSync } from 'node:fs'

// The file an answer is kept in: the address with every character but letters, digits, - and . as _ (as the test reads it).
const fixtureName = (url) => url.slice('/api/'.length).replace(/[^A-Za-z0-9.-]/g, '_')

const base = process.argv[2]
if (!base) throw new Error('usage: node scripts/record-api-fixtures.mjs <base url>')
const urls = JSON.parse(readFileSync('tests/fixtures/api-en/urls.json', 'utf8'))
for (const url of urls) {
  const res = await fetch(`${base}${url}`)
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`)
  const meta = { url, contentType: res.headers.get('content-type'), contentDisposition: res.headers.get('content-disposition') }
  writeFileSync(`tests/fixtures/api-en/${fixtureName(url)}`, Buffer.from(await res.arrayBuffer()))
  writeFileSync(`tests/fixtures/api-en/${fixtureName(url)}.headers.json`, `${JSON.stringify(meta, null, 2)}\n`)
  console.log(url)
}
