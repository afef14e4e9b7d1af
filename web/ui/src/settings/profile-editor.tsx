import { useState, type FormEvent } from 'react';
import type { StoredSearchProfile } from '../../../../tools/search-profile.ts';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDateTime } from '../shared/format.ts';
import { useApiData } from '../shared/use-api-data.ts';

const seniorityLevels = ['intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'lead', 'manager', 'director', 'executive'];
const remotePreferences = [
  { value: 'remote', label: 'Fully remote' },
  { value: 'hybrid', label: 'Hybrid' },
  { value: 'onsite', label: 'In an office' },
  { value: 'any', label: 'No preference' },
];

/** One entry per line, blank lines dropped. */
function lines(form: FormData, name: string) {
  return String(form.get(name) ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function optional(form: FormData, name: string) {
  const value = String(form.get(name) ?? '').trim();
  return value === '' ? null : value;
}

/** What Atlas remembers about the job search; the agent reads it every turn, and the user has the last word. */
export function ProfileEditor() {
  const loaded = useApiData<{ profile: StoredSearchProfile }>('/api/profile');
  const [failure, setFailure] = useState<unknown>();
  const [saved, setSaved] = useState(false);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const salaryFloor = optional(form, 'salaryFloor');
    try {
      const result = await callApi<{ profile: StoredSearchProfile }>('/api/profile', {
        method: 'PUT',
        body: {
          targetRoles: lines(form, 'targetRoles'),
          seniority: optional(form, 'seniority'),
          locations: lines(form, 'locations'),
          remotePreference: optional(form, 'remotePreference'),
          salaryFloor: salaryFloor === null ? null : Number(salaryFloor),
          salaryCurrency: optional(form, 'salaryCurrency'),
          dealBreakers: lines(form, 'dealBreakers'),
          companiesToAvoid: lines(form, 'companiesToAvoid'),
        },
      });
      loaded.setData(result);
      setFailure(undefined);
      setSaved(true);
    } catch (error) {
      setSaved(false);
      setFailure(error);
    }
  }

  const profile = loaded.data?.profile;
  return (
    <section className="panel" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Job-search profile</h2>
      <p className="muted">Atlas reads this at every turn, uses it as default search filters and in match scores, and may suggest changes in chat.</p>
      <ErrorNotice error={loaded.error} />
      {profile && (
        // Keyed by the last save, so the fields show what the server kept (duplicates removed, currency upper-cased).
        <form key={profile.updatedAt ?? 'empty'} onSubmit={save} onChange={() => setSaved(false)}>
          <div className="two-columns">
            <label>
              Roles you want (one per line)
              <textarea name="targetRoles" defaultValue={profile.targetRoles.join('\n')} rows={3} />
            </label>
            <label>
              Locations (one per line)
              <textarea name="locations" defaultValue={profile.locations.join('\n')} rows={3} />
            </label>
          </div>
          <div className="filters">
            <label>
              Seniority
              <select name="seniority" defaultValue={profile.seniority ?? ''}>
                <option value="">Not set</option>
                {seniorityLevels.map((level) => (
                  <option key={level} value={level}>
                    {level}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Remote
              <select name="remotePreference" defaultValue={profile.remotePreference ?? ''}>
                <option value="">Not set</option>
                {remotePreferences.map((preference) => (
                  <option key={preference.value} value={preference.value}>
                    {preference.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Lowest yearly salary
              <input name="salaryFloor" type="number" min={0} step={1000} inputMode="numeric" defaultValue={profile.salaryFloor ?? ''} />
            </label>
            <label>
              Currency
              <input name="salaryCurrency" maxLength={3} placeholder="EUR" defaultValue={profile.salaryCurrency ?? ''} />
            </label>
          </div>
          <div className="two-columns">
            <label>
              Deal-breakers (one per line)
              <textarea name="dealBreakers" defaultValue={profile.dealBreakers.join('\n')} rows={3} />
            </label>
            <label>
              Companies to avoid (one per line)
              <textarea name="companiesToAvoid" defaultValue={profile.companiesToAvoid.join('\n')} rows={3} />
            </label>
          </div>
          <ErrorNotice error={failure} />
          {saved && (
            <p className="success" role="status">
              Profile saved.
            </p>
          )}
          <div className="actions">
            <button type="submit">Save profile</button>
            {profile.updatedAt && <span className="fine-print">Last changed {formatDateTime(profile.updatedAt)}</span>}
          </div>
        </form>
      )}
    </section>
  );
}
