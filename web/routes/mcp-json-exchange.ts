import type { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { Request, Response } from 'express';

/**
 * Hands one MCP request to the SDK's web-standard transport and writes its answer through Express.
 * The SDK's Node transport does the same through @hono/node-server, set up anew for every request,
 * and reads the native Response it gets back as a stream, about a millisecond a call. /mcp answers in
 * JSON (`enableJsonResponse`), never a stream, and its body is parsed already, so a Request with the
 * method and headers, and the answer's text, are all the exchange needs.
 *
 * `url` is the endpoint's public address, which the transport passes on to handlers: a client's Host
 * header is not parsed into a URL here.
 */
export async function exchangeJson(transport: WebStandardStreamableHTTPServerTransport, url: URL, request: Request, response: Response) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  const answer = await transport.handleRequest(new globalThis.Request(url, { method: request.method, headers }), { parsedBody: request.body });
  response.status(answer.status);
  answer.headers.forEach((value, name) => response.setHeader(name, value));
  response.end(await answer.text());
}
