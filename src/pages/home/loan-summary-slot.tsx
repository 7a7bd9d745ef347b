// H5: the loan card's code arrives with the overview it shows (only a logged-in customer's home needs
// either), so a first visit downloads neither. Until both are here the page's fallback stands in.
import { lazy, Suspense, type ReactNode } from 'react'
import type { LoanOverview } from '@/contract/loans'

const LoanSummaryCard = lazy(() =>
  import(/* webpackChunkName: "home-loan-card" */ '@/features/loan/components/loan-summary-card').then(
    (module) => ({ default: module.LoanSummaryCard }),
  ),
)

/** The customer's loan card, or `fallback` while its code loads. */
export function LoanSummarySlot({ overview, fallback }: { overview: LoanOverview; fallback: ReactNode }) {
  return (
    <Suspense fallback={fallback}>
      <LoanSummaryCard overview={overview} />
    </Suspense>
  )
}
