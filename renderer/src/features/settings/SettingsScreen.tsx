import { call } from '#renderer/api/client';
import { useRequest } from '#renderer/api/useRequest';
import { ErrorMessage } from '#renderer/components/ErrorMessage';
import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { THEMES, type Theme } from '#shared/settings/model';
import { BackupsPanel } from '../backups/BackupsPanel';
import { ExportImportPanel } from '../backups/ExportImportPanel';
import { ReminderSettingsSection } from '../reminders/ReminderSettingsSection';
import { SamplePanel } from '../sample/SamplePanel';
import { MyTimeZone } from './MyTimeZone';
import { useSettings } from './theme';

const THEME_LABELS: Record<Theme, string> = { system: 'Match the system', light: 'Light', dark: 'Dark' };

export function SettingsScreen() {
  const { settings, update } = useSettings();
  const info = useRequest(() => call('app.info', {}), 'info');
  const notice = useToast();

  const save = (patch: Parameters<typeof update>[0]) =>
    update(patch).then(
      () => notice('Settings saved.'),
      (e: Error) => notice(e.message, 'error'),
    );

  return (
    <>
      <PageHeader title="Settings" />
      {settings ? (
        <form className="panel settings" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>Theme</legend>
            {THEMES.map((theme) => (
              <label key={theme} className="choice">
                <input
                  type="radio"
                  name="theme"
                  value={theme}
                  checked={settings.theme === theme}
                  onChange={() => void save({ theme })}
                />
                {THEME_LABELS[theme]}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="week-start">Week starts on</label>
            <select
              id="week-start"
              value={settings.weekStart}
              onChange={(e) => void save({ weekStart: e.target.value as 'monday' | 'sunday' })}
            >
              <option value="monday">Monday</option>
              <option value="sunday">Sunday</option>
            </select>
          </div>
          <MyTimeZone settings={settings} save={save} />
          <ReminderSettingsSection settings={settings} save={(patch) => void save(patch)} />
        </form>
      ) : null}
      <section className="panel" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        {info.error ? <ErrorMessage error={info.error} /> : null}
        {info.data ? (
          <dl className="facts">
            <dt>Data file</dt>
            <dd>
              <code>{info.data.dataFile}</code>
            </dd>
            <dt>Schema version</dt>
            <dd>{info.data.schemaVersion}</dd>
            <dt>Cairn version</dt>
            <dd>{info.data.version}</dd>
          </dl>
        ) : null}
        <p className="muted">
          Everything stays in this one file on your machine; nothing is sent anywhere. To keep it elsewhere (for example
          on an encrypted volume), start Cairn with <code>--data-dir=PATH</code>.
        </p>
      </section>
      <BackupsPanel />
      <ExportImportPanel />
      <SamplePanel />
    </>
  );
}
