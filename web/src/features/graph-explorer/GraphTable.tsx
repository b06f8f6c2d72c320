import { EntityLink } from '../../components/EntityLink';
import { ThreatBadge } from '../../components/ThreatBadge';
import { ENTITY_META } from '../../lib/entities';
import { formatNumber } from '../../lib/format';
import { hiddenCount, type Graph } from './model';

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
      <table className="table compact">
        <caption>Nodes ({graph.nodes.length})</caption>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Entity</th>
            <th scope="col">Worst level</th>
            <th scope="col" className="num">
              Requests
            </th>
            <th scope="col" className="num">
              Detections
            </th>
            <th scope="col" className="num">
              Links not shown
            </th>
            <th scope="col">
              <span className="sr-only">Select</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {graph.nodes.map((n) => (
            <tr key={n.id} aria-selected={selected === n.id}>
              <td>{ENTITY_META[n.type].label}</td>
              <td className="wrap">
                {n.group ? (
                  <>
                    {n.label} of {n.group.from.key}{' '}
                    <button type="button" className="link-button" onClick={() => onOpenGroup(n.id)}>
                      open group
                    </button>
                  </>
                ) : (
                  <EntityLink type={n.type} value={n.key} />
                )}
              </td>
              <td>{n.worstLevel ? <ThreatBadge level={n.worstLevel} /> : '—'}</td>
              <td className="num">{formatNumber(n.hits)}</td>
              <td className="num">{n.group ? '—' : formatNumber(n.detections)}</td>
              <td className="num">{n.group ? formatNumber(n.group.total - n.group.members) : formatNumber(hiddenCount(graph, n))}</td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={selected === n.id}
                  onClick={() => onSelect(n.id)}
                  aria-label={`Select ${n.group ? n.label : n.key}`}
                >
                  select
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="table compact">
        <caption>Links ({graph.edges.length})</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Kind</th>
            <th scope="col" className="num">
              Requests
            </th>
          </tr>
        </thead>
        <tbody>
          {graph.edges.map((e) => (
            <tr key={e.id}>
              <td className="wrap">{end(e.source)}</td>
              <td className="wrap">{end(e.target)}</td>
              <td>{e.kind.replace('_', ' → ')}</td>
              <td className="num">{formatNumber(e.weight)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
