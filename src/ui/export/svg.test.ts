import { afterEach, describe, expect, it } from 'vitest';
import { composeSvg, escapeXml, inlineStyles } from './svg';
import type { StampText } from './stamp-text';

const stamp: StampText = {
  title: 'GDP',
  subtitle: 'GDP of the members, 2000–2025, current US$ <stacked> & “total”',
  sources: [{ id: 'wb-gdp', publisher: 'World Bank', title: 'WDI', url: 'https://example.org', licence: 'CC BY 4.0', accessed: null }],
  asOf: '2026-07-13',
};

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');

afterEach(() => document.head.querySelectorAll('style').forEach((s) => s.remove()));

describe('composeSvg', () => {
  it('frames the charts with the title, subtitle, key, sources and as-of date, as a well-formed standalone file', () => {
    const chart = '<svg xmlns="http://www.w3.org/2000/svg" width="500" height="300"><rect width="10" height="10" fill="#0072B2"/></svg>';
    const doc = parse(composeSvg([{ markup: chart, width: 500, height: 300, heading: 'Volume' }], stamp, [{ label: 'Azerbaijan', colour: '#0072B2', mark: 'box' }]));
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(Number(root.getAttribute('width'))).toBe(688);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['GDP', 'Volume', 'Azerbaijan', 'Sources: World Bank: WDI.', 'Data as of 13 July 2026 · OTS Atlas']));
    expect(texts.join(' ')).toContain('<stacked> & “total”');
    expect(doc.querySelectorAll('svg svg rect[fill="#0072B2"]')).toHaveLength(1);
  });

  it('escapes text for XML', () => {
    expect(escapeXml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });
});

describe('inlineStyles', () => {
  it('writes each element’s computed style onto a copy, keeps its own inline style, and leaves out hidden elements', () => {
    const style = document.createElement('style');
    style.textContent = '.marker { fill: rgb(163, 35, 29); } .gone { display: none; }';
    document.head.append(style);
    const host = document.createElement('div');
    host.innerHTML =
      '<svg xmlns="http://www.w3.org/2000/svg" tabindex="0"><text class="marker" style="opacity: 0.5">2025</text><g class="gone"><rect/></g></svg>';
    document.body.append(host);
    const source = host.querySelector('svg')!;
    const copy = inlineStyles(source);
    const text = copy.querySelector('text')!;
    expect(text.getAttribute('style')).toMatch(/^opacity: 0.5;.*fill:rgb\(163, 35, 29\)/);
    expect(copy.querySelector('.gone')).toBeNull();
    expect(copy.hasAttribute('tabindex')).toBe(false);
    // The page's own chart is untouched.
    expect(source.querySelector('text')!.getAttribute('style')).toBe('opacity: 0.5');
    host.remove();
  });
});
