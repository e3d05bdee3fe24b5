// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { raise } from './raise';

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG group of paths named by their ids, in the order given, plus what moved once `raise` has run. */
function group(ids: string[], extra: string[] = []) {
  const svg = document.createElementNS(SVG, 'svg');
  const g = document.createElementNS(SVG, 'g');
  svg.append(g);
  document.body.append(svg);
  for (const id of [...ids, ...extra]) {
    const path = document.createElementNS(SVG, 'path');
    path.id = id;
    path.setAttribute('tabindex', '-1');
    g.append(path);
  }
  const elements = ids.map((id) => g.querySelector(`#${id}`)!);
  const order = () => [...g.children].map((el) => el.id);
  return { g, elements, order, el: (id: string) => g.querySelector<SVGPathElement>(`#${id}`)! };
}

const on = (...ids: string[]) => (el: Element) => ids.includes(el.id);

afterEach(() => document.body.replaceChildren());

describe('raise', () => {
  it('puts the raised shapes last, each group keeping its own order', () => {
    const { elements, order } = group(['a', 'b', 'c', 'd', 'e']);
    raise(elements, on('b', 'd'));
    expect(order()).toEqual(['a', 'c', 'e', 'b', 'd']);
  });

  it('moves nothing when the raised shapes are already on top', () => {
    const { g, elements, order } = group(['a', 'b', 'c']);
    const observer = new MutationObserver(() => {});
    observer.observe(g, { childList: true });
    expect(raise(elements, on('b', 'c'))).toBe(0);
    expect(raise(elements, () => false)).toBe(0);
    expect(observer.takeRecords()).toEqual([]);
    expect(order()).toEqual(['a', 'b', 'c']);
  });

  it('moves the fewer elements: one shape up rather than the rest down', () => {
    const { elements, order } = group(['a', 'b', 'c', 'd', 'e']);
    expect(raise(elements, on('a'))).toBe(1);
    expect(order()).toEqual(['b', 'c', 'd', 'e', 'a']);
  });

  it('never moves the focused shape: the others go down instead, and it keeps the focus', () => {
    const { elements, order, el } = group(['a', 'b', 'c', 'd', 'e']);
    el('a').focus();
    expect(document.activeElement).toBe(el('a'));
    expect(raise(elements, on('a'))).toBe(4);
    expect(order()).toEqual(['b', 'c', 'd', 'e', 'a']);
    expect(document.activeElement).toBe(el('a'));
  });

  it('moves the raised shapes up when one of the others has the focus', () => {
    const { elements, order, el } = group(['a', 'b', 'c', 'd', 'e']);
    el('e').focus();
    expect(raise(elements, on('a', 'b', 'c'))).toBe(3);
    expect(order()).toEqual(['d', 'e', 'a', 'b', 'c']);
    expect(document.activeElement).toBe(el('e'));
  });

  it('keeps the group together before elements of the parent that are not its own', () => {
    const { elements, order } = group(['a', 'b', 'c'], ['x']);
    raise(elements, on('a'));
    expect(order()).toEqual(['b', 'c', 'a', 'x']);
  });

  it('orders by the document, whatever the order it is given in', () => {
    const { elements, order } = group(['a', 'b', 'c', 'd']);
    raise([...elements].reverse(), on('a', 'c'));
    expect(order()).toEqual(['b', 'd', 'a', 'c']);
  });
});
