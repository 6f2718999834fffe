namespace GeoSim.Reports.Html;

/// <summary>The style sheet of report.html, inline so the page is one file that needs no network.</summary>
internal static class ReportCss
{
    public const string Text = """
        body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; margin: 0 auto; max-width: 1240px; padding: 1.5em; color: #222; line-height: 1.45; }
        h1 { margin-bottom: 0.2em; }
        h2 { border-bottom: 2px solid #4E79A7; padding-bottom: 0.2em; margin-top: 2em; }
        nav a { margin-right: 1.2em; }
        dl.facts { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1.2em; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; font-family: monospace; }
        div.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16em, 1fr)); gap: 0.8em; margin: 0.5em 0 1.5em; }
        div.card { border: 1px solid #d5dbe3; border-left: 4px solid #4E79A7; border-radius: 4px; padding: 0.6em 0.8em; background: #fafbfd; }
        div.card-title { font-size: 0.85em; color: #555; text-transform: uppercase; letter-spacing: 0.04em; }
        div.card-value { font-size: 1.7em; font-weight: bold; font-variant-numeric: tabular-nums; }
        div.card-line { font-size: 0.9em; color: #333; }
        figure { margin: 1.5em 0; }
        figure svg { width: 100%; height: auto; border: 1px solid #ddd; }
        figcaption { font-size: 0.9em; color: #555; }
        details { margin: 0.5em 0; }
        details summary { cursor: pointer; }
        details summary h3 { display: inline; }
        span.rows { color: #666; font-size: 0.9em; }
        table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.9em; }
        th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; }
        thead th { background: #f0f3f7; }
        table.numbers td:nth-child(n+4), td.num { text-align: right; font-variant-numeric: tabular-nums; }
        table.events td:nth-child(-n+3) { white-space: nowrap; }
        tr.narrative td { background: #fff7e0; font-style: italic; }
        """;
}
