// A small line chart of time series (monitoring measures), drawn in SVG. Accessible: the figure
// is named by its title and described by a summary (latest, min, max); the plot takes focus and
// the arrow keys move a cursor over the points, whose time and values are announced. Times on
// the axis are the viewer's local times in the console's language.
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Empty, Flex, Skeleton, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '@/components/visually-hidden';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/i18n/format';
import { keyedCache } from '@/utils/keyed-cache';
import {
  linePath,
  nearestIndex,
  projector,
  summarize,
  timeTicks,
  toPlotPoints,
  valueTicks,
  type MetricPoint,
  type PlotPoint,
} from './scale';

export type { MetricPoint } from './scale';
export type MetricSeries = { readonly name: string; readonly points: readonly MetricPoint[] };

type Props = {
  /** Already translated. */
  title: string;
  series: readonly MetricSeries[];
  /** A value with its unit, e.g. `v => formatBytes(v)` or `v => \`${v} °C\``. */
  formatValue: (value: number) => string;
  /** The series' sampling interval in ms: longer gaps break the line. */
  granularity?: number;
  height?: number;
  loading?: boolean;
};

const PAD = { left: 40, right: 12, top: 8, bottom: 24 };

/** The rough width (px) of an 11 px label, to leave it room left of the plot. */
const textWidth = (text: string) =>
  [...text].reduce((w, c) => w + ((c.codePointAt(0) ?? 0) >= 0x2e80 ? 11 : 6.5), 0);

/** The container's width, followed as it resizes (600 until measured). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (el.clientWidth > 0) setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => {
      const w = entry?.contentRect.width;
      if (w && w > 0) setWidth(Math.round(w));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}

const timeFormats = keyedCache<Intl.DateTimeFormat>();
/** `13:05` within a day, `12/04 13:05` over longer spans. */
function formatTick(t: number, withDay: boolean) {
  const lang = currentLanguage();
  const format = timeFormats(
    `${lang}|${withDay}`,
    () =>
      new Intl.DateTimeFormat(lang, {
        ...(withDay ? { month: '2-digit', day: '2-digit' } : {}),
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
  );
  return format.format(t);
}

export function MetricChart({
  title,
  series,
  formatValue,
  granularity,
  height = 180,
  loading,
}: Props) {
  const { t } = useTranslation('ui');
  const { token } = theme.useToken();
  const titleId = useId();
  const descId = useId();
  const [ref, width] = useWidth();
  const [cursor, setCursor] = useState<number | null>(null);
  const palette = [token.colorPrimary, token.colorWarning, token.colorSuccess, token.colorError];

  const plotted = useMemo(
    () => series.map((s) => ({ name: s.name, points: toPlotPoints(s.points) })),
    [series],
  );
  const all = plotted.flatMap((s) => s.points);
  const first = plotted[0]?.points ?? [];
  const from = Math.min(...all.map((p) => p.t));
  const to = Math.max(...all.map((p) => p.t));
  const ticksY = valueTicks(
    Math.min(...all.map((p) => p.value)),
    Math.max(...all.map((p) => p.value)),
  );
  const vmin = ticksY[0] ?? 0;
  const vmax = ticksY.at(-1) ?? 1;
  // Room for the longest value label (11 px text: about 6.5 px a Latin character, 11 a CJK one).
  const left = Math.min(
    140,
    Math.max(PAD.left, ...ticksY.map((v) => textWidth(formatValue(v)) + 10)),
  );
  const frame = { x0: left, x1: width - PAD.right, y0: PAD.top, y1: height - PAD.bottom };
  const at = projector(from, to, vmin, vmax, frame);
  const withDay = to - from > 24 * 3600_000;
  const ticksX = timeTicks(
    from,
    to,
    Math.max(2, Math.floor(width / 110)),
    -new Date(from).getTimezoneOffset(),
  );

  const heading = (
    <Typography.Text strong id={titleId}>
      {title}
    </Typography.Text>
  );
  if (loading)
    return (
      <Flex vertical gap={8}>
        {heading}
        <Skeleton.Node active style={{ width: '100%', height }} />
      </Flex>
    );
  if (all.length === 0)
    return (
      <Flex vertical gap={8}>
        {heading}
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('metricChart.empty')} />
      </Flex>
    );

  const summary = plotted
    .map((s) => {
      const sum = summarize(s.points);
      return sum
        ? t('metricChart.summary', {
            name: s.name,
            last: formatValue(sum.last.value),
            time: formatDateTime(sum.last.t),
            min: formatValue(sum.min),
            max: formatValue(sum.max),
          })
        : null;
    })
    .filter(Boolean)
    .join(' ');

  const pointAt = (i: number | null): { t: number; values: (PlotPoint | undefined)[] } | null => {
    if (i === null) return null;
    const p = first[i];
    if (!p) return null;
    return { t: p.t, values: plotted.map((s) => s.points[nearestIndex(s.points, p.t)]) };
  };
  const current = pointAt(cursor);
  const move = (clientX: number, rect: DOMRect) => {
    const x = ((clientX - rect.left) / rect.width) * width;
    const time = from + ((x - frame.x0) / (frame.x1 - frame.x0)) * (to - from);
    setCursor(nearestIndex(first, time));
  };
  const onKey = (e: KeyboardEvent) => {
    const last = first.length - 1;
    const step = e.shiftKey ? 12 : 1;
    if (e.key === 'ArrowLeft') setCursor((c) => Math.max(0, (c ?? last) - step));
    else if (e.key === 'ArrowRight') setCursor((c) => Math.min(last, (c ?? last) + step));
    else if (e.key === 'Home') setCursor(0);
    else if (e.key === 'End') setCursor(last);
    else if (e.key === 'Escape') setCursor(null);
    else return;
    e.preventDefault();
  };
  const cursorX = current ? at({ t: current.t, value: 0 })[0] : null;
  const readout = current
    ? `${formatDateTime(current.t)} · ${plotted
        .map(
          (s, i) =>
            `${plotted.length > 1 ? `${s.name} ` : ''}${formatValue(current.values[i]?.value ?? NaN)}`,
        )
        .join(' · ')}`
    : '';

  return (
    <figure style={{ margin: 0 }} aria-labelledby={titleId}>
      <Flex justify="space-between" align="baseline" gap={8} wrap>
        {heading}
        {plotted.length > 1 ? (
          <Flex gap={12} wrap>
            {plotted.map((s, i) => (
              <Typography.Text key={s.name} type="secondary" style={{ fontSize: 12 }}>
                <span
                  aria-hidden
                  style={{
                    display: 'inline-block',
                    width: 10,
                    height: 2,
                    marginRight: 4,
                    verticalAlign: 'middle',
                    background: palette[i % palette.length],
                  }}
                />
                {s.name}
              </Typography.Text>
            ))}
          </Flex>
        ) : null}
      </Flex>
      <div ref={ref} style={{ position: 'relative' }}>
        <svg
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
          tabIndex={0}
          width="100%"
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          onMouseMove={(e) => move(e.clientX, e.currentTarget.getBoundingClientRect())}
          onMouseLeave={() => setCursor(null)}
          onKeyDown={onKey}
          onBlur={() => setCursor(null)}
          style={{ display: 'block', outlineOffset: 2 }}
        >
          {ticksY.map((v) => {
            const y = at({ t: from, value: v })[1];
            return (
              <g key={v}>
                <line
                  x1={frame.x0}
                  x2={frame.x1}
                  y1={y}
                  y2={y}
                  stroke={token.colorBorderSecondary}
                />
                <text
                  x={frame.x0 - 6}
                  y={y}
                  textAnchor="end"
                  dominantBaseline="middle"
                  fontSize={11}
                  fill={token.colorTextSecondary}
                >
                  {formatValue(v)}
                </text>
              </g>
            );
          })}
          {ticksX.map((tick) => {
            const x = at({ t: tick, value: vmin })[0];
            return (
              <text
                key={tick}
                x={x}
                y={height - 6}
                textAnchor="middle"
                fontSize={11}
                fill={token.colorTextSecondary}
              >
                {formatTick(tick, withDay)}
              </text>
            );
          })}
          {plotted.map((s, i) => (
            <path
              key={s.name}
              d={linePath(s.points, at, granularity ? granularity * 2.5 : Infinity)}
              fill="none"
              stroke={palette[i % palette.length]}
              strokeWidth={1.5}
              strokeLinejoin="round"
            />
          ))}
          {current && cursorX !== null ? (
            <g aria-hidden>
              <line
                x1={cursorX}
                x2={cursorX}
                y1={frame.y0}
                y2={frame.y1}
                stroke={token.colorTextTertiary}
                strokeDasharray="3 3"
              />
              {current.values.map((p, i) =>
                p ? (
                  <circle
                    key={i}
                    cx={at(p)[0]}
                    cy={at(p)[1]}
                    r={3}
                    fill={palette[i % palette.length]}
                  />
                ) : null,
              )}
            </g>
          ) : null}
        </svg>
        {current ? (
          <div
            aria-hidden
            style={{
              position: 'absolute',
              top: 0,
              [cursorX !== null && cursorX > width / 2 ? 'left' : 'right']: 8,
              padding: '2px 8px',
              fontSize: 12,
              background: token.colorBgElevated,
              border: `1px solid ${token.colorBorderSecondary}`,
              borderRadius: token.borderRadiusSM,
              pointerEvents: 'none',
            }}
          >
            {readout}
          </div>
        ) : null}
      </div>
      <VisuallyHidden>
        <span id={descId}>{summary}</span>
        <span aria-live="polite">{readout}</span>
      </VisuallyHidden>
    </figure>
  );
}
