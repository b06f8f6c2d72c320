import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ExportMenu } from './ExportMenu';

describe('ExportMenu', () => {
  it('exports with the server’s IDS policy, or with the detector’s IPs too when the analyst asks', async () => {
    const onExport = vi.fn(async () => 'file.rules');
    render(<ExportMenu disabled={false} onExport={onExport} onPng={() => {}} onJson={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export ▾' }));
    fireEvent.click(screen.getByRole('menuitem', { name: /Suricata rules/ }));
    await waitFor(() => expect(onExport).toHaveBeenLastCalledWith('SURICATA', null));
    fireEvent.click(screen.getByRole('button', { name: 'Export ▾' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /IDS indicators from the detector too/ }));
    fireEvent.click(screen.getByRole('menuitem', { name: /MISP event/ }));
    await waitFor(() => expect(onExport).toHaveBeenLastCalledWith('MISP', 'ANALYST_AND_DETECTOR'));
  });
});
