import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { DataTable, MissingValue } from './DataTable';

function renderTable() {
  return render(
    <DataTable
      caption="GDP, current US$"
      corner="Year"
      label="Table of the GDP chart"
      columns={[{ id: 'AZE', header: 'Azerbaijan' }, { id: 'UZB', header: 'Uzbekistan', current: true }]}
      rows={[
        { id: '2018', header: '2018', cells: ['$47.1 bn', <MissingValue key="m" reason="not yet a member" mark="a" />] },
        { id: '2019', header: '2019', cells: ['$48.2 bn', '$70.2 bn'], current: true },
      ]}
      notes={<p>— means missing, never zero.</p>}
    />,
  );
}

describe('DataTable', () => {
  it('is a captioned table with column and row headers, in a focusable scrolling region', () => {
    renderTable();
    const region = screen.getByRole('region', { name: 'Table of the GDP chart' });
    expect(region).toHaveAttribute('tabindex', '0');
    const table = within(region).getByRole('table', { name: 'GDP, current US$' });
    expect(within(table).getAllByRole('columnheader').map((h) => [h.textContent, h.getAttribute('scope')])).toEqual([
      ['Year', 'col'],
      ['Azerbaijan', 'col'],
      ['Uzbekistan', 'col'],
    ]);
    expect(within(table).getAllByRole('rowheader').map((h) => [h.textContent, h.getAttribute('scope')])).toEqual([
      ['2018', 'row'],
      ['2019', 'row'],
    ]);
  });

  it('marks the current row and column', () => {
    renderTable();
    expect(screen.getByRole('row', { name: /^2019/ })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('row', { name: /^2018/ })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('columnheader', { name: 'Uzbekistan' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('cell', { name: '$70.2 bn' })).toHaveClass('is-current');
  });

  it('shows a missing value as a dash for the eye and as its reason for a screen reader', () => {
    renderTable();
    const cell = within(screen.getByRole('row', { name: /^2018/ })).getAllByRole('cell')[1] as HTMLElement;
    expect(within(cell).getByText('not yet a member')).toHaveClass('visually-hidden');
    expect(cell.querySelector('[aria-hidden="true"]')).toHaveTextContent('—a');
    expect(cell).not.toHaveTextContent('0');
    expect(screen.getByText('— means missing, never zero.')).toBeInTheDocument();
  });
});
