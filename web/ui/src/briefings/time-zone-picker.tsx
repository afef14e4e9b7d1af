import { useId, useMemo, useState, type FormEvent } from 'react';
import { timeZoneOptions, utcOffset } from './time-zone-options.ts';

const deviceTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Chooses the zone Monday's 07:00 is read in: type part of any IANA name ("Buenos", "Berlin") and pick
 * from every zone the browser knows, each with its offset now, or take this device's own zone, offered first.
 */
export function TimeZonePicker(props: { timeZone: string; busy: boolean; onSave: (timeZone: string) => void }) {
  const [typed, setTyped] = useState(props.timeZone);
  const listId = useId();
  const inputId = useId();
  const options = useMemo(() => timeZoneOptions({ at: new Date(), chosen: props.timeZone }), [props.timeZone]);
  const known = useMemo(() => new Set(options.map((option) => option.zone).concat(deviceTimeZone ?? [])), [options]);
  const chosen = typed.trim();

  function submit(event: FormEvent) {
    event.preventDefault();
    // The server checks the zone too; this only stops a half-typed name from being sent.
    if (known.has(chosen)) props.onSave(chosen);
  }

  return (
    <form className="time-zone-picker" aria-label="Briefing time zone" onSubmit={submit}>
      <label htmlFor={inputId}>Time zone</label>
      <input
        id={inputId}
        list={listId}
        value={typed}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search, e.g. Berlin"
        aria-describedby={`${inputId}-hint`}
        onChange={(event) => setTyped(event.target.value)}
      />
      <datalist id={listId}>
        {deviceTimeZone && <option value={deviceTimeZone} label={`Use this device's time zone: ${deviceTimeZone} (${utcOffset(deviceTimeZone, new Date())})`} />}
        {options.map((option) => (
          <option key={option.zone} value={option.zone} label={option.label} />
        ))}
      </datalist>
      <button type="submit" disabled={props.busy || !known.has(chosen) || chosen === props.timeZone}>
        Save time zone
      </button>
      {deviceTimeZone && deviceTimeZone !== props.timeZone && (
        <button type="button" className="secondary" disabled={props.busy} onClick={() => {
            setTyped(deviceTimeZone);
            props.onSave(deviceTimeZone);
          }}>
          Use this device's time zone ({deviceTimeZone})
        </button>
      )}
      <p id={`${inputId}-hint`} className="meta">
        {chosen && !known.has(chosen) ? 'Pick a zone from the list, e.g. Europe/Berlin.' : `${options.length} zones; type part of a city or region to narrow the list.`}
      </p>
    </form>
  );
}
