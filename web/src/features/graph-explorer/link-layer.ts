import type { Core, NodeSingular } from 'cytoscape';

/** A link of a large graph, drawn by the link layer rather than by Cytoscape. */
export interface DrawnLink {
  id: string;
  source: string;
  target: string;
  /** In the model's units, as Cytoscape's `width`. */
  width: number;
  opacity: number;
  label: string;
}

const LINE = '#94a3b8';
const PATH = '#f59e0b';
const HOVER = '#2563eb';

/**
 * The links of a large graph, drawn on a canvas of their own under Cytoscape's, as straight lines from
 * centre to centre. As Cytoscape elements each link cost as much as a small node: its style applied
 * property by property, its bounding box, and a draw call of its own (at 6,300 nodes and 10,400 links,
 * 0.7 of the 2.5 s from the last answer to the painted graph). Here every link of a width and an
 * opacity is one path: 10,000 links draw in a few milliseconds, on every frame the view moves.
 */
export class LinkLayer {
  private links: DrawnLink[] = [];
  private ends = new Map<string, NodeSingular>();
  private path = new Set<string>();
  private hovered: string | null = null;
  private frame = 0;
  private readonly request = () => {
    if (!this.frame)
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        if (!this.c.destroyed()) this.draw();
      });
  };

  constructor(
    private readonly c: Core,
    private readonly canvas: HTMLCanvasElement,
  ) {
    c.on('viewport resize position add remove', this.request);
  }

  /** The links to draw, and those of the connection found between two nodes (drawn in amber, over the others). */
  set(links: DrawnLink[], path: readonly string[] = []) {
    this.links = links;
    this.path = new Set(path);
    this.ends = new Map(this.c.nodes().map((n) => [n.id(), n]));
    this.request();
  }

  list(): readonly DrawnLink[] {
    return this.links;
  }

  /** Drawn in blue, over the others (the link under the pointer); null for none. */
  hover(id: string | null) {
    if (id === this.hovered) return;
    this.hovered = id;
    this.request();
  }

  /** The link nearest a point of the model, within `reach` of its line (its own half-width added). */
  near(x: number, y: number, reach: number): DrawnLink | null {
    let best: DrawnLink | null = null;
    let bestDistance = Infinity;
    for (const l of this.links) {
      const [a, b] = [this.ends.get(l.source)?.position(), this.ends.get(l.target)?.position()];
      if (!a || !b) continue;
      const [dx, dy] = [b.x - a.x, b.y - a.y];
      const t = dx || dy ? Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy))) : 0;
      const distance = Math.hypot(a.x + t * dx - x, a.y + t * dy - y);
      if (distance <= l.width / 2 + reach && distance < bestDistance) [best, bestDistance] = [l, distance];
    }
    return best;
  }

  /** Draws the links in the view (on the layer's canvas), or on another canvas under this transform from the model. */
  draw(g?: CanvasRenderingContext2D, transform?: DOMMatrix) {
    if (!g) {
      const [w, h, ratio] = [this.c.width(), this.c.height(), window.devicePixelRatio || 1];
      if (this.canvas.width !== Math.round(w * ratio) || this.canvas.height !== Math.round(h * ratio)) {
        this.canvas.width = Math.round(w * ratio);
        this.canvas.height = Math.round(h * ratio);
      }
      const own = this.canvas.getContext('2d');
      if (!own) return;
      own.setTransform(1, 0, 0, 1, 0, 0);
      own.clearRect(0, 0, this.canvas.width, this.canvas.height);
      const [zoom, pan] = [this.c.zoom(), this.c.pan()];
      this.draw(own, new DOMMatrix([ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y]));
      return;
    }
    g.setTransform(transform);
    g.lineCap = 'butt';
    // one path per look: widths to the half unit, as the eye tells them apart
    const looks = new Map<string, DrawnLink[]>();
    const over: DrawnLink[] = [];
    for (const l of this.links) {
      if (this.path.has(l.id) || l.id === this.hovered) {
        over.push(l);
        continue;
      }
      const key = `${Math.round(l.width * 2) / 2}|${l.opacity}`;
      const same = looks.get(key);
      if (same) same.push(l);
      else looks.set(key, [l]);
    }
    for (const [key, same] of looks) {
      const [width, opacity] = key.split('|').map(Number) as [number, number];
      this.stroke(g, same, LINE, width, opacity);
    }
    for (const l of over) this.stroke(g, [l], l.id === this.hovered ? HOVER : PATH, l.width, 1);
    g.globalAlpha = 1;
  }

  private stroke(g: CanvasRenderingContext2D, links: DrawnLink[], color: string, width: number, opacity: number) {
    g.beginPath();
    for (const l of links) {
      const [a, b] = [this.ends.get(l.source)?.position(), this.ends.get(l.target)?.position()];
      if (!a || !b) continue;
      g.moveTo(a.x, a.y);
      g.lineTo(b.x, b.y);
    }
    g.strokeStyle = color;
    g.globalAlpha = opacity;
    g.lineWidth = width;
    g.stroke();
  }

  destroy() {
    cancelAnimationFrame(this.frame);
    this.c.off('viewport resize position add remove', this.request);
    this.canvas.getContext('2d')?.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }
}

/**
 * The whole graph as a PNG, at twice its size, its links drawn by the link layer under the nodes: the
 * nodes are drawn as Cytoscape's own export draws them (its renderer's buffer), over the same box.
 */
export function pngWithLinks(c: Core, links: LinkLayer): Blob | null {
  const renderer = (
    c as unknown as { renderer(): { bufferCanvasImage(o: { full: boolean; scale: number }): HTMLCanvasElement; getPixelRatio(): number } }
  ).renderer();
  const box = c.elements().boundingBox();
  const nodes = renderer.bufferCanvasImage({ full: true, scale: 2 });
  const scale = 2 * renderer.getPixelRatio();
  const out = document.createElement('canvas');
  [out.width, out.height] = [nodes.width, nodes.height];
  const g = out.getContext('2d');
  if (!g) return null;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, out.width, out.height);
  links.draw(g, new DOMMatrix([scale, 0, 0, scale, -box.x1 * scale, -box.y1 * scale]));
  g.setTransform(1, 0, 0, 1, 0, 0);
  g.drawImage(nodes, 0, 0);
  const [, base64] = out.toDataURL('image/png').split(',');
  const bytes = Uint8Array.from(atob(base64!), (ch) => ch.charCodeAt(0));
  return new Blob([bytes], { type: 'image/png' });
}
