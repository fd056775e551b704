import type { PageContext } from "../../../platform/views/page.ts";
import type { ChartKind } from "../measuring.export.tsx";
import type { Observation } from "../measuring.service.ts";
import { citation } from "./format.ts";

interface Props {
  ctx: PageContext;
  title: string;
  chart: unknown;
  description: string;
  table: unknown;
  rows: readonly Observation[];
  kind: ChartKind;
  pageHref: string;
}

/**
 * A chart alone, for other sites to frame (only /embed/… pages allow framing): the chart, its description, its
 * table and citation, and a link to the full page. No site header; the chart's settings are in the URL.
 */
export function EmbedPage({ ctx, title, chart, description, table, rows, kind, pageHref }: Props) {
  const { i18n } = ctx;
  return (
    <html lang={i18n.locale} dir={i18n.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href="/static/css/app.css" />
      </head>
      <body class="embed">
        <main id="main" class={`measure-chart measure-embed measure-embed--${kind}`}>
          <h1>{title}</h1>
          <div class="measure-chart__body">
            <figure>
              {chart}
              <figcaption>{description}</figcaption>
            </figure>
            {table}
          </div>
          <p class="measure-citation">{citation(i18n, rows)}</p>
          <p>
            <a href={pageHref} target="_blank" rel="noopener">
              {i18n.t("measuring.embed.open")}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
