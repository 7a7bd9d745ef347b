// Sample public-holiday calendar for 2026/2027 (2026 after the State Council notice; 2027 estimated).
// Sample data: the bank's real calendar follows the official notice each year.

/** A day off (`isWorkday` false) or a make-up working day on a weekend (`isWorkday` true). */
export interface SeedHoliday {
  date: string
  name: string
  isWorkday: boolean
}

function range(name: string, from: string, days: number): SeedHoliday[] {
  const start = new Date(`${from}T00:00:00Z`)
  return Array.from({ length: days }, (_, i) => {
    const d = new Date(start.getTime() + i * 86_400_000)
    return { date: d.toISOString().slice(0, 10), name, isWorkday: false }
  })
}
const workday = (name: string, date: string): SeedHoliday => ({
  date,
  name: `${name}调休上班`,
  isWorkday: true,
})

/** Holidays and make-up workdays, by date. */
export const SEED_HOLIDAYS: SeedHoliday[] = [
  ...range('元旦', '2026-01-01', 3),
  workday('元旦', '2026-01-04'),
  ...range('春节', '2026-02-15', 9),
  workday('春节', '2026-02-14'),
  workday('春节', '2026-02-28'),
  ...range('清明节', '2026-04-04', 3),
  ...range('劳动节', '2026-05-01', 5),
  workday('劳动节', '2026-05-09'),
  ...range('端午节', '2026-06-19', 3),
  ...range('中秋节', '2026-09-25', 3),
  ...range('国庆节', '2026-10-01', 7),
  workday('国庆节', '2026-09-20'),
  workday('国庆节', '2026-10-10'),
  ...range('元旦', '2027-01-01', 3),
  ...range('春节', '2027-02-05', 7),
  ...range('清明节', '2027-04-03', 3),
  ...range('劳动节', '2027-05-01', 5),
  ...range('端午节', '2027-06-09', 1),
  ...range('中秋节', '2027-09-15', 1),
  ...range('国庆节', '2027-10-01', 7),
]
