import { parse } from 'csv-parse/sync'
import { browserServer } from './server'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ENDPOINTS, type Endpoint } from '../../lib/api/endpoints'
import { badExampleBody, buildOpenApiDocument, operationId } from '../../lib/api/openapi'
import { paramErrorBody } from '../../lib/http/error-response'
import { chromiumAvailable, launchBrowser, openHydrated } from '../support/browser'

/**
 * The API documentation against the running app: the served document is the generated one, every
 * documented example answers as documented (JSON answers parsed by their strict response schemas,
 * CSV headers as documented), every documented bad example answers the documented 400, and /api
 * lists every endpoint with a live answer.
 */

const servers = inject('servers')
const generated = JSON.parse(JSON.stringify(buildOpenApiDocument()))
const cases = ENDPOINTS.map((e) => [e.path, e] as const)

/** A CSV answer's tables (the matrix download has its sources after one empty line). */
const csvRecords = (text: string) => parse(text.split('\r\n\r\n')[0]) as string[][]

describe.each(servers)('API documentation on $target', ({ url }) => {
  it('serves /api/openapi.json: JSON, exactly the generated document', async () => {
    const res = await fetch(`${url}/api/openapi.json`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await res.json()).toEqual(generated)
  })

  it.each(cases)('%s answers its example 200 with the documented media type and body', async (path, endpoint: Endpoint) => {
    const res = await fetch(`${url}${path}${endpoint.example}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(new RegExp(`^${endpoint.response.mediaType.replace('/', '\\/')}\\b`))
    if (endpoint.response.mediaType === 'application/json') {
      const result = endpoint.response.schema.safeParse(await res.json())
      expect(result.success ? [] : result.error.issues.slice(0, 5), `${path}: the answer does not match its documented schema`).toEqual([])
    } else {
      const [header, ...rows] = csvRecords(await res.text())
      const { columns, columnsNote, mayBeEmpty } = endpoint.response
      if (columnsNote) expect(header.slice(0, columns.length)).toEqual([...columns])
      else expect(header).toEqual([...columns])
      if (!mayBeEmpty) expect(rows.length).toBeGreaterThan(0)
    }
  })

  it.each(cases)('%s answers its bad example 400 with the documented body', async (path, endpoint: Endpoint) => {
    const res = await fetch(`${url}${path}${endpoint.badExample}`)
    expect(res.status).toBe(400)
    const body = paramErrorBody.parse(await res.json())
    expect(body).toEqual(badExampleBody(endpoint))
    expect(body).toEqual(generated.paths[path].get.responses['400'].content['application/json'].examples[endpoint.badExample.slice(1)].value)
  })
})

const hasBrowser = chromiumAvailable()

describe.skipIf(!hasBrowser).each(browserServer(servers))('the /api page on $target', ({ url, target }) => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await openHydrated(page, `${url}/api`)
    // each example answer streams in when its handler has answered
    await page.waitForFunction(() => document.querySelectorAll('.api-running').length === 0)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('lists every endpoint of the registry, with its parameters and a link to the OpenAPI document', async () => {
    expect(await page.locator('.api-endpoint h2 code').allInnerTexts()).toEqual(ENDPOINTS.map((e) => e.path))
    expect(await page.locator('a[href="/api/openapi.json"]').count()).toBeGreaterThan(0)
    const matrix = page.locator(`#${operationId(ENDPOINTS.find((e) => e.path === '/api/matrix')!)}`)
    expect(await matrix.locator('.api-params tbody th').allInnerTexts()).toEqual([
      'asOf',
      'forums',
      'kinds',
      'parties',
      'region',
      'partyKind',
      'q',
      'only',
      'sort',
      'dir',
      'lang',
    ])
    expect(await matrix.locator('.api-params tbody tr', { hasText: 'partyKind' }).innerText()).toMatch(/state.*territory.*bloc/s)
    await page.screenshot({ path: `screenshots/${target}-api-1280.png` })
  })

  it.each(cases)('%s: a clickable example request and its real answer', async (path, endpoint: Endpoint) => {
    const section = page.locator(`#${operationId(endpoint)}`)
    expect(await section.locator('a.api-example-link').getAttribute('href')).toBe(`${path}${endpoint.example}`)
    expect(await section.locator('.api-answer .api-status').innerText()).toBe('200')
    expect(await section.locator('.api-content-type').innerText()).toMatch(new RegExp(`^${endpoint.response.mediaType.replace('/', '\\/')}`))
    const shown = await section.locator('.api-answer pre').innerText()
    const real = await fetch(`${url}${path}${endpoint.example}`)
    if (endpoint.response.mediaType === 'text/csv') {
      const firstLine = (await real.text()).split('\r\n')[0]
      expect(shown.split('\n')[0]).toBe(firstLine)
    } else {
      const keys = Object.keys((await real.json()) as object).slice(0, 12)
      for (const key of keys) expect(shown).toContain(`"${key}":`)
    }
  })

  it('opens an example request from its link', async () => {
    const memberships = page.locator(`#${operationId(ENDPOINTS.find((e) => e.path === '/api/memberships')!)}`)
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/memberships?')),
      memberships.locator('a.api-example-link').click(),
    ])
    expect(response.status()).toBe(200)
    expect(((await response.json()) as { count: number }).count).toBeGreaterThan(0)
    await page.goBack()
  })

  it('is linked from /data and readable on a phone (the page does not scroll sideways)', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await openHydrated(phone, `${url}/data`)
    await phone.locator('main a[href="/api"]').click()
    await phone.waitForURL(/\/api$/)
    await phone.waitForFunction(() => document.querySelectorAll('.api-running').length === 0)
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(1)
    await phone.screenshot({ path: `screenshots/${target}-api-390.png` })
    await phone.close()
  })
})
