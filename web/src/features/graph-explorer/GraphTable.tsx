import { EntityLink } from '../../components/EntityLink';
import { ThreatBadge } from '../../components/ThreatBadge';
import { ENTITY_META } from '../../lib/entities';
import { formatNumber } from '../../lib/format';
import { hiddenCount, type Graph } from './model';
import { DataTable } from '../../components/DataTable';

/** Every node and every edge of the graph, readable without the drawing. */
export function GraphTable({
  graph,
  selected,
  onOpenGroup,
  onSelect,
}: {
  graph: Graph;
  selected: string | null;
  onOpenGroup: (id: string) => void;
  onSelect: (id: string) => void;
}) {
  const end = (id: string) => {
    const n = graph.nodes.find((x) => x.id === id);
    if (!n) return id;
    return n.group ? n.label : <EntityLink type={n.type} value={n.key} />;
  };
  return (
    <div className="graph-table">
      <DataTable
        compact
        showCaption
        caption={`Nodes (${graph.nodes.length})`}
        rows={graph.nodes}
        rowKey={(n) => n.id}
        rowProps={(n) => ({ 'aria-selected': selected === n.id })}
        columns={[
          { header: 'Type', cell: (n) => ENTITY_META[n.type].label },
          {
            header: 'Entity',
            className: 'wrap',
            cell: (n) =>
              n.group ? (
                <>
                  {n.label} of {n.group.from.key}{' '}
                  <button type="button" className="link-button" onClick={() => onOpenGroup(n.id)}>
                    open group
                  </button>
                </>
              ) : (
                <EntityLink type={n.type} value={n.key} />
              ),
          },
          { header: 'Worst level', cell: (n) => (n.worstLevel ? <ThreatBadge level={n.worstLevel} /> : '—') },
          { header: 'Requests', num: true, cell: (n) => formatNumber(n.hits) },
          { header: 'Detections', num: true, cell: (n) => (n.group ? '—' : formatNumber(n.detections)) },
          {
            header: 'Links not shown',
            num: true,
            cell: (n) => (n.group ? formatNumber(n.group.total - n.group.members) : formatNumber(hiddenCount(graph, n))),
          },
          {
            header: 'Select',
            hideHeader: true,
            cell: (n) => (
              <button
                type="button"
                className="link-button"
                aria-pressed={selected === n.id}
                onClick={() => onSelect(n.id)}
                aria-label={`Select ${n.group ? n.label : n.key}`}
              >
                select
              </button>
            ),
          },
        ]}
      />
      <DataTable
        compact
        showCaption
        caption={`Links (${graph.edges.length})`}
        rows={graph.edges}
        rowKey={(e) => e.id}
        columns={[
          { header: 'From', className: 'wrap', cell: (e) => end(e.source) },
          { header: 'To', className: 'wrap', cell: (e) => end(e.target) },
          { header: 'Kind', cell: (e) => e.kind.replace('_', ' → ') },
          { header: 'Requests', num: true, cell: (e) => formatNumber(e.weight) },
        ]}
      />
    </div>
  );
}
