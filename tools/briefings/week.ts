const dayMs = 24 * 60 * 60 * 1000;
const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** The briefing is written from this hour on Monday, in the user's time zone. */
export const briefingHour = 7;

/** Whether `timeZone` is a zone the platform knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(timeZone: string) {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function addDays(day: string, days: number) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** The wall clock in a time zone: its day (YYYY-MM-DD), weekday (0 = Monday) and hour. */
export function localClock(now: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, weekday: weekdays.indexOf(parts.weekday!), hour: Number(parts.hour) };
}

/** The Monday that starts the week `now` falls in, in the user's time zone: the week a briefing is for. */
export function weekOf(now: Date, timeZone: string) {
  const clock = localClock(now, timeZone);
  return addDays(clock.day, -clock.weekday);
}

/**
 * True on Monday from 07:00 to midnight where the user is: the hours the schedule may write this week's
 * briefing in, so a server that was down at 07:00 still writes it later that morning. Not later in the
 * week, or a user who signs up on a Thursday would get a briefing of an empty week at once.
 */
export function briefingDue(now: Date, timeZone: string) {
  const clock = localClock(now, timeZone);
  return clock.weekday === 0 && clock.hour >= briefingHour;
}
