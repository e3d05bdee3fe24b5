/**
 * Builds public/data/ots.json from the reference collection in data/reference/.
 *
 *   npx tsx scripts/build-dataset.ts      (or: npm run data:build)
 *
 * Rules: no figure is invented, rounded, interpolated or averaged; where sources disagree each
 * figure is kept; where nothing was found the value is left out. Every figure, event, corridor and
 * status change names its sources. The result is checked with parseDataset before it is written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Dataset } from '../src/data/schema';
import { SCHEMA_VERSION } from '../src/data/schema';
import { parseDataset, type Problem } from '../src/data/validate';
import { addFixedSources, WDI_RELEASE } from './dataset/catalogue';
import { buildChokepoints, buildCorridors } from './dataset/corridors';
import { buildEntities, entityIdByName, linkMembershipChanges } from './dataset/entities';
import { buildEvents } from './dataset/events';
import { buildIndicators, buildReportedFigures } from './dataset/indicators';
import { loadReference } from './dataset/reference';
import { SourceRegistry } from './dataset/sources';
import { buildTrade } from './dataset/trade';
import { buildClaims } from './dataset/claims';
import { buildTradeFlows } from './dataset/trade-flows';

// Paths are joined from this file's folder (not `new URL(…, import.meta.url)`, which bundlers rewrite for public/).
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REFERENCE_DIR = join(ROOT, 'data', 'reference');
export const OUTPUT_FILE = join(ROOT, 'public', 'data', 'ots.json');

/** Assembles the dataset from the reference files; does not validate or write. */
export function buildDataset(): Dataset {
  const reference = loadReference(REFERENCE_DIR);
  const registry = new SourceRegistry(reference.casing, new Map(reference.sourceDates.map((d) => [d.url, d.published])));
  const fixed = addFixedSources(registry, reference.area);

  const events = buildEvents(reference.summits, registry, entityIdByName);
  const entities = buildEntities(reference.states, reference.area, events, registry, fixed);
  linkMembershipChanges(events, entities);
  const indicators = buildIndicators(reference.gdp, reference.population, reference.trnc, registry, fixed);
  const reportedFigures = buildReportedFigures(reference.trnc, registry);
  const trade = buildTrade(reference.trade, registry);
  const corridors = buildCorridors(reference.corridors, registry, fixed);
  const chokepoints = buildChokepoints(reference.chokepoints, registry, fixed);
  const claims = buildClaims(reference.claims, events, registry);
  const tradeFlows = buildTradeFlows(reference.dots, reference.wdiTrade, registry);

  return {
    schemaVersion: SCHEMA_VERSION,
    title: 'Organization of Turkic States: members, corridors, economies and summits',
    asOf: WDI_RELEASE,
    description:
      'Members and observers of the Organization of Turkic States with their GDP, population and area, the summits ' +
      'held since the 2009 Nakhchivan Agreement, reported and measured intra-OTS trade, the claims made about the OTS with who made them, and the transport and energy corridors that link them. ' +
      'Every figure names its sources; where sources disagree each figure is kept, and where none was found the value is left out.',
    region: { bounds: [[28, 8], [58, 92]], note: 'Europe to western China, North Africa to southern Siberia' },
    sources: registry.list(),
    entities,
    indicators,
    reportedFigures,
    trade,
    events,
    corridors,
    chokepoints,
    claims,
    tradeFlows,
  };
}

/** Keys present in the built object but dropped by the schema (a misspelt optional field, say). */
function droppedKeys(built: unknown, parsed: unknown, path = ''): string[] {
  if (Array.isArray(built) && Array.isArray(parsed)) return built.flatMap((item, i) => droppedKeys(item, parsed[i], `${path}[${i}]`));
  if (built === null || typeof built !== 'object' || parsed === null || typeof parsed !== 'object') return [];
  return Object.entries(built).flatMap(([key, value]) => {
    const where = path === '' ? key : `${path}.${key}`;
    if (value === undefined) return [];
    if (!(key in parsed)) return [where];
    return droppedKeys(value, (parsed as Record<string, unknown>)[key], where);
  });
}

/** Validates the dataset and returns the JSON text to write (1-space indent, trailing newline). */
export function serializeDataset(dataset: Dataset): { text: string } | { problems: Problem[] } {
  const result = parseDataset(dataset);
  if (!result.ok) return { problems: result.problems };
  const dropped = droppedKeys(dataset, result.dataset);
  if (dropped.length > 0) return { problems: dropped.map((path) => ({ path, message: 'not in the schema' })) };
  return { text: `${JSON.stringify(result.dataset, null, 1)}\n` };
}

function main(): void {
  const output = serializeDataset(buildDataset());
  if ('problems' in output) {
    console.error(`The dataset does not validate (${output.problems.length} problem(s)):`);
    for (const p of output.problems) console.error(`  ${p.path || '(root)'}: ${p.message}`);
    process.exitCode = 1;
    return;
  }
  mkdirSync(dirname(OUTPUT_FILE), { recursive: true });
  writeFileSync(OUTPUT_FILE, output.text);
  console.log(`Wrote ${OUTPUT_FILE} (${output.text.length} bytes)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
