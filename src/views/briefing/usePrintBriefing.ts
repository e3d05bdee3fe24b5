import { useEffect, useState } from 'react';

/**
 * Prints the briefing handout instead of the page: while printing, the body is marked so the print stylesheet shows
 * only the handout; once the browser's print dialog closes, the page is back as it was.
 */
export function usePrintBriefing(): [boolean, () => void] {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!printing) return;
    document.body.classList.add('printing-briefing');
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    window.print();
    return () => {
      window.removeEventListener('afterprint', done);
      document.body.classList.remove('printing-briefing');
    };
  }, [printing]);
  return [printing, () => setPrinting(true)];
}
