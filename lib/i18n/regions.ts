import type en from '../../messages/en.json'

/** The message key (under `matrix.client.regions`) of an English region label: "Central Asia" → CentralAsia. */
export type RegionKey = keyof (typeof en)['matrix']['client']['regions']

export function regionKey(region: string): RegionKey {
  return region.replace(/[^A-Za-z]/g, '') as RegionKey
}
