import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

/** A workspace file on its way to dist: compiled JavaScript, or a file copied as it is. */
export interface CompiledModule {
  source: string;
  outFile: string;
  /** Undefined for a file copied as it is (JSON). */
  code?: string;
  map?: string;
}

export type Compile = (file: string) => Promise<{ code: string; map?: string }>;

/** Files read beside the code at run time (e.g. the council register in data/). */
const DATA_FILE = /\.(csv|json|gql|sql|txt)$/;
const REQUIRE = /\brequire\("([^"]+)"\)/g;
const DYNAMIC_IMPORT = 'Promise.resolve().then(()=>';
const BUILTINS = new Set(builtinModules);

/** `@lgx/...` aliases of tsconfig.base.json, as absolute source files. */
export function workspaceAliases(root: string): Map<string, string> {
  const config = JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return new Map(
    Object.entries(config.compilerOptions.paths).map(([alias, [target]]) => [
      alias,
      path.join(root, target ?? ''),
    ]),
  );
}

/** The package a bare import names (`@scope/name/sub` -> `@scope/name`), or none for Node's own. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('node:') || BUILTINS.has(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

function resolveSource(base: string): string | undefined {
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')];
  return candidates.find((file) => !file.endsWith('.js') && isFile(file));
}

/**
 * Follows the imports of the entry points through the workspace, compiling
 * each file once, and rewrites each workspace import to the compiled file's
 * relative path, so the output needs neither the aliases nor a transpiler.
 */
export class ApiModuleGraph {
  private readonly modules = new Map<string, CompiledModule>();
  private readonly required = new Set<string>();
  private readonly requiredLazily = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly outDir: string,
    private readonly aliases: Map<string, string>,
    private readonly compile: Compile,
  ) {}

  /** apps/api/src/x.ts -> <out>/x.js; any other workspace file keeps its path under <out>. */
  outFileOf(source: string): string {
    const relative = path.relative(this.root, source);
    const inApp = relative.startsWith(`apps${path.sep}api${path.sep}src${path.sep}`);
    const mapped = inApp ? relative.slice('apps/api/src/'.length) : relative;
    return path.join(this.outDir, mapped.replace(/\.tsx?$/, '.js'));
  }

  async compileFrom(entries: readonly string[]): Promise<CompiledModule[]> {
    const pending = [...entries];
    while (pending.length > 0) {
      const batch = pending.splice(0).filter((file) => !this.modules.has(file));
      const compiled = await Promise.all([...new Set(batch)].map((file) => this.compileOne(file)));
      for (const module of compiled) pending.push(...module.imports);
    }
    return [...this.modules.values()];
  }

  /** Packages (not workspace files, not Node's own) that the compiled code requires on loading. */
  packages(): string[] {
    return [...this.required].sort();
  }

  /** Packages required only by a dynamic `import()`, when the code that needs them runs. */
  lazyPackages(): string[] {
    return [...this.requiredLazily].filter((name) => !this.required.has(name)).sort();
  }

  /** Data files in the folders of the compiled code, and in their data/ subfolders. */
  dataFiles(): { source: string; outFile: string }[] {
    const folders = new Set<string>();
    for (const source of this.modules.keys()) {
      folders.add(path.dirname(source));
      folders.add(path.join(path.dirname(source), 'data'));
    }
    return [...folders]
      .filter((folder) => existsSync(folder))
      .flatMap((folder) =>
        readdirSync(folder)
          .filter((name) => DATA_FILE.test(name) && isFile(path.join(folder, name)))
          .map((name) => path.join(folder, name)),
      )
      .filter((source) => !this.modules.has(source))
      .map((source) => ({ source, outFile: this.outFileOf(source) }));
  }

  private async compileOne(source: string): Promise<{ imports: string[] }> {
    const outFile = this.outFileOf(source);
    if (!/\.tsx?$/.test(source)) {
      this.modules.set(source, { source, outFile });
      return { imports: [] };
    }
    const { code, map } = await this.compile(source);
    const imports: string[] = [];
    const rewritten = code.replace(REQUIRE, (call, specifier: string, offset: number) => {
      const target = this.resolveWorkspace(source, specifier);
      if (!target) {
        const name = packageOf(specifier);
        // SWC compiles `await import('x')` to `Promise.resolve().then(() => ...require("x"))`.
        const lazy = code.slice(Math.max(0, offset - 80), offset).includes(DYNAMIC_IMPORT);
        if (name) (lazy ? this.requiredLazily : this.required).add(name);
        return call;
      }
      imports.push(target);
      let relative = path.relative(path.dirname(outFile), this.outFileOf(target));
      if (!relative.startsWith('.')) relative = `./${relative}`;
      return `require(${JSON.stringify(relative.split(path.sep).join('/'))})`;
    });
    this.modules.set(source, { source, outFile, code: rewritten, map });
    return { imports };
  }

  private resolveWorkspace(importer: string, specifier: string): string | undefined {
    const aliased = this.aliases.get(specifier);
    if (aliased) return aliased;
    if (specifier.startsWith('@lgx/')) {
      throw new Error(`${importer} imports ${specifier}, which tsconfig.base.json does not map`);
    }
    if (!specifier.startsWith('.')) return undefined;
    const resolved = resolveSource(path.resolve(path.dirname(importer), specifier));
    if (!resolved) throw new Error(`${importer} imports ${specifier}, which is not a file`);
    return resolved;
  }
}
