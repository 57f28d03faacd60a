/**
 * Which output file each module of the first screens goes to, decided from the module graph.
 *
 * Left to itself the bundler makes one chunk per distinct set of pages that share a module: with a
 * dozen lazy pages that is dozens of 1 KB files on the volumes list (each response costs its headers and
 * a request slot too). The first screens are known, so their code is gathered by what loads it:
 *
 * - `entry`: what src/main.tsx runs before React (the first Cinder reads, the first frame): the login
 *   page loads it too, so it holds nothing else.
 * - `boot`: React's app, antd's core, i18n: every page, the login page included.
 * - `first-screen`: what the shell and the volumes list load at once (lists, tables, queries, status
 *   rules, the actions menu), minus the above. Every signed-in page loads the shell, and the other
 *   lists share most of it.
 *
 * Everything else (the login form, detail pages, dialogs, other pages' own code) keeps the bundler's
 * placement: it loads with what needs it.
 */
import path from 'node:path';

export interface GraphNode {
  importedIds: readonly string[];
  /** The module's code after transforms (plain ES syntax), null when not known. */
  code: string | null;
}
export type GetModuleInfo = (id: string) => GraphNode | null;

export type FirstScreenGroup = 'entry' | 'boot' | 'login' | 'first-screen';

/** The roots of each group (their static imports are what their chunk must hold), relative to the project. */
export const GROUP_ROOTS: Record<FirstScreenGroup, readonly string[]> = {
  entry: ['src/main.tsx'],
  boot: ['src/boot.tsx'],
  login: ['src/features/auth/login-page.tsx'],
  'first-screen': ['src/app/shell/shell-layout.tsx', 'src/features/volumes/volumes-routes.tsx'],
};

const ORDER: readonly FirstScreenGroup[] = ['entry', 'boot', 'login', 'first-screen'];

interface ParsedModule {
  /** Import statements: specifier → the names taken (`'*'`: all of it, e.g. a default or namespace import). */
  imports: Map<string, Set<string>>;
  /** Exported name → where it really comes from (re-exports, and exported imports). */
  forwarded: Map<string, { spec: string; name: string }>;
  /** `export * from` specifiers. */
  stars: string[];
  /** Names the module defines and exports itself. */
  own: Set<string>;
}

const IMPORT = /\bimport\s*(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}|\*\s*as\s+[\w$]+)?\s*from\s*["']([^"']+)["']/g;
const REEXPORT = /\bexport\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;
const EXPORT_LIST = /\bexport\s*\{([^}]*)\}(?!\s*from)/g;
const DECLARATION = /\bexport\s+(default\b)?\s*(?:async\s+)?(?:(?:function\*?|class|const|let|var)\s+([\w$]+))?/g;
const STAR = /\bexport\s*\*\s*from\s*["']([^"']+)["']/g;

/** `a, b as c, type d` → [[a, a], [b, c]] (type-only names dropped). */
function specifiers(list: string): [string, string][] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part && !part.startsWith('type '))
    .map((part) => {
      const [from, to] = part.split(/\s+as\s+/);
      return [from!.trim(), (to ?? from)!.trim()];
    });
}

/** What a module's import and export statements say (from its transformed code: plain ES syntax). */
export function parseModule(code: string): ParsedModule {
  const text = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const imports = new Map<string, Set<string>>();
  const local = new Map<string, { spec: string; name: string }>();
  const take = (spec: string, name: string) => {
    const names = imports.get(spec) ?? new Set<string>();
    names.add(name);
    imports.set(spec, names);
  };
  for (const [statement, defaultName, named, spec] of text.matchAll(IMPORT)) {
    if (defaultName || statement.includes('*')) take(spec!, '*');
    if (defaultName) local.set(defaultName, { spec: spec!, name: 'default' });
    for (const [from, to] of specifiers(named ?? '')) {
      take(spec!, from);
      local.set(to, { spec: spec!, name: from });
    }
  }
  const forwarded = new Map<string, { spec: string; name: string }>();
  const own = new Set<string>();
  for (const [, isDefault, declared] of text.matchAll(DECLARATION)) {
    if (isDefault) own.add('default');
    else if (declared) own.add(declared);
  }
  for (const [, list, spec] of text.matchAll(REEXPORT)) for (const [from, to] of specifiers(list!)) forwarded.set(to, { spec: spec!, name: from });
  for (const [, list] of text.matchAll(EXPORT_LIST)) {
    for (const [from, to] of specifiers(list!)) {
      const source = local.get(from);
      if (source) forwarded.set(to, source);
      else own.add(to);
    }
  }
  return { imports, forwarded, stars: [...text.matchAll(STAR)].map((match) => match[1]!), own };
}

/** The imported module a specifier names, among the ones the bundler resolved for `from`. */
function resolveSpecifier(from: string, spec: string, importedIds: readonly string[]): string | undefined {
  if (spec.startsWith('.')) {
    const base = path.resolve(path.dirname(from), spec);
    return importedIds.find((id) => id === base || id.startsWith(`${base}.`) || id.startsWith(`${base}/index.`));
  }
  const packagePath = `/node_modules/${spec}`;
  return (
    importedIds.find((id) => id === packagePath || id.includes(`${packagePath}.`) || id.includes(`${packagePath}/index.`)) ??
    importedIds.find((id) => id.includes(`${packagePath}/`) && !id.slice(id.indexOf(packagePath) + packagePath.length + 1).includes('/node_modules/'))
  );
}

/**
 * Modules reachable from `roots` through static imports (a dynamic import starts another chunk), following
 * only the names taken: importing `Button` from a package's index re-exporting everything reaches the
 * button, not the rest of the package.
 */
export function staticClosure(roots: readonly string[], getModuleInfo: GetModuleInfo): Set<string> {
  const whole = new Set<string>();
  const namesSeen = new Map<string, Set<string>>();
  const parsed = new Map<string, ParsedModule>();
  const parse = (id: string, info: GraphNode) => {
    let result = parsed.get(id);
    if (!result) parsed.set(id, (result = parseModule(info.code ?? '')));
    return result;
  };
  // [module, name taken ('*': all of it), probing (an `export *` target that may not have the name)]
  const work: [string, string, boolean][] = roots.map((id) => [id, '*', false]);
  const visitName = (id: string, name: string, probing = false) => work.push([id, name, probing]);
  while (work.length > 0) {
    const [id, name, probing] = work.pop()!;
    if (whole.has(id)) continue;
    const info = getModuleInfo(id);
    if (!info) continue;
    const module = parse(id, info);
    if (name !== '*') {
      const seen = namesSeen.get(id) ?? new Set<string>();
      if (seen.has(name)) continue;
      seen.add(name);
      namesSeen.set(id, seen);
      const source = module.forwarded.get(name);
      const target = source && resolveSpecifier(id, source.spec, info.importedIds);
      if (source && target) {
        visitName(target, source.name === '*' ? '*' : source.name);
        continue;
      }
      if (!source && !module.own.has(name)) {
        if (module.stars.length > 0 && name !== 'default') {
          for (const spec of module.stars) {
            const star = resolveSpecifier(id, spec, info.importedIds);
            if (star) visitName(star, name, true);
          }
          continue;
        }
        // Not found here: an `export *` target without it is not used for it; anything else is taken whole.
        if (probing) continue;
      }
    }
    // The module's own code is used: it and what it imports (by the names it takes).
    whole.add(id);
    const reached = new Set<string>();
    for (const [spec, names] of module.imports) {
      const target = resolveSpecifier(id, spec, info.importedIds);
      if (!target) continue;
      reached.add(target);
      for (const taken of names) visitName(target, taken);
    }
    for (const other of info.importedIds) if (!reached.has(other)) visitName(other, '*');
  }
  return whole;
}


/**
 * Module id → group; a module reached by an earlier group's roots belongs to that group, and what both
 * the login page and the first screen use goes with the boot code (both load it; neither loads the other).
 */
export function firstScreenGroups(root: string, getModuleInfo: GetModuleInfo): Map<string, FirstScreenGroup> {
  const closures = Object.fromEntries(
    ORDER.map((group) => [group, staticClosure(GROUP_ROOTS[group].map((file) => path.resolve(root, file)), getModuleInfo)]),
  ) as Record<FirstScreenGroup, Set<string>>;
  for (const id of closures.login) if (closures['first-screen'].has(id)) closures.boot.add(id);
  const groups = new Map<string, FirstScreenGroup>();
  for (const group of ORDER) for (const id of closures[group]) if (!groups.has(id)) groups.set(id, group);
  return groups;
}

/**
 * The `codeSplitting.groups` entries, one per group and in order of priority: each takes its modules with
 * the packages they import before the next one looks (the packages are not followed here: a package's
 * index re-exports all of it, while the bundler knows which parts are used). The graph is read once per
 * build, on the first call, when the bundler knows it whole.
 */
export function firstScreenChunkGroups(root: string, basePriority: number) {
  let groups: Map<string, FirstScreenGroup> | null = null;
  let seenContext: object | null = null;
  const groupOf = (id: string, context: { getModuleInfo: GetModuleInfo }) => {
    if (!groups || seenContext !== context) {
      groups = firstScreenGroups(root, (moduleId) => context.getModuleInfo(moduleId));
      seenContext = context;
    }
    return groups.get(id);
  };
  return ORDER.map((group, index) => ({
    name: (id: string, context: { getModuleInfo: GetModuleInfo }) => (groupOf(id, context) === group ? group : null),
    priority: basePriority - index,
  }));
}
