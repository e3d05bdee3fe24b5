import { ExportMenu } from './ExportMenu';
import type { PanelExport } from './panel-export';
import './export.css';

export interface TableToggle {
  id: string;
  shown: boolean;
  onToggle: () => void;
}

interface PanelActionsProps {
  exports: PanelExport;
  /** Charts have a table twin, shown on demand. */
  table?: TableToggle;
}

/** The actions every panel offers in its header: its table (for charts) and its exports. */
export function PanelActions({ exports, table }: PanelActionsProps) {
  const toggle = table?.shown ? 'Hide table' : 'Show table';
  return (
    <div className="panel-actions">
      {table ? (
        <button
          type="button"
          className="button"
          aria-expanded={table.shown}
          aria-controls={table.id}
          aria-label={`${toggle} of ${exports.subject}`}
          onClick={table.onToggle}
        >
          {toggle}
        </button>
      ) : null}
      <ExportMenu spec={exports} />
    </div>
  );
}
