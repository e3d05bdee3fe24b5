import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Source } from '../data/schema';
import { isWebAddress, SourceRefs } from './SourceRefs';

const source = (id: string, url: string): Source => ({ id, title: `Title ${id}`, publisher: `P ${id}`, url, licence: 'L', accessed: null });

describe('SourceRefs', () => {
  it('links web addresses only; any other scheme is shown as text, never as a link', () => {
    render(
      <SourceRefs
        sources={[source('web', 'https://example.org/a'), source('js', 'javascript:alert(1)'), source('data', 'data:text/html,x'), source('file', 'file:///etc')]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Title web' })).toHaveAttribute('href', 'https://example.org/a');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByText(/Title js/)).toBeInTheDocument();
  });

  it('knows a web address', () => {
    expect(['http://x.org', 'HTTPS://x.org/', ' https://x.org'].every(isWebAddress)).toBe(true);
    expect(['javascript:x', 'vbscript:x', 'blob:https://x', 'ftp://x', '//x.org', 'data:,x'].some(isWebAddress)).toBe(false);
  });
});
