import { Modal } from '#renderer/components/Modal';
import type { ScreenAction } from '../../palette/screenActions';
import { BUILT_IN_NOTES_KEYS, NOTES_KEYS } from './editor/notesKeys';

const EVERYWHERE = [
  { words: 'Ctrl+K', label: 'Command palette: this 1:1’s actions, people, notes' },
  { words: 'Ctrl+Shift+Y', label: 'Topic for next time, for anyone' },
  { words: 'Ctrl+Shift+H', label: 'Hide or show private notes' },
] as const;

/** "Ctrl+Z / Ctrl+Shift+Z" as two keys that may sit on two lines, so the keys column stays narrow. */
function Keys({ words }: { words: string }) {
  const choices = words.split(' / ');
  return choices.map((k, i) => (
    <span key={k}>
      {i > 0 ? ' / ' : null}
      <kbd>{k}</kbd>
    </span>
  ));
}

function Rows({ rows }: { rows: readonly { words: string; label: string }[] }) {
  return (
    <tbody>
      {rows.map((r) => (
        <tr key={r.label}>
          <td className="shortcuts__keys">
            <Keys words={r.words} />
          </td>
          <td>{r.label}</td>
        </tr>
      ))}
    </tbody>
  );
}

function Table({ caption, rows }: { caption: string; rows: readonly { words: string; label: string }[] }) {
  return (
    <table className="shortcuts">
      <caption>{caption}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">Keys</th>
          <th scope="col">What they do</th>
        </tr>
      </thead>
      <Rows rows={rows} />
    </table>
  );
}

/** The `?` sheet: every shortcut of the meeting screen, from the same lists the keys are bound from. */
export function ShortcutsDialog({
  open,
  onClose,
  actions,
}: {
  open: boolean;
  onClose: () => void;
  actions: readonly ScreenAction[];
}) {
  // The screen's own keys; Ctrl+Shift+H and ? belong to the shell and this sheet, listed below.
  const screen = [
    ...actions.flatMap((a) => (a.keys?.startsWith('Alt+') ? [{ words: a.keys, label: a.label }] : [])),
    { words: '?', label: 'This list of shortcuts' },
  ];
  const notes = [...Object.values(NOTES_KEYS), ...BUILT_IN_NOTES_KEYS];
  return (
    <Modal title="Keyboard shortcuts" open={open} onClose={onClose} size="wide">
      {/* Two columns of about equal height: the screen's and the shell's keys on the left, the
          editor's on the right, so the sheet fits a 700 px window without scrolling. */}
      <div className="shortcuts-sheet">
        <div className="shortcuts-sheet__column">
          <Table caption="This 1:1" rows={screen} />
          <Table caption="Everywhere" rows={EVERYWHERE} />
        </div>
        <Table caption="In the notes" rows={notes} />
      </div>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
