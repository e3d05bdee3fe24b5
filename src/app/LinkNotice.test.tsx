import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseSearch } from '../state/url-state';
import { knownValues } from '../state/hooks';
import { loadBundledDataset } from '../test/render';
import { echo, LinkNotice } from './LinkNotice';

const known = knownValues(loadBundledDataset());

describe('the notice of what a link had that the atlas ignored', () => {
  it('stays short whatever the link held: ten thousand repeats, a value of 100,000 characters, forty unknown names', () => {
    const repeats = Array.from({ length: 10_000 }, () => 'state=KAZ').join('&');
    const names = Array.from({ length: 40 }, (_, i) => `p${i}=1`).join('&');
    const { dropped } = parseSearch(`?${repeats}&x=${'y'.repeat(100_000)}&${names}`, known);
    const { container } = render(<LinkNotice dropped={dropped} />);
    const notice = screen.getByRole('status');
    expect(notice.textContent!.length).toBeLessThan(600);
    expect(container.querySelectorAll('*').length).toBeLessThan(30);
    expect(notice).toHaveTextContent('state=KAZ (repeated 9999 more times; the first value was used)');
    expect(notice).toHaveTextContent(`x=${'y'.repeat(40)}… (100,000 characters) (not a parameter of the atlas)`);
    expect(notice).toHaveTextContent(/; and 37 more\.\s*Dismiss$/);
  });

  it('shows a short value whole', () => {
    expect(echo('KAZ')).toBe('KAZ');
    expect(echo('a'.repeat(41))).toBe(`${'a'.repeat(40)}… (41 characters)`);
  });
});
