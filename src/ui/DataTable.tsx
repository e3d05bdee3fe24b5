import { useId, type ReactNode } from 'react';

export interface DataColumn {
  id: string;
  header: ReactNode;
  /** Marks the column of the current selection (e.g. the highlighted state). */
  current?: boolean;
  /** Text rather than figures: aligned to the start and allowed to wrap. Figures align to the end. */
  text?: boolean;
  /** Kept in view at the table's end while the columns between scroll (a total). */
  pinned?: boolean;
}

export interface DataRow {
  id: string;
  /** The row header: the year or the item the row is about. */
  header: ReactNode;
  cells: readonly ReactNode[];
  /** Instead of cells: one note across the row ("No state counted yet"). */
  note?: ReactNode;
  /** Marks the row of the current selection (e.g. the selected year). */
  current?: boolean;
}

interface DataTableProps {
  /** Says what the table holds: title, unit, rule in force. */
  caption: ReactNode;
  /** Header of the row-header column ("Year"). */
  corner: ReactNode;
  columns: readonly DataColumn[];
  rows: readonly DataRow[];
  /** Name of the scrollable region, for keyboard and screen-reader users. */
  label: string;
  /** Notes under the table: what the marks on missing values mean, sources. */
  notes?: ReactNode;
}

function cellClass(column: DataColumn | undefined, header = false): string | undefined {
  const names = [column?.text ? 'is-text' : '', column?.current && !header ? 'is-current' : '', column?.pinned ? 'is-pinned' : ''].filter(Boolean);
  return names.length > 0 ? names.join(' ') : undefined;
}

/**
 * An accessible table twin of a chart: a caption, column and row headers with their scope, the current row and
 * column marked with `aria-current`, in a region that scrolls and can be focused to scroll by keyboard. The table
 * scrolls inside its panel, never past it: the caption stays above it, whole, the row headers stay at its start and a
 * pinned column (a total) at its end.
 */
export function DataTable({ caption, corner, columns, rows, label, notes }: DataTableProps) {
  const captionId = useId();
  return (
    <div className="data-table">
      <p className="data-table__caption" id={captionId}>
        {caption}
      </p>
      <div className="data-table__scroll" role="region" aria-label={label} tabIndex={0}>
        <table aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">{corner}</th>
              {columns.map((c) => (
                <th key={c.id} scope="col" aria-current={c.current ? 'true' : undefined} className={cellClass(c, true)}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} aria-current={r.current ? 'true' : undefined}>
                <th scope="row" className={r.note != null ? 'is-note' : undefined}>
                  {r.header}
                </th>
                {r.note != null ? (
                  <td colSpan={columns.length} className="is-note">
                    <span className="data-table__note">{r.note}</span>
                  </td>
                ) : (
                  r.cells.map((cell, i) => (
                    <td key={columns[i]?.id ?? i} className={cellClass(columns[i])}>
                      {cell}
                    </td>
                  ))
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notes ? <div className="data-table__notes">{notes}</div> : null}
    </div>
  );
}

/** A missing value: a dash with a footnote mark for the eye, the reason in words for a screen reader. */
export function MissingValue({ reason, mark }: { reason: string; mark?: string }) {
  return (
    <span className="missing-value" title={reason}>
      <span aria-hidden="true">
        —{mark ? <sup>{mark}</sup> : null}
      </span>
      <span className="visually-hidden">{reason}</span>
    </span>
  );
}
