import type { ReactNode } from 'react';
import { Ellipsis } from 'lucide-react';
import { MenuButton, type MenuAction } from './Menu';

/** One column, declared once: its heading and how each row fills its cell. */
export interface Column<Row> {
  /** Unique within the table (React key). */
  id: string;
  header: ReactNode;
  /** The heading is read by screen readers but not shown (a column of checkboxes or buttons). */
  headerHidden?: boolean;
  cell: (row: Row) => ReactNode;
  /** The cell names its row (`<th scope="row">`): screen readers announce it on every cell of the row. */
  rowHeader?: boolean;
  /** Layout hints shared by the heading and the cells, e.g. `nowrap` or a width class. */
  className?: string;
}

/** A row's actions, in one menu at the end of the row instead of a link repeated in each cell. */
export interface RowActions {
  /** The menu button's accessible name, which says whose actions they are: "Actions for Ada Lovelace". */
  label: string;
  actions: readonly MenuAction[];
}

export interface TableLayout<Row> {
  columns: readonly Column<Row>[];
  rowActions?: ((row: Row) => RowActions | null) | undefined;
}

interface DataTableProps<Row> extends TableLayout<Row> {
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** What the table holds; also its accessible name. Hidden unless `captionVisible`. */
  caption: ReactNode;
  captionVisible?: boolean;
  /** Shown instead of the table when there are no rows; nothing when absent. */
  empty?: ReactNode;
  rowClassName?: (row: Row) => string | undefined;
  /** `compact` for dense lists (keys, previews), `comfortable` by default. */
  density?: 'compact' | 'comfortable';
  /** Alternate row shading, for wide tables whose rows the eye must follow across. */
  zebra?: boolean;
  className?: string;
}

export function tableClassName({
  density = 'comfortable',
  zebra = false,
  className,
}: Pick<DataTableProps<unknown>, 'density' | 'zebra' | 'className'>) {
  return ['table', density === 'compact' ? 'table--compact' : '', zebra ? 'table--zebra' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
}

/** The heading row: `<th scope="col">` for every column, a hidden "Actions" heading for the menus. */
export function TableHead<Row>({ columns, rowActions, ariaRowIndex }: TableLayout<Row> & { ariaRowIndex?: number }) {
  return (
    <thead>
      <tr aria-rowindex={ariaRowIndex}>
        {columns.map((c) => (
          <th key={c.id} scope="col" className={c.className}>
            {c.headerHidden ? <span className="visually-hidden">{c.header}</span> : c.header}
          </th>
        ))}
        {rowActions ? (
          <th scope="col" className="table__actions">
            <span className="visually-hidden">Actions</span>
          </th>
        ) : null}
      </tr>
    </thead>
  );
}

/** One body row; virtualised tables render these themselves between their spacer rows. */
export function TableRow<Row>({
  row,
  columns,
  rowActions,
  className,
  ariaRowIndex,
}: TableLayout<Row> & { row: Row; className?: string | undefined; ariaRowIndex?: number }) {
  const menu = rowActions?.(row);
  return (
    <tr className={className} aria-rowindex={ariaRowIndex}>
      {columns.map((c) =>
        c.rowHeader ? (
          <th key={c.id} scope="row" className={c.className}>
            {c.cell(row)}
          </th>
        ) : (
          <td key={c.id} className={c.className}>
            {c.cell(row)}
          </td>
        ),
      )}
      {rowActions ? (
        <td className="table__actions">
          {menu && menu.actions.length > 0 ? (
            <MenuButton
              label={<Ellipsis className="icon" aria-hidden="true" />}
              ariaLabel={menu.label}
              actions={menu.actions}
              className="button button--quiet button--icon"
            />
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}

/**
 * The app's table: columns declared once, a caption that names it, headings with their
 * scope, an empty state in place of a table with no rows, and at most one actions menu per
 * row. Density, zebra and hover come from the tokens in both themes (styles/tables.css).
 */
export function DataTable<Row>({
  rows,
  rowKey,
  columns,
  rowActions,
  caption,
  captionVisible = false,
  empty,
  rowClassName,
  density,
  zebra,
  className,
}: DataTableProps<Row>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  return (
    <table className={tableClassName({ density, zebra, className })}>
      <caption className={captionVisible ? 'table__caption' : 'visually-hidden'}>{caption}</caption>
      <TableHead columns={columns} rowActions={rowActions} />
      <tbody>
        {rows.map((row) => (
          <TableRow
            key={rowKey(row)}
            row={row}
            columns={columns}
            rowActions={rowActions}
            className={rowClassName?.(row)}
          />
        ))}
      </tbody>
    </table>
  );
}
