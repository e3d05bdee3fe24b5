interface PanelActionsProps {
  /** What the table and the file hold, for the buttons' accessible names: "GDP". */
  subject: string;
  tableId: string;
  tableShown: boolean;
  onToggleTable: () => void;
  onDownload: () => void;
}

/** The table toggle and the CSV download, in a panel's header; their names start with their visible text. */
export function PanelActions({ subject, tableId, tableShown, onToggleTable, onDownload }: PanelActionsProps) {
  const toggle = tableShown ? 'Hide table' : 'Show table';
  return (
    <div className="chart-actions">
      <button
        type="button"
        className="button"
        aria-expanded={tableShown}
        aria-controls={tableId}
        aria-label={`${toggle} of ${subject}`}
        onClick={onToggleTable}
      >
        {toggle}
      </button>
      <button type="button" className="button" aria-label={`Download CSV of ${subject}`} onClick={onDownload}>
        Download CSV
      </button>
    </div>
  );
}
