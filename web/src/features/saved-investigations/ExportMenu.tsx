import { useState } from 'react';
import type { ExportFormat } from '../../gql/graphql';

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'STIX', label: 'STIX 2.1 bundle', hint: 'OpenCTI, TAXII feeds' },
  { format: 'MISP', label: 'MISP event', hint: 'ja4-plus objects, ip-src' },
  { format: 'SURICATA', label: 'Suricata rules', hint: 'ja4.hash, for the IDS' },
  { format: 'CSV', label: 'CSV', hint: 'nodes and links' },
];

interface Props {
  disabled: boolean;
  onExport: (format: ExportFormat) => Promise<string | null>;
  onPng: () => void;
  onJson: () => void;
}

/** Every way the investigation leaves the tool. */
export function ExportMenu({ disabled, onExport, onPng, onJson }: Props) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const run = async (format: ExportFormat) => {
    setOpen(false);
    setStatus(`Exporting ${format}…`);
    try {
      const name = await onExport(format);
      setStatus(name ? `Downloaded ${name}` : null);
    } catch (err) {
      setStatus(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <span className="export-menu">
      <button type="button" className="button" aria-haspopup="menu" aria-expanded={open} disabled={disabled} onClick={() => setOpen(!open)}>
        Export ▾
      </button>
      {open && (
        <ul role="menu" className="menu">
          {FORMATS.map((f) => (
            <li key={f.format} role="none">
              <button type="button" role="menuitem" onClick={() => void run(f.format)}>
                {f.label} <span className="muted small">{f.hint}</span>
              </button>
            </li>
          ))}
          <li role="none">
            <button type="button" role="menuitem" onClick={() => (setOpen(false), onPng())}>
              PNG image
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" onClick={() => (setOpen(false), onJson())}>
              JSON (graph and link)
            </button>
          </li>
        </ul>
      )}
      {status && (
        <span className="muted small" aria-live="polite" data-testid="export-status">
          {' '}
          {status}
        </span>
      )}
    </span>
  );
}
