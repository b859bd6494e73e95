/**
 * `npm run bench:generate -- [--scale 0.001] [--seed lgx] [--type case_study] [--out file]`:
 * writes the benchmark's synthetic records as NDJSON, as rows of their features' tables
 * (components with their adoptions, procurement groups with their members, supplier experiences
 * after the supplier rows they name; to stdout, or a file) and a summary of their shape to stderr,
 * from the shipped council register, without starting any service.
 */
import 'reflect-metadata';

import { createWriteStream } from 'node:fs';

import { parseOptions, USAGE, UsageError } from './src/cli-options';
import { BENCH_TYPES, Corpus } from './src/corpus/corpus';
import { type CorpusShape, describeCorpus } from './src/corpus/corpus-shape';
import { shippedCouncils } from './src/corpus/shipped-councils';

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), ['type', 'out']);
  const types = options.type ? [options.type] : [...BENCH_TYPES];
  for (const type of types)
    if (!(BENCH_TYPES as readonly string[]).includes(type))
      throw new UsageError(`--type must be one of ${BENCH_TYPES.join(', ')}.`);
  const councils = shippedCouncils();
  const corpus = new Corpus(councils, options.scale, options.seed);
  const out: NodeJS.WritableStream = options.out ? createWriteStream(options.out) : process.stdout;
  const shape: CorpusShape = describeCorpus();
  const write = async (records: object[]) => {
    const ok = out.write(records.map((record) => JSON.stringify(record)).join('\n') + '\n');
    if (!ok) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  if (types.includes('case_study'))
    for (const batch of corpus.caseStudies(1_000)) {
      shape.addCaseStudies(batch);
      await write(batch);
    }
  if (types.includes('component'))
    for (const batch of corpus.components(1_000)) {
      shape.addComponents(batch);
      await write(batch);
    }
  if (types.includes('supplier_experience')) {
    const suppliers = corpus.suppliers();
    await write(suppliers);
    for (const batch of corpus.supplierExperiences(1_000)) {
      shape.addSupplierExperiences(batch, suppliers);
      await write(batch);
    }
  }
  if (types.includes('procurement_group'))
    for (const batch of corpus.procurementGroups(1_000)) {
      shape.addProcurementGroups(batch);
      await write(batch);
    }
  if (out !== process.stdout) await new Promise<void>((resolve) => out.end(() => resolve()));
  process.stderr.write(shape.summary());
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    if (error.message) console.error(error.message);
    console.error(
      USAGE.replace('npm run bench --', 'npm run bench:generate --') +
        '\n  --type               one content type only\n  --out                file to write (default stdout)',
    );
    process.exit(2);
  }
  console.error(`Generating failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
