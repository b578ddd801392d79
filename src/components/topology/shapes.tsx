// The outline of each node kind, centred on (0, 0). Fill and stroke animate on state changes.
import { motion } from 'motion/react';

type ShapeProps = { kind: string; w: number; h: number; fill: string; stroke: string; dashed: boolean };

const transition = { duration: 0.35 };

export function NodeShape({ kind, w, h, fill, stroke, dashed }: ShapeProps) {
  const common = {
    initial: false as const,
    animate: { fill, stroke },
    transition,
    strokeWidth: 2,
    strokeDasharray: dashed ? '7 5' : undefined,
    className: 'node-outline',
  };
  const x = -w / 2, y = -h / 2;
  switch (kind) {
    case 'balancer': {
      const s = 16; // how far the pointed ends reach
      const points = `${x},0 ${x + s},${y} ${-x - s},${y} ${-x},0 ${-x - s},${-y} ${x + s},${-y}`;
      return <motion.polygon points={points} {...common} />;
    }
    case 'database': {
      const ry = 9;
      const d = `M${x},${y + ry} A${w / 2},${ry} 0 0 1 ${-x},${y + ry} L${-x},${-y - ry} A${w / 2},${ry} 0 0 1 ${x},${-y - ry} Z`;
      return (
        <g>
          <motion.path d={d} {...common} />
          <motion.path d={`M${x},${y + ry} A${w / 2},${ry} 0 0 0 ${-x},${y + ry}`} fill="none" initial={false}
            animate={{ stroke }} transition={transition} strokeWidth={2} />
        </g>
      );
    }
    case 'client':
      return <motion.rect x={x} y={y} width={w} height={h} rx={h / 2} {...common} />;
    case 'virtual-ip':
      // A floating address, not a machine: drawn as a dashed outline.
      return <motion.rect x={x} y={y} width={w} height={h} rx={12} {...common} strokeDasharray="3 4" />;
    default:
      return <motion.rect x={x} y={y} width={w} height={h} rx={10} {...common} />;
  }
}

/** A tiny glyph beside the node's name, so kinds differ by shape, not only by words. */
export function KindGlyph({ kind, x, y }: { kind: string; x: number; y: number }) {
  const c = '#475569';
  switch (kind) {
    case 'client':
      return (
        <g transform={`translate(${x},${y})`} fill={c} aria-hidden="true">
          <circle cx={-4} cy={-4} r={3.2} /><path d="M-10,5 a6,5 0 0 1 12,0 z" />
          <circle cx={5} cy={-3} r={2.6} opacity={0.7} /><path d="M0,5 a5,4.2 0 0 1 10,0 z" opacity={0.7} />
        </g>
      );
    case 'balancer':
      return (
        <g transform={`translate(${x},${y})`} stroke={c} strokeWidth={1.8} fill="none" aria-hidden="true">
          <path d="M-8,0 H-2 M-2,0 L6,-6 M-2,0 H6 M-2,0 L6,6" /><circle cx={-8} cy={0} r={1.5} fill={c} />
        </g>
      );
    case 'virtual-ip':
      return (
        <g transform={`translate(${x},${y})`} stroke={c} strokeWidth={1.6} fill="none" aria-hidden="true">
          <path d="M0,8 C-7,0 -6,-8 0,-8 C6,-8 7,0 0,8 Z" /><circle cx={0} cy={-3} r={2} fill={c} />
        </g>
      );
    case 'database':
      return (
        <g transform={`translate(${x},${y})`} stroke={c} strokeWidth={1.5} fill="none" aria-hidden="true">
          <ellipse cx={0} cy={-5} rx={7} ry={2.5} /><path d="M-7,-5 V5 A7,2.5 0 0 0 7,5 V-5" />
        </g>
      );
    default:
      return (
        <g transform={`translate(${x},${y})`} fill="none" stroke={c} strokeWidth={1.5} aria-hidden="true">
          <rect x={-7} y={-7} width={14} height={6} rx={1.5} /><rect x={-7} y={1} width={14} height={6} rx={1.5} />
          <circle cx={-3.5} cy={-4} r={0.9} fill={c} /><circle cx={-3.5} cy={4} r={0.9} fill={c} />
        </g>
      );
  }
}
