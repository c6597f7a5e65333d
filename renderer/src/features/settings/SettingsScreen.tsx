import { PageHeader } from '#renderer/components/PageHeader';
import { useToast } from '#renderer/components/toasts';
import { THEMES, type Theme } from '#shared/settings/model';
import { BackupsPanel } from '../backups/BackupsPanel';
import { ExportImportPanel } from '../backups/ExportImportPanel';
import { ReminderSettingsSection } from '../reminders/ReminderSettingsSection';
import { SamplePanel } from '../sample/SamplePanel';
import { DataFolderSection } from './DataFolderSection';
import { MyTimeZone } from './MyTimeZone';
import { useSettings } from './theme';
import { SelectField } from '#renderer/components/InputFields';

const THEME_LABELS: Record<Theme, string> = { system: 'Match the system', light: 'Light', dark: 'Dark' };

export function SettingsScreen() {
  const { settings, update } = useSettings();
  const notice = useToast();

  const save = (patch: Parameters<typeof update>[0]) =>
    update(patch).then(
      () => notice('Settings saved.'),
      (e: Error) => notice(e.message, 'error'),
    );

  return (
    <>
      <PageHeader title="Settings" />
      <div className="settings-page">
        {settings ? (
          <form className="panel settings" aria-labelledby="preferences-heading" onSubmit={(e) => e.preventDefault()}>
            <h2 id="preferences-heading">Preferences</h2>
            <fieldset className="settings__choices">
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
            <SelectField
              label="Week starts on"
              id="week-start"
              value={settings.weekStart}
              onChange={(e) => void save({ weekStart: e.target.value as 'monday' | 'sunday' })}
            >
              <option value="monday">Monday</option>
              <option value="sunday">Sunday</option>
            </SelectField>
            <MyTimeZone settings={settings} save={save} />
            <ReminderSettingsSection settings={settings} save={(patch) => void save(patch)} />
          </form>
        ) : null}
        <DataFolderSection />
        <BackupsPanel />
        <ExportImportPanel />
        <SamplePanel />
      </div>
    </>
  );
}
