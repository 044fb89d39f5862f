/**
 * Demo data only: a starting number of page views for services citizens use most, so the
 * catalogue home page has a meaningful "popular services" list on a fresh install and the ranking
 * boost has something to work with. The order follows what Thai government portals report as
 * their most used services (rights checks, welfare card, bills and fines, tax, identity
 * documents); the numbers are invented. Real page views add to them (`recordView`).
 */
export const demoPopularity: ReadonlyArray<readonly [code: string, views: number]> = [
  ['nhso-rights-check', 52_000],
  ['sso-rights-check', 48_000],
  ['state-welfare-card-check', 41_000],
  ['allowance-status-check', 36_000],
  ['traffic-fine-payment', 33_000],
  ['pea-electricity-bill', 30_000],
  ['personal-income-tax-filing', 28_000],
  ['tax-refund-status', 25_000],
  ['vehicle-tax-renewal', 22_000],
  ['passport-application', 20_000],
  ['driving-licence-renewal', 18_000],
  ['national-id-card', 16_000],
  ['elderly-allowance', 15_000],
  ['online-police-report', 14_000],
  ['mwa-water-bill', 12_000],
  ['student-loan-repayment', 11_000],
  ['birth-grant', 10_000],
  ['unemployment-benefit', 9_000],
  ['moving-address', 8_000],
  ['mule-account-freeze', 7_000],
];
