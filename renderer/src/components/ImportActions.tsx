/**
 * An import dialog's closing row: the import itself once a clean preview says what it brings
 * ("Import 3 questions"), then Cancel. Without a clean preview only Cancel shows, so there is
 * never a button that would import nothing or something unchecked.
 */
export function ImportActions({
  importLabel,
  onImport,
  onCancel,
}: {
  /** The words of the import button, or null while there is nothing to import. */
  importLabel: string | null;
  onImport: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="form-actions">
      {importLabel ? (
        <button type="button" className="button button--primary" onClick={onImport}>
          {importLabel}
        </button>
      ) : null}
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
