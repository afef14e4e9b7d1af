export type SalaryInterval = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

// Full-time working periods in a year (40-hour weeks, 52 weeks); the usual convention for comparing pay.
const periodsPerYear: Record<SalaryInterval, number> = { HOUR: 2080, DAY: 260, WEEK: 52, MONTH: 12, YEAR: 1 };

export interface SalaryRange {
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
}

export const noSalary: SalaryRange = { salaryMin: null, salaryMax: null, salaryCurrency: null };

/**
 * A salary range as whole yearly amounts, so postings paid by the hour and by the year compare.
 * With no interval stated the amounts are kept as given (boards almost always mean yearly).
 */
export function yearlySalary(range: {
  min?: number | null;
  max?: number | null;
  currency?: string | null;
  interval?: SalaryInterval | null;
}): SalaryRange {
  const factor = range.interval ? periodsPerYear[range.interval] : 1;
  const scale = (value: number | null | undefined) =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value * factor) : null;
  const salaryMin = scale(range.min);
  const salaryMax = scale(range.max);
  if (salaryMin === null && salaryMax === null) return noSalary;
  return { salaryMin, salaryMax, salaryCurrency: range.currency?.trim().toUpperCase() || null };
}
