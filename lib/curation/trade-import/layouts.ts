import { millionsToUnits } from '../../trade/units'

/**
 * The trade file layouts we accept, each recognised by its header (the layouts the IMF and UN Comtrade publish; samples in tests/fixtures/trade/):
 * IMF DOTS/IMTS "timeSeries" and "panel", the IMF data portal's IMTS SDMX-CSV, UN Comtrade legacy (22 columns) and Comtrade Plus (47
 * columns), the IMF DOTS extract's long layout, and our own prisma/data/trade layout.
 */

export type LayoutId = 'forum-atlas' | 'imf-extract' | 'imf-timeseries' | 'imf-panel' | 'imf-imts-sdmx' | 'comtrade-legacy' | 'comtrade-plus'

export interface CountryRef {
  name?: string
  iso3?: string
  code?: string
}

export type Parsed =
  | {
      kind: 'record'
      line: number
      reporter: CountryRef
      partner: CountryRef
      year: number
      flow: 'export' | 'import' | 'total'
      valueUsd: string
      estimated: boolean
      sourceId?: string
      note?: string
    }
  | { kind: 'skip'; line: number; reason: string }
  | { kind: 'error'; line: number; field: string; message: string }

export interface Layout {
  id: LayoutId
  label: string
  /** The publisher's source id used when the file does not name one. */
  defaultSource: string
  /** Whether values are in US$ millions (IMF) or US$ (Comtrade, ours). */
  defaultUnit: 'usd' | 'millions'
  matches(header: string[]): boolean
  read(rows: { cells: string[]; line: number }[], header: string[], toUsd: (v: string) => string): Parsed[]
}

const col = (header: string[], name: string) => header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase())
const has = (header: string[], ...names: string[]) => names.every((n) => col(header, n) !== -1)

/** A plain non-negative decimal (or scientific notation, which published extracts contain). */
const NUMBER = /^\d+(\.\d+)?([eE][+-]?\d+)?$/

/** What value_usd (NUMERIC(20, 2)) holds: 18 digits before the point. */
const MAX_USD_DIGITS = 18
// Bounds checked on the text, before any arithmetic: `1e10000000` would otherwise be expanded into
// a ten-million-digit integer on the event loop.
const MAX_MANTISSA_DIGITS = 40
const MAX_EXPONENT = 40

function value(raw: string, line: number, field: string, toUsd: (v: string) => string): { ok: string } | Parsed {
  const v = raw.trim().replace(/,/g, '')
  const m = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(v)
  if (!m) return { kind: 'error', line, field, message: `"${raw}" is not a non-negative number` }
  const [, whole, frac = '', exp = '0'] = m
  if (whole.length + frac.length > MAX_MANTISSA_DIGITS || exp.replace(/^[+-]?0*/, '').length > 3 || Math.abs(Number(exp)) > MAX_EXPONENT) {
    return {
      kind: 'error',
      line,
      field,
      message: `"${raw}" is out of range: a trade value has at most ${MAX_USD_DIGITS} digits before the decimal point in US$`,
    }
  }
  const usd = toUsd(v)
  if (usd.split('.')[0].replace(/^0+/, '').length > MAX_USD_DIGITS) {
    return {
      kind: 'error',
      line,
      field,
      message: `"${raw}" is out of range: a trade value has at most ${MAX_USD_DIGITS} digits before the decimal point in US$`,
    }
  }
  if (usd === '0' && /[1-9]/.test(whole + frac)) {
    return { kind: 'error', line, field, message: `"${raw}" rounds to 0.00 US$: values are kept to the cent` }
  }
  return { ok: usd }
}

const FLOWS_IMF: Record<string, 'export' | 'import'> = { TXG_FOB_USD: 'export', TMG_CIF_USD: 'import' }
const FLOWS_IMTS: Record<string, 'export' | 'import'> = { XG_FOB_USD: 'export', MG_CIF_USD: 'import' }

/** "KAZ: Kazakhstan, Rep. of" (SDMX-CSV with labels) → "KAZ"; a bare code is kept. */
const sdmxCode = (cell: string | undefined) => (cell ?? '').split(': ')[0].trim()

/** A value × 10^multiplier, still as text, so the exact rounding path stays the one `value` uses. */
function scaled(raw: string, multiplier: number): string {
  if (multiplier === 0) return raw
  const m = /^\s*(\d+(?:\.\d+)?)(?:[eE]([+-]?\d+))?\s*$/.exec(raw.replace(/,/g, ''))
  return m ? `${m[1]}e${Number(m[2] ?? 0) + multiplier}` : raw
}

export const LAYOUTS: Layout[] = [
  {
    id: 'forum-atlas',
    label: 'forum-atlas trade CSV',
    defaultSource: '',
    defaultUnit: 'usd',
    matches: (h) => h.join(',') === 'reporter_code,partner_code,year,flow,value_usd,estimated,note,source_id',
    read(rows, header, toUsd) {
      return rows.map(({ cells, line }): Parsed => {
        const [reporter, partner, year, flow, raw, estimated, note, sourceId] = cells
        if (!/^\d{4}$/.test(year)) return { kind: 'error', line, field: 'year', message: `"${year}" is not a four-digit year` }
        if (!['export', 'import', 'total'].includes(flow)) return { kind: 'error', line, field: 'flow', message: `"${flow}" must be export, import or total` }
        if (!['true', 'false', ''].includes(estimated))
          return { kind: 'error', line, field: 'estimated', message: `"${estimated}" must be true, false or empty` }
        const v = value(raw, line, 'value_usd', toUsd)
        if (!('ok' in v)) return v
        return {
          kind: 'record',
          line,
          reporter: { iso3: reporter },
          partner: { iso3: partner },
          year: Number(year),
          flow: flow as 'export',
          valueUsd: v.ok,
          estimated: estimated === 'true',
          sourceId: sourceId || undefined,
          note: note || undefined,
        }
      })
    },
  },
  {
    id: 'imf-extract',
    label: 'IMF DOTS extract (long)',
    defaultSource: 'imf-dots',
    defaultUnit: 'millions',
    matches: (h) => has(h, 'reporter', 'reporter_iso3', 'partner', 'partner_iso3', 'year', 'flow', 'value_usd_millions'),
    read(rows, header, toUsd) {
      const i = (n: string) => col(header, n)
      return rows.map(({ cells, line }): Parsed => {
        const flow = { exports_fob: 'export', imports_cif: 'import' }[cells[i('flow')]] as 'export' | 'import' | undefined
        if (!flow) return { kind: 'error', line, field: 'flow', message: `"${cells[i('flow')]}" must be exports_fob or imports_cif` }
        const year = cells[i('year')]
        if (!/^\d{4}$/.test(year)) return { kind: 'error', line, field: 'year', message: `"${year}" is not a four-digit year` }
        const v = value(cells[i('value_usd_millions')], line, 'value_usd_millions', toUsd)
        if (!('ok' in v)) return v
        return {
          kind: 'record',
          line,
          year: Number(year),
          flow,
          valueUsd: v.ok,
          reporter: { name: cells[i('reporter')], iso3: cells[i('reporter_iso3')] },
          partner: { name: cells[i('partner')], iso3: cells[i('partner_iso3')] },
          estimated: col(header, 'estimated_flag') !== -1 && cells[i('estimated_flag')] === 'e',
        }
      })
    },
  },
  {
    id: 'imf-timeseries',
    label: 'IMF DOTS/IMTS timeSeries',
    defaultSource: 'imf-dots',
    defaultUnit: 'millions',
    matches: (h) => has(h, 'Country Name', 'Country Code', 'Indicator Code', 'Counterpart Country Name', 'Counterpart Country Code', 'Attribute'),
    read(rows, header, toUsd) {
      const i = (n: string) => col(header, n)
      const yearCols = header.map((h, k) => ({ h: h.trim(), k })).filter((c) => /^\d{4}$/.test(c.h))
      const flags = new Map<string, string>()
      for (const { cells } of rows) {
        if (cells[i('Attribute')] !== 'Status') continue
        for (const { h, k } of yearCols)
          if (cells[k]) flags.set(`${cells[i('Country Code')]}|${cells[i('Indicator Code')]}|${cells[i('Counterpart Country Code')]}|${h}`, cells[k])
      }
      const out: Parsed[] = []
      for (const { cells, line } of rows) {
        const attribute = cells[i('Attribute')]
        if (attribute === 'Status') continue
        if (attribute !== 'Value') {
          out.push({ kind: 'skip', line, reason: `attribute "${attribute}" is not Value` })
          continue
        }
        const flow = FLOWS_IMF[cells[i('Indicator Code')]]
        if (!flow) {
          out.push({ kind: 'skip', line, reason: `indicator ${cells[i('Indicator Code')]} is not TXG_FOB_USD or TMG_CIF_USD` })
          continue
        }
        for (const { h, k } of yearCols) {
          if (!cells[k]?.trim()) continue
          const v = value(cells[k], line, h, toUsd)
          if (!('ok' in v)) {
            out.push(v)
            continue
          }
          out.push({
            kind: 'record',
            line,
            year: Number(h),
            flow,
            valueUsd: v.ok,
            reporter: { name: cells[i('Country Name')], code: cells[i('Country Code')] },
            partner: { name: cells[i('Counterpart Country Name')], code: cells[i('Counterpart Country Code')] },
            estimated: (flags.get(`${cells[i('Country Code')]}|${cells[i('Indicator Code')]}|${cells[i('Counterpart Country Code')]}|${h}`) ?? '')
              .toLowerCase()
              .includes('e'),
          })
        }
      }
      return out
    },
  },
  {
    id: 'imf-panel',
    label: 'IMF DOTS panel',
    defaultSource: 'imf-dots',
    defaultUnit: 'millions',
    matches: (h) => has(h, 'Country Name', 'Country Code', 'Counterpart Country Name', 'Counterpart Country Code', 'Time Period'),
    read(rows, header, toUsd) {
      const i = (n: string) => col(header, n)
      const indicators = header
        .map((h, k) => ({ k, flow: /TXG_FOB_USD|exports.*fob/i.test(h) ? 'export' : /TMG_CIF_USD|imports.*cif/i.test(h) ? 'import' : null }))
        .filter((c): c is { k: number; flow: 'export' | 'import' } => c.flow !== null)
      const out: Parsed[] = []
      for (const { cells, line } of rows) {
        const period = cells[i('Time Period')].trim()
        if (!/^\d{4}$/.test(period)) {
          out.push({ kind: 'skip', line, reason: `period "${period}" is not a year (only annual figures are imported)` })
          continue
        }
        for (const { k, flow } of indicators) {
          if (!cells[k]?.trim()) continue
          const v = value(cells[k], line, header[k], toUsd)
          if (!('ok' in v)) {
            out.push(v)
            continue
          }
          out.push({
            kind: 'record',
            line,
            year: Number(period),
            flow,
            valueUsd: v.ok,
            estimated: false,
            reporter: { name: cells[i('Country Name')], code: cells[i('Country Code')] },
            partner: { name: cells[i('Counterpart Country Name')], code: cells[i('Counterpart Country Code')] },
          })
        }
      }
      return out
    },
  },
  {
    // The IMF data portal (data.imf.org, api.imf.org SDMX 3.0) publishes International Trade in Goods
    // by partner (the IMTS data flow, IMF.STA:IMTS, successor of DOTS) as SDMX-CSV: one observation
    // per line, ISO alpha-3 codes, indicators XG_FOB_USD / MG_CIF_USD, "G001" for the World.
    id: 'imf-imts-sdmx',
    label: 'IMF IMTS (SDMX-CSV)',
    defaultSource: 'imf-imts',
    defaultUnit: 'usd',
    matches: (h) => (has(h, 'STRUCTURE_ID') || has(h, 'DATAFLOW')) && has(h, 'COUNTRY', 'INDICATOR', 'COUNTERPART_COUNTRY', 'TIME_PERIOD', 'OBS_VALUE'),
    read(rows, header, toUsd) {
      const i = (n: string) => col(header, n)
      const cell = (cells: string[], n: string) => (i(n) === -1 ? '' : (cells[i(n)] ?? '').trim())
      return rows.map(({ cells, line }): Parsed => {
        if (cell(cells, 'ACTION').toUpperCase() === 'D') return { kind: 'skip', line, reason: 'action D (a deletion) carries no figure' }
        const frequency = sdmxCode(cell(cells, 'FREQUENCY') || cell(cells, 'FREQ'))
        const period = sdmxCode(cell(cells, 'TIME_PERIOD'))
        if ((frequency && frequency !== 'A') || !/^\d{4}(-A1?)?$/.test(period)) {
          return {
            kind: 'skip',
            line,
            reason: `period "${period}"${frequency ? ` (frequency ${frequency})` : ''} is not a year (only annual figures are imported)`,
          }
        }
        const indicator = sdmxCode(cell(cells, 'INDICATOR'))
        const flow = FLOWS_IMTS[indicator]
        if (!flow) return { kind: 'skip', line, reason: `indicator ${indicator} is not XG_FOB_USD or MG_CIF_USD` }
        const counterpart = sdmxCode(cell(cells, 'COUNTERPART_COUNTRY'))
        // G001 is the World; every other G-code is an IMF group (regions, income groups) we do not keep.
        if (/^G\d{3}$/.test(counterpart) && counterpart !== 'G001')
          return { kind: 'skip', line, reason: 'counterpart is an IMF country group, not a country or the World' }
        const raw = cell(cells, 'OBS_VALUE')
        if (raw === '' || raw.toUpperCase() === 'NAN') return { kind: 'skip', line, reason: 'no value (an empty observation)' }
        const multiplier = cell(cells, 'UNIT_MULT') || cell(cells, 'SCALE')
        if (multiplier && !/^-?\d{1,2}$/.test(multiplier))
          return { kind: 'error', line, field: i('UNIT_MULT') !== -1 ? 'UNIT_MULT' : 'SCALE', message: `"${multiplier}" is not a power of ten (0, 3, 6, 9…)` }
        if (!NUMBER.test(raw.replace(/,/g, ''))) return { kind: 'error', line, field: 'OBS_VALUE', message: `"${raw}" is not a non-negative number` }
        const v = value(scaled(raw, Number(multiplier || 0)), line, 'OBS_VALUE', toUsd)
        if (!('ok' in v)) return v
        const country = sdmxCode(cell(cells, 'COUNTRY'))
        return {
          kind: 'record',
          line,
          year: Number(period.slice(0, 4)),
          flow,
          valueUsd: v.ok,
          reporter: { iso3: country },
          partner: counterpart === 'G001' ? { iso3: 'WLD' } : { iso3: counterpart },
          estimated: /^E/i.test(sdmxCode(cell(cells, 'OBS_STATUS'))),
        }
      })
    },
  },
  {
    id: 'comtrade-legacy',
    label: 'UN Comtrade (legacy)',
    defaultSource: 'un-comtrade',
    defaultUnit: 'usd',
    matches: (h) =>
      has(
        h,
        'Classification',
        'Year',
        'Period',
        'Trade Flow Code',
        'Reporter Code',
        'Reporter ISO',
        'Partner Code',
        'Partner ISO',
        'Commodity Code',
        'Trade Value (US$)',
      ),
    read(rows, header, toUsd) {
      const i = (n: string) => col(header, n)
      return rows.map(({ cells, line }): Parsed => {
        const period = cells[i('Period')].trim()
        if (!/^\d{4}$/.test(period)) return { kind: 'skip', line, reason: `period "${period}" is not a year (only annual figures are imported)` }
        if (cells[i('Commodity Code')].trim().toUpperCase() !== 'TOTAL')
          return { kind: 'skip', line, reason: `commodity ${cells[i('Commodity Code')]} is not TOTAL` }
        const flow = ({ '1': 'import', '2': 'export' } as const)[cells[i('Trade Flow Code')].trim() as '1' | '2']
        if (!flow) return { kind: 'skip', line, reason: `trade flow ${cells[i('Trade Flow Code')]} is not 1 (import) or 2 (export)` }
        const v = value(cells[i('Trade Value (US$)')], line, 'Trade Value (US$)', toUsd)
        if (!('ok' in v)) return v
        return {
          kind: 'record',
          line,
          year: Number(period),
          flow,
          valueUsd: v.ok,
          estimated: false,
          reporter: { name: cells[i('Reporter')], iso3: cells[i('Reporter ISO')], code: cells[i('Reporter Code')] },
          partner: { name: cells[i('Partner')], iso3: cells[i('Partner ISO')], code: cells[i('Partner Code')] },
        }
      })
    },
  },
  {
    id: 'comtrade-plus',
    label: 'UN Comtrade Plus',
    defaultSource: 'un-comtrade',
    defaultUnit: 'usd',
    matches: (h) => has(h, 'freqCode', 'refYear', 'reporterISO', 'flowCode', 'partnerISO', 'partner2Code', 'cmdCode', 'primaryValue'),
    read(rows, header, toUsd) {
      const i = (n: string) => col(header, n)
      return rows.map(({ cells, line }): Parsed => {
        if (cells[i('freqCode')].trim() !== 'A') return { kind: 'skip', line, reason: `frequency ${cells[i('freqCode')]} is not A (annual)` }
        if (cells[i('cmdCode')].trim().toUpperCase() !== 'TOTAL') return { kind: 'skip', line, reason: `commodity ${cells[i('cmdCode')]} is not TOTAL` }
        if (!['0', ''].includes(cells[i('partner2Code')].trim()))
          return { kind: 'skip', line, reason: `second partner ${cells[i('partner2Code')]} is a breakdown, not the total` }
        const mot = col(header, 'motCode') === -1 ? '0' : cells[i('motCode')].trim()
        const customs = col(header, 'customsCode') === -1 ? 'C00' : cells[i('customsCode')].trim()
        if (mot !== '0' || customs !== 'C00')
          return { kind: 'skip', line, reason: `mode of transport ${mot} / customs ${customs} is a breakdown, not the total` }
        const flow = ({ M: 'import', X: 'export' } as const)[cells[i('flowCode')].trim() as 'M' | 'X']
        if (!flow) return { kind: 'skip', line, reason: `flow ${cells[i('flowCode')]} is not M or X` }
        const year = cells[i('refYear')].trim()
        if (!/^\d{4}$/.test(year)) return { kind: 'error', line, field: 'refYear', message: `"${year}" is not a four-digit year` }
        const v = value(cells[i('primaryValue')], line, 'primaryValue', toUsd)
        if (!('ok' in v)) return v
        return {
          kind: 'record',
          line,
          year: Number(year),
          flow,
          valueUsd: v.ok,
          estimated: false,
          reporter: { name: cells[i('reporterDesc')], iso3: cells[i('reporterISO')], code: cells[i('reporterCode')] },
          partner: { name: cells[i('partnerDesc')], iso3: cells[i('partnerISO')], code: cells[i('partnerCode')] },
        }
      })
    },
  },
]

export function detectLayout(header: string[]): Layout | null {
  const clean = header.map((h) => h.trim())
  return LAYOUTS.find((l) => l.matches(clean)) ?? null
}

export function unitConverter(unit: 'usd' | 'millions'): (v: string) => string {
  if (unit === 'millions') return millionsToUnits
  return (v) => millionsToUnits(scaleDown(v))
}

/** US$ → US$ millions as a decimal string (so one exact rounding path serves both units). */
function scaleDown(v: string): string {
  const m = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(v)!
  const exp = Number(m[3] ?? 0) - 6
  return `${m[1]}${m[2] ? `.${m[2]}` : ''}e${exp}`
}
