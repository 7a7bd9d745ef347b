/**
 * Keys of the loan's cached reads. 'loan' holds what the entry pages show (overview, application,
 * credit line); 'loans' holds the loans themselves. Drawing or repaying changes both.
 */
export const loanKeys = {
  overview: () => ['loan', 'overview'] as const,
  documents: () => ['loan-documents'] as const,
  applicationContract: (applicationId: string) => ['loan', 'contract', applicationId] as const,
  loans: () => ['loans'] as const,
  loan: (loanId: string) => ['loans', loanId] as const,
  loanContract: (loanId: string) => ['loans', loanId, 'contract'] as const,
  certificate: (loanId: string) => ['loans', loanId, 'certificate'] as const,
}

/** Domains drawing, repaying or signing makes stale (the home card and messages included). */
export const LOAN_CHANGES = ['loan', 'loans', 'messages'] as const
