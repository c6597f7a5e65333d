import { useEffect, useId, useRef } from 'react';
import { useLocation } from 'wouter';
import { useNextTime } from '../oneOnOnes/nextTimeStore';
import { useEvidenceCapture } from '../evidence/captureStore';
import { focusPageTitle } from '#renderer/components/PageHeader';
import { PaletteList } from './PaletteList';
import type { PaletteRun } from './options';
import { isPaletteShortcut, usePalette } from './paletteStore';
import { usePaletteSearch } from './usePaletteSearch';

/** The open palette: a combobox over grouped results (WAI-ARIA combobox with a listbox popup). */
function PaletteBody({ onRun, onClose }: { onRun: (run: PaletteRun) => void; onClose: () => void }) {
  const { text, setText, options, active, setActive, status } = usePaletteSearch();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // showModal() runs after this mounts; focus the input once the dialog is open.
  useEffect(() => {
    const frame = requestAnimationFrame(() => inputRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  const optionId = (i: number) => `${listId}-option-${i}`;
  const current = options[active];
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    // Handled here rather than left to the dialog's cancel, so it behaves the same everywhere.
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
      return;
    }
    if (!options.length) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (e.key === 'Enter' && current) {
      e.preventDefault();
      onRun(current.run);
    }
  };
  return (
    <div className="palette__body">
      <label htmlFor={`${listId}-input`} className="palette__label">
        Search people, 1:1 notes, goals and candidates, or run a command
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        className="palette__input"
        type="text"
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        placeholder="Type a name, a word from your notes, or a command"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <PaletteList
        id={listId}
        optionId={optionId}
        options={options}
        active={active}
        onHover={setActive}
        onChoose={(i) => onRun(options[i]!.run)}
      />
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <p className="palette__hint muted" aria-hidden="true">
        ↑ ↓ to move · Enter to open · Esc to close
      </p>
    </div>
  );
}

/**
 * Mounted once in the shell: Ctrl+K (Cmd+K) opens it from anywhere, as does the sidebar's
 * button. Escape closes it and focus goes back where it was; choosing an option goes there
 * (the new screen's heading takes focus) or opens the "next time" or "log evidence" dialog.
 */
export function CommandPalette() {
  const { open, show, close } = usePalette();
  const [, navigate] = useLocation();
  const showNextTime = useNextTime((s) => s.show);
  const showLogEvidence = useEvidenceCapture((s) => s.show);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPaletteShortcut(e)) return;
      e.preventDefault();
      if (usePalette.getState().open) close();
      else show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show, close]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) {
      dialog.close();
      // Back where it was; when that left with the screen (a "Go to" command), the new screen's
      // heading, so focus never falls to <body> (closing a <dialog> would put it there).
      const opener = usePalette.getState().opener;
      if (opener?.isConnected) opener.focus();
      else focusPageTitle();
    }
  }, [open]);

  const run = (r: PaletteRun) => {
    close();
    if (r.kind === 'go') navigate(r.href);
    // After the palette has closed and handed focus back, so the next dialog returns it there too.
    else if (r.kind === 'nextTime') requestAnimationFrame(() => showNextTime(r.personId));
    else if (r.kind === 'screen') requestAnimationFrame(r.run);
    else requestAnimationFrame(() => showLogEvidence({ personId: r.personId }));
  };

  return (
    <dialog
      ref={ref}
      className="modal palette"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClose={() => {
        if (usePalette.getState().open) close();
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (e.target === ref.current) close();
      }}
    >
      <h2 id={titleId} className="visually-hidden">
        Command palette
      </h2>
      {open ? <PaletteBody onRun={run} onClose={close} /> : null}
    </dialog>
  );
}
