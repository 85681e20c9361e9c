import { Box, Paper, Text } from '@mantine/core';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { useCallback, useEffect, useMemo, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { listCountries } from '../../../shared/protocol';
import { currentLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/protocol-labels';
import { STATUS_COLORS, type MapStatus } from './status-colors';

export interface MapCountry {
  status: MapStatus;
  lastEvent: { kind: string; occurredOn: string } | null;
}

const WIDTH = 960;
const HEIGHT = 470;

interface Shape {
  key: string;
  alpha2: string | null;
  atlasName: string;
  d: string;
}

/*
 * The world, once per app run: world-atlas (bundled, offline) gives ISO
 * numeric ids; shared/protocol maps them to the alpha-2 codes the API uses.
 * A few shapes (Kosovo, northern Cyprus, Somaliland) have no id and stay grey.
 */
function buildShapes(): Shape[] {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], collection);
  const path = geoPath(projection);
  const byNumeric = new Map(listCountries().map((c) => [c.numeric, c.alpha2]));
  return collection.features.map((f, i) => {
    const numeric = f.id === undefined ? null : String(f.id).padStart(3, '0');
    return { key: `${numeric ?? 'x'}-${i}`, alpha2: numeric ? (byNumeric.get(numeric) ?? null) : null, atlasName: f.properties?.name ?? '', d: path(f) ?? '' };
  });
}

let shapes: Shape[] | null = null;

interface WorldMapProps {
  countries: ReadonlyMap<string, MapCountry>;
  onOpen: (alpha2: string) => void;
  svgRef?: Ref<SVGSVGElement>;
}

/** Countries coloured by outreach status; hover or focus shows the name and last event, a click opens the country page. */
export function WorldMap({ countries, onOpen, svgRef }: WorldMapProps) {
  const { t } = useTranslation('tracking');
  const language = currentLanguage();
  const all = useMemo(() => (shapes ??= buildShapes()), []);
  const names = useMemo(() => new Map<string, string>(listCountries().map((c) => [c.alpha2, c.names[language].common])), [language]);
  const [hover, setHover] = useState<{ code: string; x: number; y: number } | null>(null);
  // The latest onOpen, so the painted paths need not change when the parent passes a new function.
  const open = useRef(onOpen);
  useEffect(() => {
    open.current = onOpen;
  }, [onOpen]);

  const describe = useCallback(
    (alpha2: string) => {
      const info = countries.get(alpha2);
      const status = info?.status ?? 'none';
      const last = info?.lastEvent
        ? t('dashboard.tooltipLast', { kind: t(`kind.${info.lastEvent.kind as 'sent'}`), date: formatIsoDate(info.lastEvent.occurredOn, language) })
        : t('dashboard.tooltipNoEvent');
      return { status, name: names.get(alpha2) ?? alpha2, text: `${t(`status.${status}`)} — ${last}` };
    },
    [countries, language, names, t],
  );
  const hovered = hover ? describe(hover.code) : null;

  // Painted once per data or language change, not on every hover.
  const painted = useMemo(
    () =>
      all.map((shape) => {
        if (!shape.alpha2) return <path key={shape.key} d={shape.d} fill={STATUS_COLORS.none} stroke="#adb5bd" strokeWidth={0.5} aria-hidden="true" />;
        const code = shape.alpha2;
        const info = describe(code);
        const tracked = countries.has(code);
        return (
          <path
            key={shape.key}
            d={shape.d}
            fill={STATUS_COLORS[info.status]}
            stroke="#495057"
            strokeWidth={0.5}
            data-country={code}
            data-status={info.status}
            role={tracked ? 'link' : undefined}
            tabIndex={tracked ? 0 : undefined}
            aria-label={tracked ? `${info.name}: ${info.text}` : undefined}
            style={{ cursor: 'pointer', outline: 'none' }}
            onMouseMove={(e) => {
              const box = e.currentTarget.ownerSVGElement?.getBoundingClientRect();
              if (box) setHover({ code, x: e.clientX - box.left, y: e.clientY - box.top });
            }}
            onFocus={(e) => {
              const svgBox = e.currentTarget.ownerSVGElement?.getBoundingClientRect();
              const box = e.currentTarget.getBoundingClientRect();
              if (svgBox) setHover({ code, x: box.left - svgBox.left + box.width / 2, y: box.top - svgBox.top });
            }}
            onBlur={() => setHover(null)}
            onClick={() => open.current(code)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                open.current(code);
              }
            }}
          >
            <title>{`${info.name}: ${info.text}`}</title>
          </path>
        );
      }),
    [all, countries, describe],
  );

  return (
    <Box pos="relative" onMouseLeave={() => setHover(null)}>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="group"
        aria-label={t('dashboard.mapLabel')}
        style={{ display: 'block', background: '#ffffff' }}
      >
        <rect x={0} y={0} width={WIDTH} height={HEIGHT} fill="#ffffff" />
        {painted}
      </svg>
      {hover && hovered && (
        <Paper
          shadow="md"
          p={6}
          withBorder
          role="tooltip"
          style={{ position: 'absolute', left: hover.x + 12, top: hover.y + 12, pointerEvents: 'none', zIndex: 2, maxWidth: 260 }}
        >
          <Text size="sm" fw={700}>
            {hovered.name}
          </Text>
          <Text size="xs">{hovered.text}</Text>
        </Paper>
      )}
    </Box>
  );
}
