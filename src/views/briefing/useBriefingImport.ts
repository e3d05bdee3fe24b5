import { useState } from 'react';
import { checkBriefingReferences, readBriefingText } from '../../data/briefing';
import type { Briefing } from '../../data/briefing-schema';
import type { Dataset } from '../../data/schema';
import type { Problem } from '../../data/validate';
import { useBriefingActions } from '../../state/briefing-store';

export type ImportOutcome =
  | { kind: 'idle' }
  /** Valid, and it would replace the user's own briefing: asked first. */
  | { kind: 'confirm'; name: string; briefing: Briefing; replaces: Briefing }
  | { kind: 'imported'; name: string; title: string; slides: number; replaced: Briefing | null }
  | { kind: 'failed'; name: string; problems: Problem[] };

/**
 * Imports a briefing file. It must be valid and name only what the dataset has; otherwise the problems are reported
 * and the briefing in use stays exactly as it was. A file that would replace the user's own briefing asks first, and
 * the briefing it replaced can be put back.
 */
export function useBriefingImport(dataset: Dataset, yours: Briefing | null) {
  const { briefingImported } = useBriefingActions();
  const [outcome, setOutcome] = useState<ImportOutcome>({ kind: 'idle' });

  const apply = (name: string, briefing: Briefing, replaced: Briefing | null) => {
    briefingImported(briefing);
    setOutcome({ kind: 'imported', name, title: briefing.title, slides: briefing.slides.length, replaced });
  };

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
    if (yours) setOutcome({ kind: 'confirm', name: file.name, briefing: result.briefing, replaces: yours });
    else apply(file.name, result.briefing, null);
  };

  const confirm = () => {
    if (outcome.kind === 'confirm') apply(outcome.name, outcome.briefing, outcome.replaces);
  };

  return { outcome, importFile, confirm, dismiss: () => setOutcome({ kind: 'idle' }) };
}
