import { useState } from 'react';
import { checkBriefingReferences, readBriefingText } from '../../data/briefing';
import type { Dataset } from '../../data/schema';
import type { Problem } from '../../data/validate';
import { useBriefingActions } from '../../state/briefing-store';

export type ImportOutcome =
  | { kind: 'idle' }
  | { kind: 'imported'; name: string; title: string; slides: number }
  | { kind: 'failed'; name: string; problems: Problem[] };

/**
 * Imports a briefing file. It must be valid and name only what the dataset has; otherwise the problems are reported
 * and the briefing in use stays exactly as it was.
 */
export function useBriefingImport(dataset: Dataset) {
  const { briefingImported } = useBriefingActions();
  const [outcome, setOutcome] = useState<ImportOutcome>({ kind: 'idle' });

  const importFile = async (file: File) => {
    const result = readBriefingText(await file.text());
    if (!result.ok) {
      setOutcome({ kind: 'failed', name: file.name, problems: result.problems });
      return;
    }
    const problems = checkBriefingReferences(result.briefing, dataset);
    if (problems.length > 0) {
      setOutcome({ kind: 'failed', name: file.name, problems });
      return;
    }
    briefingImported(result.briefing);
    setOutcome({ kind: 'imported', name: file.name, title: result.briefing.title, slides: result.briefing.slides.length });
  };

  return { outcome, importFile, dismiss: () => setOutcome({ kind: 'idle' }) };
}
