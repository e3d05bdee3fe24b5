import type { ClaimCheck } from '../../data/claims';
import { evaluationFigures, evaluationSubject, speakerName, VERDICT_LABEL, whenText } from '../../ui/claim-text';
import { DataTable, type DataRow } from '../../ui/DataTable';
import { ClaimLink } from './ClaimLink';

interface ClaimsTableProps {
  checks: readonly ClaimCheck[];
  chosenYear: number;
}

const COLUMNS = [
  { id: 'by', header: 'Said by', text: true },
  { id: 'when', header: 'When', text: true },
  { id: 'scope', header: 'Stated scope', text: true },
  { id: 'verdict', header: 'Verdict, own scope and period', text: true },
  { id: 'figures', header: 'Deciding figures', text: true },
  { id: 'other', header: 'Other set of states', text: true },
  { id: 'view', header: 'View', text: true },
];

/** Every claim in a row: the claims view as an accessible table. */
export function ClaimsTable({ checks, chosenYear }: ClaimsTableProps) {
  const rows: DataRow[] = checks.map((c) => ({
    id: c.claim.id,
    header: <q>{c.claim.words}</q>,
    cells: [
      speakerName(c.claim),
      whenText(c.claim),
      c.claim.statedScope.text,
      c.own.kind === 'none' ? VERDICT_LABEL[c.verdict] : `${VERDICT_LABEL[c.verdict]} (${evaluationSubject(c.own)})`,
      evaluationFigures(c.own),
      c.otherScope ? `${evaluationSubject(c.otherScope)}: ${VERDICT_LABEL[c.otherScope.verdict].toLowerCase()}; ${evaluationFigures(c.otherScope)}` : '—',
      <ClaimLink key="view" check={c} />,
    ],
  }));
  return (
    <DataTable
      caption={`Claims about the OTS, each checked for the scope and period its speaker stated (year chosen: ${chosenYear})`}
      corner="Claim"
      columns={COLUMNS}
      rows={rows}
      label="Table of the claims"
    />
  );
}
