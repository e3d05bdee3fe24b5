import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportMenu } from './ExportMenu';
import type { PanelExport } from './panel-export';

function spec(overrides: Partial<PanelExport> = {}): PanelExport {
  return {
    subject: 'GDP',
    file: ['gdp', null],
    stamp: { title: 'GDP', subtitle: 'GDP of the members', sources: [], asOf: '2026-07-13' },
    csv: () => ({ fileName: 'gdp.csv', text: 'year,value\r\n2025,1\r\n' }),
    embed: { panel: 'gdp', title: 'OTS Atlas: GDP', width: 820, height: 780 },
    ...overrides,
  };
}

function renderInPanel(s: PanelExport) {
  return render(
    <section className="panel" aria-label="GDP">
      <ExportMenu spec={s} />
    </section>,
  );
}

describe('ExportMenu', () => {
  it('opens on its button, offers PNG, CSV and embed code (SVG only for charts), and closes on Escape', async () => {
    const user = userEvent.setup();
    renderInPanel(spec());
    const button = screen.getByRole('button', { name: 'Export GDP' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: /^Download/ })).toBeNull();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('button', { name: /^(Download|Embed)/ }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Download PNG image of GDP',
      'Download CSV data of GDP',
      'Embed code for GDP',
    ]);
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    await user.click(button);
    expect(screen.queryByRole('button', { name: 'Download SVG image of GDP' })).toBeNull();
  });

  it('offers the SVG when the panel gives a key for it', async () => {
    const user = userEvent.setup();
    renderInPanel(spec({ svgLegend: [{ label: 'Türkiye', colour: '#D55E00', mark: 'box' }] }));
    await user.click(screen.getByRole('button', { name: 'Export GDP' }));
    expect(screen.getByRole('button', { name: 'Download SVG image of GDP' })).toBeVisible();
  });

  it('says so when an image cannot be made, rather than failing silently', async () => {
    const user = userEvent.setup();
    renderInPanel(spec());
    await user.click(screen.getByRole('button', { name: 'Export GDP' }));
    await user.click(screen.getByRole('button', { name: 'Download PNG image of GDP' }));
    expect(await screen.findByText(/^The PNG could not be made: the panel has nothing drawn to export\.$/)).toBeInTheDocument();
  });

  it('shows the embed code for the current view in a dialog, and copies it', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?state=KAZ');
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderInPanel(spec());
    await user.click(screen.getByRole('button', { name: 'Export GDP' }));
    await user.click(screen.getByRole('button', { name: 'Embed code for GDP' }));
    const dialog = screen.getByRole('dialog', { name: 'Embed GDP' });
    const code = within(dialog).getByRole('textbox', { name: 'Code to paste' });
    expect(code).toHaveValue('<iframe src="http://localhost:3000/?state=KAZ&amp;embed=gdp" title="OTS Atlas: GDP" width="820" height="780" loading="lazy" style="border:0;max-width:100%"></iframe>');
    expect(within(dialog).getByText('✓ Code copied')).not.toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Copy embed code' }));
    expect(writeText).toHaveBeenCalledWith((code as HTMLTextAreaElement).value);
    expect(within(dialog).getByText('✓ Code copied')).toBeVisible();
    expect(within(dialog).getByText('Copy code')).not.toBeVisible();
    delete (navigator as { clipboard?: unknown }).clipboard;
  });
});
