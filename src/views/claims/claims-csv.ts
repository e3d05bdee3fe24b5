/** The claims view as a CSV document: every claim, who made it, its verdict and the deciding figures, with sources. */
import type { ClaimCheck, Evaluation } from '../../data/claims';
import type { Dataset } from '../../data/schema';
import { citationCell, citationLines } from '../../ui/citation';
import {
  evaluationFigures,
  evaluationNotes,
  evaluationSubject,
  inconsistencyText,
  periodText,
  publishedText,
  scopeText,
  VERDICT_LABEL,
} from '../../ui/claim-text';
import type { CsvDocument, CsvValue } from '../../ui/csv';

export const CLAIMS_FILE_NAME = 'ots-claims-checked.csv';

const beside = (e: Evaluation | null | undefined) =>
  e ? `${evaluationSubject(e)}: ${VERDICT_LABEL[e.verdict].toLowerCase()}; ${evaluationFigures(e)}` : '';

/** `hrefOf` gives the address of the view that shows each claim (the page's own address with its year and scope). */
export function claimsCsv(dataset: Dataset, checks: readonly ClaimCheck[], chosenYear: number, hrefOf: (c: ClaimCheck) => string): CsvDocument {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const cited = [...new Set(checks.flatMap((c) => [...c.claim.sources, ...c.sources]))].flatMap((id) => byId.get(id) ?? []);
  const meta = [
    'OTS Atlas: claims made about the OTS, each checked for the set of states and the period its speaker stated',
    `Verdicts use the atlas's figures (World Bank GDP and population, CIA World Factbook area, IMF DOTS trade), which may have been revised since a claim was made. Beside each: the other set of states, and the year chosen (${chosenYear}).`,
    ...cited.flatMap((s) => citationLines(s).map((line, i) => (i === 0 ? `Source: ${line}` : `  ${line}`))),
    `Data as of ${dataset.asOf}.`,
  ];
  const header = [
    'id', 'claim (words quoted)', 'speaker', 'role', 'published in', 'when', 'stated scope', 'stated period', 'checked for',
    'verdict', 'deciding figures', 'notes', 'other set of states', `year chosen (${chosenYear})`, 'same sentence', 'reading', 'view', 'sources',
  ];
  const rows = checks.map((c): CsvValue[] => {
    const r = c.claim.reading;
    return [
      c.claim.id,
      c.claim.words,
      c.claim.speaker?.name ?? 'not identified',
      c.claim.speaker?.role ?? '',
      publishedText(c.claim),
      c.claim.published?.text ?? '',
      scopeText(c),
      periodText(c.period),
      c.own.kind === 'none' ? '' : evaluationSubject(c.own),
      VERDICT_LABEL[c.verdict],
      evaluationFigures(c.own),
      evaluationNotes(c.own, c, dataset).join(' '),
      beside(c.otherScope),
      c.chosenYear.map((e) => beside(e)).join(' | '),
      c.inconsistency ? inconsistencyText(c.inconsistency) : '',
      r.kind === 'none' ? r.reason : r.interpretation,
      hrefOf(c),
      [...new Set([...c.claim.sources, ...c.sources])].flatMap((id) => { const s = byId.get(id); return s ? [citationCell(s)] : []; }).join('; '),
    ];
  });
  return { meta, header, rows };
}
