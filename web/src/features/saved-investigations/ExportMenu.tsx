import { useState } from 'react';
import type { ExportFormat, ExportIdsPolicy } from '../../gql/graphql';

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'STIX', label: 'STIX 2.1 bundle', hint: 'OpenCTI, TAXII feeds' },
  { format: 'MISP', label: 'MISP event', hint: 'ja4-plus objects, ip-src' },
  { format: 'SURICATA', label: 'Suricata rules', hint: 'ja4.hash, for the IDS' },
  { format: 'CSV', label: 'CSV', hint: 'nodes and links' },
];

interface Props {
  disabled: boolean;
  /** The format, and which verdicts become IDS indicators (null: the server's default). */
  onExport: (format: ExportFormat, idsPolicy: ExportIdsPolicy | null) => Promise<string | null>;
  onPng: () => void;
  onJson: () => void;
}

/** Every way the investigation leaves the tool. */
export function ExportMenu({ disabled, onExport, onPng, onJson }: Props) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [detector, setDetector] = useState(false);
  const run = async (format: ExportFormat) => {
    setOpen(false);
    setStatus(`Exporting ${format}…`);
    try {
      const name = await onExport(format, detector ? 'ANALYST_AND_DETECTOR' : null);
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
          <li role="none" className="small">
            <label title="IDS indicators (MISP to_ids, Suricata rules, STIX indicators) come from analysts' MALICIOUS verdicts; this adds the IPs the detector rated CRITICAL or HIGH">
              <input type="checkbox" checked={detector} onChange={(e) => setDetector(e.target.checked)} /> IDS indicators from the detector too
            </label>
          </li>
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
