import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, fullViewUrl, isEmbedPanel } from './embed';

describe('embed links', () => {
  it('adds the panel to the current view’s address, keeping every other parameter and dropping the fragment', () => {
    expect(embedUrl('https://example.org/atlas/?state=KAZ&year=2019#main', 'gdp')).toBe('https://example.org/atlas/?state=KAZ&year=2019&embed=gdp');
    expect(embedUrl('https://example.org/atlas/?embed=map&scope=all', 'trade')).toBe('https://example.org/atlas/?embed=trade&scope=all');
  });

  it('leads from an embedded panel back to the whole atlas at the same view', () => {
    expect(fullViewUrl('https://example.org/atlas/?embed=timeline&event=gabala-2025')).toBe('https://example.org/atlas/?event=gabala-2025');
    expect(fullViewUrl('https://example.org/atlas/?embed=map')).toBe('https://example.org/atlas/');
  });

  it('knows the panels that can be embedded', () => {
    expect(['map', 'gdp', 'trade', 'timeline'].every(isEmbedPanel)).toBe(true);
    expect(isEmbedPanel('details')).toBe(false);
  });

  it('writes an iframe with a title, a size and lazy loading, its attributes escaped', () => {
    const code = embedSnippet({ src: 'https://example.org/?state=KAZ&embed=gdp', title: 'OTS Atlas: "GDP"', width: 820, height: 780 });
    expect(code).toBe(
      '<iframe src="https://example.org/?state=KAZ&amp;embed=gdp" title="OTS Atlas: &quot;GDP&quot;" width="820" height="780" loading="lazy" style="border:0;max-width:100%"></iframe>',
    );
    const frame = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://example.org/?state=KAZ&embed=gdp');
  });
});
