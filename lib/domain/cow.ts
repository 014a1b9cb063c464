import type { MembershipStatus } from './vocabulary'

/**
 * The Correlates of War codes our research exports use (/api/export/cow-igo.csv, dyad-year.csv,
 * forum-year.csv), in one place so the files merge with each other and with COW-based data.
 */

/** COW IGO status codes: 0 none, 1 full member, 2 associate, 3 observer (-9, the forum did not exist, is COW_NOT_EXISTING). */
export const COW_STATUS_CODE: Record<MembershipStatus, 0 | 1 | 2 | 3> = {
  member: 1,
  associate: 2,
  observer: 3,
  // A dialogue partner / SCO partner is a formal non-member status below membership: COW's nearest
  // category is observer.
  partner: 3,
  // An applicant is not (yet) a member.
  applicant: 0,
  // A suspended party is formally still a member (COW codes formal membership).
  suspended: 1,
}
export const COW_NOT_EXISTING = -9

// COW state codes as given in the COW IGO v3 extract (Correlates of War, Intergovernmental Organizations v3, state-year file); other
// states are exported with an empty ccode rather than a code we have not checked.
export const COW_CCODES: Readonly<Record<string, number>> = {
  USA: 2,
  HUN: 310,
  RUS: 365,
  BLR: 370,
  ARM: 371,
  GEO: 372,
  AZE: 373,
  IRN: 630,
  TUR: 640,
  SAU: 670,
  KWT: 690,
  BHR: 692,
  QAT: 694,
  ARE: 696,
  OMN: 698,
  AFG: 700,
  TKM: 701,
  TJK: 702,
  KGZ: 703,
  UZB: 704,
  KAZ: 705,
  CHN: 710,
  MNG: 712,
  IND: 750,
  PAK: 770,
}
