/**
 * Runs a transaction's first statement and `work` without waiting for the first one's answer in
 * between: `sendFirst` hands its statement to the driver at once (see `sendDriverRows`), and work's
 * statements follow it on the same connection, which runs them in the order sent. On a PostgreSQL
 * server the pool's connections pipeline (db/database.ts), so work's first statement is on its way
 * while the first is answered: a round trip less for every request that acts for a user.
 *
 * The first statement is the one that makes the transaction act as the user (role and row-level
 * security setting). Should it fail, the transaction is aborted, so every statement of work after
 * it fails as well and none runs as anyone else; the first statement's error is the one thrown, and
 * work's result is never returned without the first statement's answer. If the first statement
 * cannot be sent at all, `sendFirst` throws and work never starts.
 */
export async function workBehindFirstStatement<First, Result>(
  sendFirst: () => Promise<First>,
  work: () => Promise<Result>,
): Promise<{ first: First; result: Result }> {
  const first = sendFirst();
  // After the first statement was sent; a work that throws at once is a rejection like any other.
  const worked = Promise.resolve().then(work);
  const [opened, done] = await Promise.allSettled([first, worked]);
  if (opened.status === 'rejected') throw opened.reason;
  if (done.status === 'rejected') throw done.reason;
  return { first: opened.value, result: done.value };
}
