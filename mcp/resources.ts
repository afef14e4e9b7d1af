import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import type { AtlasRecords } from './atlas-records.ts';
import { jobMarkdown, pipelineMarkdown } from './markdown.ts';
import { answerSafely, resourceNotFound } from './mcp-errors.ts';

export const cvUri = 'atlas://cv';
export const pipelineUri = 'atlas://pipeline';
export const jobUri = (id: string) => `atlas://jobs/${id}`;

/**
 * The user's records as MCP resources, so a client can attach them to a conversation: the CV, the
 * pipeline, and any posting in the catalogue (those in the pipeline are listed).
 */
export function registerAtlasResources(
  server: McpServer,
  options: { records: AtlasRecords; logError: (error: unknown) => void; before?: () => Promise<void> },
) {
  const { records, logError, before } = options;
  const safely = <Result>(work: () => Promise<Result>) =>
    answerSafely(work, { failure: 'Atlas could not read this resource; try again later', logError, before });

  server.registerResource(
    'cv',
    cvUri,
    { title: 'Your CV', description: 'The text of the CV you uploaded to Atlas', mimeType: 'text/plain' },
    (uri) =>
      safely(async () => {
        const cv = await records.cv();
        if (!cv) throw new McpError(resourceNotFound, 'No CV uploaded yet: upload one in Atlas first');
        return { contents: [{ uri: uri.href, mimeType: 'text/plain', text: cv.text }] };
      }),
  );

  server.registerResource(
    'pipeline',
    pipelineUri,
    {
      title: 'Your job-search pipeline',
      description: 'Every application Atlas tracks for you, by stage, with notes and the ids tools take',
      mimeType: 'text/markdown',
    },
    (uri) =>
      safely(async () => {
        const { applications, total } = await records.pipeline();
        return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: pipelineMarkdown(applications, total) }] };
      }),
  );

  server.registerResource(
    'job',
    new ResourceTemplate(jobUri('{id}'), {
      list: () =>
        safely(async () => {
          const { applications } = await records.pipeline();
          const linked = applications.filter((application) => application.jobId !== null);
          return {
            resources: linked.map((application) => ({
              uri: jobUri(application.jobId!),
              name: `${application.title} at ${application.company}`,
              mimeType: 'text/markdown',
            })),
          };
        }),
    }),
    { title: 'Job posting', description: 'A posting in the Atlas job catalogue, by its job id', mimeType: 'text/markdown' },
    (uri, variables) =>
      safely(async () => {
        const job = await records.job(String(variables.id));
        if (!job) throw new McpError(resourceNotFound, `Job ${String(variables.id)} is not in the Atlas catalogue`);
        return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: jobMarkdown(job) }] };
      }),
  );
}
