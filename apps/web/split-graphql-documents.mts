import { type Plugin, transformWithOxc } from 'vite';

const GENERATED = /\/libs\/web\/data-access\/src\/generated\/graphql\.ts$/;
const PREFIX = '\0lgx-graphql-document:';
const CLASS_ID = `${PREFIX}TypedDocumentString`;
const CLASS = /^export class TypedDocumentString<[\s\S]*?^}\n/m;
const DOCUMENT =
  /^export const (\w+) = new TypedDocumentString\(([\s\S]*?)\) as unknown as TypedDocumentString<[^;]*>;\n/gm;

/**
 * Gives each GraphQL document of the generated module a module of its own
 * at build time, so a page's chunk carries the documents it sends and the
 * first page loads only the layout's (one module goes whole into one chunk:
 * otherwise the union of every feature's documents would sit in the chunk
 * the first page loads). The generated module re-exports them unchanged.
 */
export function splitGraphqlDocuments(): Plugin {
  const modules = new Map<string, string>();
  return {
    name: 'lgx:split-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!GENERATED.test(id)) return undefined;
      const typedClass = CLASS.exec(code)?.[0];
      if (!typedClass) throw new Error(`${id}: no TypedDocumentString class to split from`);
      const { code: classCode } = await transformWithOxc(typedClass, 'typed-document-string.ts');
      modules.set(CLASS_ID, classCode);
      let rest = code.replace(typedClass, `export { TypedDocumentString } from '${CLASS_ID}';\n`);
      rest = rest.replace(DOCUMENT, (_statement, name: string, args: string) => {
        modules.set(
          `${PREFIX}${name}`,
          `import { TypedDocumentString } from '${CLASS_ID}';\n` +
            `export const ${name} = /* @__PURE__ */ new TypedDocumentString(${args});\n`,
        );
        return `export { ${name} } from '${PREFIX}${name}';\n`;
      });
      if (rest.includes('new TypedDocumentString(')) {
        throw new Error(`${id}: a document is not in the form this plugin splits`);
      }
      return { code: rest, map: null };
    },
    resolveId(id) {
      return modules.has(id) || id.startsWith(PREFIX) ? id : undefined;
    },
    load(id) {
      const code = modules.get(id);
      return code === undefined ? undefined : { code, moduleSideEffects: false };
    },
  };
}
