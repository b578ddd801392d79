// A picture of the run: the topology's SVG, the particle canvas over it, and the charts below,
// drawn into one canvas. SVG is serialised and loaded as an image; page CSS does not reach an
// SVG drawn that way, so the computed styles that matter are copied onto the clone first.

// What the stylesheets set on SVG content (axes text, grid lines, node labels).
const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-family', 'font-size',
  'font-weight', 'text-anchor', 'dominant-baseline', 'visibility', 'display'] as const;

function inlineStyles(source: Element, clone: Element): void {
  const computed = getComputedStyle(source);
  const style = (clone as SVGElement).style;
  if (style) for (const p of STYLE_PROPS) style.setProperty(p, computed.getPropertyValue(p));
  const from = source.children;
  const to = clone.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i], to[i]);
}

function svgImage(svg: SVGSVGElement): Promise<{ img: HTMLImageElement; width: number; height: number }> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const text = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => { URL.revokeObjectURL(url); resolve({ img, width, height }); };
    img.onerror = () => { URL.revokeObjectURL(url); reject(new Error('The picture of the topology could not be drawn.')); };
    img.src = url;
  });
}

const PAD = 16;

/** Draws the topology (with particles) and the charts found under `root` into one PNG. */
export async function renderPng(root: ParentNode, title: string): Promise<Blob> {
  const topoSvg = root.querySelector<SVGSVGElement>('.topology-stage svg');
  const particles = root.querySelector<HTMLCanvasElement>('.topology-stage canvas');
  const chartSvgs = [...root.querySelectorAll<SVGSVGElement>('.chart-panel svg[role="img"]')];
  if (!topoSvg) throw new Error('There is no topology on screen to export.');

  const topo = await svgImage(topoSvg);
  const charts = await Promise.all(chartSvgs.map(svgImage));
  const titleH = 28;
  const width = Math.ceil(Math.max(topo.width, ...charts.map((c) => c.width)) + 2 * PAD);
  const height = Math.ceil(PAD + titleH + topo.height + charts.reduce((h, c) => h + c.height + 8, 0) + PAD);
  // Twice the CSS size, so the image stays sharp on slides and high-density screens.
  const ratio = 2;
  const canvas = document.createElement('canvas');
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the picture.');
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#0f172a';
  ctx.font = '600 15px system-ui, sans-serif';
  ctx.fillText(title, PAD, PAD + 16);

  let y = PAD + titleH;
  ctx.drawImage(topo.img, PAD, y, topo.width, topo.height);
  if (particles && particles.width > 0) ctx.drawImage(particles, PAD, y, topo.width, topo.height);
  y += topo.height;
  for (const c of charts) {
    y += 8;
    ctx.drawImage(c.img, PAD, y, c.width, c.height);
    y += c.height;
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded.'))), 'image/png'));
}
