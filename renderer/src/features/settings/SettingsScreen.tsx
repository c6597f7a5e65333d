import { useEffect, useState } from 'react';
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

/** How long "Saved" stays beside the heading after a change: long enough to be seen, then out of the way. */
const SAVED_SHOWN_MS = 2500;

/**
 * Preferences save as they change. Each save is confirmed beside the panel's heading, in a
 * status a screen reader announces, not in a toast: a toast at the foot of the window lay over
 * the reminder settings at 1024×700, on top of the very preferences it reported on.
 */
function useSavedStatus() {
  const [savedAt, setSavedAt] = useState<number | null>(null);
  useEffect(() => {
    if (savedAt === null) return;
    const timer = setTimeout(() => setSavedAt(null), SAVED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [savedAt]);
  return { saved: savedAt !== null, markSaved: () => setSavedAt(Date.now()) };
}

export function SettingsScreen() {
  const { settings, update } = useSettings();
  const notice = useToast();
  const { saved, markSaved } = useSavedStatus();

  const save = (patch: Parameters<typeof update>[0]) =>
    update(patch).then(markSaved, (e: Error) => notice(e.message, 'error'));

  return (
    <>
      <PageHeader title="Settings" />
      <div className="settings-page">
        {settings ? (
          <form className="panel settings" aria-labelledby="preferences-heading" onSubmit={(e) => e.preventDefault()}>
            <div className="settings__header">
              <h2 id="preferences-heading">Preferences</h2>
              {/* Always in the page, so the change of its words is announced. */}
              <p role="status" className="settings__saved">
                {saved ? 'Saved' : ''}
              </p>
            </div>
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
