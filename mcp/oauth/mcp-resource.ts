/**
 * The canonical URI of Atlas's MCP server (MCP authorization, RFC 8707): the audience every OAuth
 * token Atlas issues is bound to, and the `resource` of its Protected Resource Metadata.
 */
export function mcpResourceUrl(publicUrl: URL): URL {
  return new URL('/mcp', publicUrl.origin);
}

/** RFC 8707 resource indicators compared as the SDK does: without a fragment or a trailing slash. */
export function isSameResource(presented: string, expected: string): boolean {
  const comparable = (value: string) => value.split('#')[0]!.replace(/\/$/, '');
  return comparable(presented) === comparable(expected);
}
