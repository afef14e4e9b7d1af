/**
 * Shrinks a tool's JSON Schema for `tools/list`, which every MCP client pays for in tokens on every
 * connection, without changing what it accepts or what it tells a client:
 * - the draft marker goes, and a string with a `format` (uuid, date-time, email) loses the long
 *   regular expression that only restates it; a bound of Number.MAX_SAFE_INTEGER says nothing;
 * - `anyOf: [X, {type: null}]` becomes X with `null` added to its type (and enum), which accepts the
 *   same values;
 * - output schemas keep their shape (names, types, enums, formats, ranges) and drop what only
 *   validates Atlas's own answers, which are checked against the full schema before they are sent:
 *   `additionalProperties: false`, `required`, lengths, item counts, defaults, and the field
 *   descriptions. Models choose and use tools by their descriptions and input schemas, which stay
 *   whole; what a result means (a score's scale, that a snippet is untrusted) is said there too.
 */
export function compactJsonSchema(schema: unknown, options: { output: boolean; root?: boolean }): unknown {
  const inner = { output: options.output, root: false };
  if (Array.isArray(schema)) return schema.map((item) => compactJsonSchema(item, inner));
  if (schema === null || typeof schema !== 'object') return schema;
  const node = schema as Record<string, unknown>;
  const compacted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (dropped(key, value, node, { output: options.output, root: options.root ?? true })) continue;
    if (key === 'properties' && value !== null && typeof value === 'object') {
      // Property names are data, not keywords: only their schemas are compacted.
      compacted[key] = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, compactJsonSchema(property, inner)]));
      continue;
    }
    compacted[key] = compactJsonSchema(value, inner);
  }
  return mergeNullable(compacted);
}

const outputOnlyConstraints = new Set(['minLength', 'maxLength', 'minItems', 'maxItems', 'default', 'required', 'description']);

function dropped(key: string, value: unknown, node: Record<string, unknown>, options: { output: boolean; root?: boolean }) {
  if (key === '$schema') return true;
  if (key === 'pattern' && typeof node.format === 'string') return true;
  if ((key === 'maximum' && value === Number.MAX_SAFE_INTEGER) || (key === 'minimum' && value === Number.MIN_SAFE_INTEGER)) return true;
  if (!options.output) return false;
  // Below the root, `properties` already says an output value is an object.
  if (key === 'type' && value === 'object' && 'properties' in node && !options.root) return true;
  return (key === 'additionalProperties' && value === false) || outputOnlyConstraints.has(key);
}

/** `{anyOf: [X, {type: 'null'}], …}` → X with `type: [t, 'null']`, when X names one type and has no anyOf of its own. */
function mergeNullable(node: Record<string, unknown>): Record<string, unknown> {
  const { anyOf, ...rest } = node;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return node;
  const nullIndex = anyOf.findIndex((option) => isOnlyNull(option));
  if (nullIndex === -1) return node;
  const other = anyOf[1 - nullIndex] as Record<string, unknown>;
  if (typeof other?.type !== 'string' || 'anyOf' in other) return node;
  const merged: Record<string, unknown> = { ...other, ...rest, type: [other.type, 'null'] };
  if (Array.isArray(other.enum)) merged.enum = [...other.enum, null];
  return merged;
}

function isOnlyNull(option: unknown) {
  return option !== null && typeof option === 'object' && Object.keys(option).length === 1 && (option as { type?: unknown }).type === 'null';
}

/**
 * Names each sizeable subschema that occurs more than once in one schema under `definitions` and
 * refers to it (`$ref`), as JSON Schema draft 7 allows, so a shape repeated in a tool's output (a CV
 * passage quoted as evidence, a skill list) is sent once.
 */
export function shareRepeatedSubschemas(schema: Record<string, unknown>, minimumSize = 120): Record<string, unknown> {
  const counts = new Map<string, number>();
  const visit = (node: unknown, isRoot: boolean) => {
    if (node === null || typeof node !== 'object') return;
    const children = Array.isArray(node) ? node : Object.values(node);
    if (!Array.isArray(node) && !isRoot) {
      const text = JSON.stringify(node);
      if (text.length >= minimumSize) counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    for (const child of children) visit(child, false);
  };
  visit(schema, true);
  const definitions: Record<string, unknown> = {};
  const names = new Map<string, string>();
  const replace = (node: unknown, isRoot: boolean, isPropertyMap: boolean): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map((child) => replace(child, false, false));
    if (!isRoot && !isPropertyMap) {
      const text = JSON.stringify(node);
      if ((counts.get(text) ?? 0) > 1) {
        let name = names.get(text);
        if (!name) {
          name = `shape${names.size + 1}`;
          names.set(text, name);
          definitions[name] = replace(node, true, false);
        }
        return { $ref: `#/definitions/${name}` };
      }
    }
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, replace(child, false, key === 'properties')]));
  };
  const shared = replace(schema, true, false) as Record<string, unknown>;
  return names.size > 0 ? { ...shared, definitions } : shared;
}
