import { useId } from "react";

export type BarRow = {
  key: string;
  label: string;
  /** Exact value in minor units; only its ratio to the largest row sets the bar's length. */
  value: bigint;
  /** The value as shown beside the bar. */
  valueLabel: string;
  color: string;
};

// Narrow, so that the labels stay legible when a phone scales the image down.
const WIDTH = 360;
const ROW = 48;

/** The bar's share of the track, computed in BigInt so huge values lose no precision before the ratio. */
function ratio(value: bigint, max: bigint): number {
  if (max <= 0n || value <= 0n) return 0;
  return Number((value * 10_000n) / max) / 10_000;
}

/** CJK glyphs are about twice as wide as Latin ones at the same size. */
const width = (text: string) => [...text].reduce((w, c) => w + (/[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(c) ? 2 : 1), 0);

/** Cuts a label that would run into the figure beside it (the table gives it in full). */
function fit(label: string, room: number): string {
  if (width(label) <= room) return label;
  let out = "";
  for (const c of label) {
    if (width(`${out}${c}`) > room - 1) break;
    out += c;
  }
  return `${out.trimEnd()}…`;
}

/**
 * A horizontal bar chart as one SVG image (role="img", named by its title and described by its
 * desc, which lists the figures); the page shows the same figures in a table beside it. Each
 * label sits above its bar with the value at the right.
 */
export function BarChart({ title, desc, rows }: { title: string; desc: string; rows: BarRow[] }) {
  const id = useId();
  const max = rows.reduce((m, r) => (r.value > m ? r.value : m), 0n);
  const height = Math.max(ROW, rows.length * ROW);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full max-w-[460px] overflow-visible font-sans"
      style={{ printColorAdjust: "exact", WebkitPrintColorAdjust: "exact" }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {rows.map((row, i) => {
        const y = i * ROW;
        const bar = Math.max(row.value > 0n ? 3 : 0, WIDTH * ratio(row.value, max));
        // About 7.4 units per Latin glyph at 14: what is left beside the value.
        const room = Math.floor((WIDTH - width(row.valueLabel) * 8.2 - 12) / 7.4);
        return (
          <g key={row.key}>
            <text x={0} y={y + 16} fontSize="14" className="fill-slate-700">
              {fit(row.label, room)}
            </text>
            <text x={WIDTH} y={y + 16} textAnchor="end" fontSize="14" fontWeight="600" className="fill-slate-900">
              {row.valueLabel}
            </text>
            <rect x={0} y={y + 24} width={WIDTH} height={13} rx={6.5} className="fill-slate-100" />
            <rect x={0} y={y + 24} width={bar} height={13} rx={6.5} fill={row.color} />
          </g>
        );
      })}
    </svg>
  );
}
