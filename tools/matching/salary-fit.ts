export interface SalaryFit {
  /** 0–1: 1 when the posting's top of range reaches the user's floor. */
  fit: number;
  note: string;
}

const formatAmount = (amount: number, currency: string | null) =>
  `${amount.toLocaleString('en-US')}${currency ? ` ${currency}` : ''}`;

/**
 * The posting's pay against the salary floor the user stated in their profile. Null unless both
 * sides state an amount in the same currency: a guess would be worse than no answer.
 */
export function salaryFit(options: {
  job: { salaryMin: number | null; salaryMax: number | null; salaryCurrency: string | null };
  floor: { amount: number | null; currency: string | null } | null;
}): SalaryFit | null {
  const { job, floor } = options;
  const top = job.salaryMax ?? job.salaryMin;
  if (!floor?.amount || top === null) return null;
  if (floor.currency && job.salaryCurrency && floor.currency.toUpperCase() !== job.salaryCurrency.toUpperCase()) return null;
  const currency = job.salaryCurrency ?? floor.currency;
  const range =
    job.salaryMin !== null && job.salaryMax !== null && job.salaryMin !== job.salaryMax
      ? `${formatAmount(job.salaryMin, null)}–${formatAmount(job.salaryMax, currency)}`
      : formatAmount(top, currency);
  const wanted = formatAmount(floor.amount, currency);
  if (top >= floor.amount) return { fit: 1, note: `Pays ${range}, at or above your floor of ${wanted}` };
  return { fit: Math.round((top / floor.amount) * 1000) / 1000, note: `Pays up to ${formatAmount(top, currency)}, below your floor of ${wanted}` };
}
