import { useTranslations } from 'next-intl'
import { use, type ComponentType } from 'react'

/**
 * A module of recharts plots loaded on first use: its own chunk, out of the pages' first-load
 * JavaScript (recharts is about 120 kB gzipped, as much as React and Next together). `plot((m) => m.Name)`
 * is a component that suspends until the module is there (inside WhenVisible, which holds the
 * chart's height meanwhile) and renders synchronously once it is — unlike React.lazy, which
 * suspends every lazy component once even when its module is loaded, and would leave a chart
 * undrawn in a print started the moment it is shown. `preload` starts loading (WhenVisible calls
 * it once the reader first uses the page). A chunk that fails to load leaves a note in the chart's
 * place: the chart's numbers are on the page in any case.
 */
export function lazyPlots<M>(load: () => Promise<M>) {
  let loaded: M | null | undefined
  let loading: Promise<M | null> | undefined
  const preload = () =>
    (loading ??= load().then(
      (m) => (loaded = m),
      () => (loaded = null),
    ))
  function plot<P extends object>(pick: (m: M) => ComponentType<P>) {
    return function LazyPlot(props: P) {
      const t = useTranslations('charts.frame')
      const m = loaded === undefined ? use(preload()) : loaded
      if (!m) return <p className="muted">{t('notLoaded')}</p>
      const Chart = pick(m)
      return <Chart {...props} />
    }
  }
  return { preload, plot }
}
