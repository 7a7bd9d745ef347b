// weapp: the main package holds the tab pages whole (no code is fetched later there), so the card is
// simply part of the page.
import type { ReactNode } from 'react'
import type { LoanOverview } from '@/contract/loans'
import { LoanSummaryCard } from '@/features/loan/components/loan-summary-card'

/** The customer's loan card (`fallback` is for the H5 build, which loads the card's code later). */
export function LoanSummarySlot({ overview }: { overview: LoanOverview; fallback: ReactNode }) {
  return <LoanSummaryCard overview={overview} />
}
