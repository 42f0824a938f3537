/// The report's one inline stylesheet: system fonts only (nothing is loaded), the Okabe–Ito
/// colour-blind-safe palette, a light and a dark theme through `prefers-color-scheme`, and A4
/// print rules that let the parts follow each other without leaving a page mostly empty and
/// never split a chart or a table (`scripts/check-print` measures the printed pages).
enum ReportStyle {
    /// The demo-data label as a running header in the top margin of every printed page (CSS page
    /// margin boxes), so a continuation page carries it too; the strips at the top of each part
    /// are then left out of print. Text goes into a CSS string: quotes, backslashes and `<` escaped.
    static func runningBanner(_ text: String) -> String {
        var quoted = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\", "\"", "<", ">", "\n", "\r": quoted += "\\" + String(character.value, radix: 16) + " "
            default: quoted.unicodeScalars.append(character)
            }
        }
        return """
        <style>
        @page { @top-left { content: "\(quoted)"; vertical-align: bottom; padding-bottom: 2mm;
          font: 700 7.5pt system-ui, "DejaVu Sans", sans-serif; color: #4a3500; border-bottom: 1.5pt solid #b58900; } }
        @media print { .strip { display: none; } }
        </style>
        """
    }


    /// The one-page note: its tables full width, and in print a little tighter than the report,
    /// so a plan of up to ten actions still fits one A4 page.
    static let noteCSS = """
    .note-page table { width: 100%; }
    .note-page h2 { margin-top: 1.2rem; }
    .note-page td.nowrap { white-space: nowrap; }
    .note-page tbody th { font-weight: 400; }
    .note-page table.actions { table-layout: fixed; }
    .note-page table.actions th:nth-child(1) { width: 50%; }
    .note-page table.actions th:nth-child(2) { width: 19%; }
    .note-page table.actions th:nth-child(3) { width: 14%; }
    .note-page table.actions th:nth-child(4) { width: 8%; }
    .note-page table.actions th:nth-child(5) { width: 9%; }
    @media print {
      .note-page { font-size: 9.5pt; }
      .note-page h1 { font-size: 15pt; margin: 0.2rem 0 0.4rem; }
      .note-page h2 { font-size: 11.5pt; margin: 0.7rem 0 0.25rem; }
      .note-page p { margin: 0.3rem 0; }
      .note-page .score { font-size: 11.5pt; }
      .note-page table { font-size: 8.5pt; margin: 0.2rem 0 0.35rem; }
      .note-page th, .note-page td { padding: 0.12rem 0.4rem 0.12rem 0; line-height: 1.3; }
      .note-page p.note:last-child { font-size: 8pt; }
      /* On paper the running header carries the demo-data label on the page. */
      .note-page .banner { display: none; }
    }
    """

    static let css = """
    :root {
      color-scheme: light dark;
      --bg: #ffffff; --fg: #1a1a1a; --muted: #555555; --rule: #c8c8c8; --panel: #f4f4f2;
      --banner-bg: #fff1c2; --banner-fg: #4a3500; --banner-rule: #b58900;
      --fav-0: #D55E00; --fav-1: #E69F00; --fav-2: #c9c9c9; --fav-3: #56B4E9; --fav-4: #0072B2;
      --on-dark: #ffffff; --on-light: #1a1a1a;
      --dk: #ffffff; --dk-rule: #6f6f6f;
      --zone-0: #fbe3d3; --zone-1: #fdf3cf; --zone-2: #d9ecf7;
      --cell: #0072B2; --cell-fill: rgba(0, 114, 178, 0.10); --peer: #A65F00;
    }
    @media screen and (prefers-color-scheme: dark) {
      :root {
        --bg: #15171a; --fg: #e8e8e6; --muted: #b0b0ad; --rule: #4a4d52; --panel: #202328;
        --banner-bg: #3d3000; --banner-fg: #ffe9a6; --banner-rule: #d9b44a;
        --fav-2: #8c8c8c; --fav-4: #3a8fd0;
        --dk: #15171a; --dk-rule: #a8a8a8;
        --zone-0: #3f2a1e; --zone-1: #3b3520; --zone-2: #1d3342;
        --cell: #56B4E9; --cell-fill: rgba(86, 180, 233, 0.14); --peer: #F0B441;
      }
    }
    * { box-sizing: border-box; }
    html { background: var(--bg); color: var(--fg); }
    body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 2rem 3rem;
      font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.4rem 0 0.8rem; }
    h2 { font-size: 1.45rem; margin: 0 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid var(--rule); }
    h3 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; }
    h2, h3 { break-after: avoid; }
    p, li { max-width: 46rem; }
    section { margin: 0 0 2.5rem; }
    .kicker { text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); font-size: 0.85rem; margin: 0; }
    .lead { font-size: 1.1rem; }
    .muted, .note { color: var(--muted); }
    .note { font-size: 0.92rem; }
    .banner { background: var(--banner-bg); color: var(--banner-fg); border: 2px solid var(--banner-rule);
      padding: 0.6rem 0.9rem; font-weight: 700; border-radius: 4px; margin: 0 0 1rem; }
    .strip { color: var(--banner-fg); background: var(--banner-bg); border-left: 4px solid var(--banner-rule);
      font-size: 0.8rem; font-weight: 700; padding: 0.15rem 0.5rem; margin: 0 0 0.6rem; }
    .warning { border-left: 4px solid var(--fav-0); padding: 0.4rem 0.8rem; background: var(--panel); font-weight: 600; }
    table { border-collapse: collapse; margin: 0.4rem 0 0.8rem; font-size: 0.92rem; }
    th, td { border-bottom: 1px solid var(--rule); padding: 0.3rem 0.6rem 0.3rem 0; text-align: left; vertical-align: top; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; padding-left: 0.6rem; }
    tr { break-inside: avoid; }
    table.facts th { font-weight: 600; color: var(--muted); width: 14rem; }
    table.plan { width: 100%; table-layout: fixed; }
    table.plan th:nth-child(1) { width: 20%; } table.plan th:nth-child(2) { width: 44%; }
    table.plan th:nth-child(3), table.plan th:nth-child(4) { width: 18%; }
    table.plan td { height: 2.4rem; }
    table.plan td.write { min-width: 7rem; }
    .score { font-size: 1.15rem; font-weight: 700; }
    figure { margin: 0.8rem 0 1.2rem; break-inside: avoid; }
    figure.items-figure { break-inside: auto; }
    .items-figure > figcaption, .items-figure > p { break-inside: avoid; }
    figcaption { font-weight: 600; margin-bottom: 0.3rem; }
    details { margin: 0.3rem 0 0.6rem; }
    summary { cursor: pointer; color: var(--muted); font-size: 0.9rem; }
    .summary-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5rem; align-items: start; }
    .summary-grid h3:first-child { margin-top: 0; }
    svg.chart { display: block; width: 100%; height: auto; overflow: visible; }
    svg.radar { max-width: 38rem; margin: 0 auto; }
    .swatch-rule { stroke: var(--muted); stroke-width: 1; }
    svg.trend { max-width: 22rem; }
    svg text { fill: var(--fg); font-family: inherit; }
    .zone { stroke: none; }
    .zone-0 { fill: var(--zone-0); } .zone-1 { fill: var(--zone-1); } .zone-2 { fill: var(--zone-2); }
    .ring { fill: none; stroke: var(--muted); stroke-width: 1; stroke-dasharray: 4 3; }
    .ring.outer { stroke-dasharray: none; }
    .spoke { stroke: var(--rule); stroke-width: 1; }
    .zone-label { font-size: 11px; fill: var(--muted); }
    .axis-label { font-size: 15px; font-weight: 600; }
    .axis-value { font-size: 14px; }
    .legend, .tick { font-size: 12px; fill: var(--muted); }
    .tick { paint-order: stroke; stroke: var(--bg); stroke-width: 3px; stroke-linejoin: round; font-weight: 600; }
    .radar-note { font-size: 0.95rem; }
    .point-value { font-size: 12px; font-weight: 600; }
    /* No fill: a tint over the band zones would make them another colour than their legend. */
    .series-cell { fill: none; stroke: var(--cell); stroke-width: 2.5; }
    .series-cell-line { fill: none; stroke: var(--cell); stroke-width: 2.5; }
    .marker-cell { fill: var(--cell); stroke: var(--bg); stroke-width: 1.5; }
    .series-peer { fill: none; stroke: var(--peer); stroke-width: 2; stroke-dasharray: 7 4; }
    .series-peer-line { stroke: var(--peer); stroke-width: 2; stroke-dasharray: 7 4; }
    .marker-peer { fill: var(--peer); }
    .axis { stroke: var(--rule); stroke-width: 1; }
    .guide { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 4 3; }
    .fav-0 { fill: var(--fav-0); } .fav-1 { fill: var(--fav-1); } .fav-2 { fill: var(--fav-2); }
    .fav-3 { fill: var(--fav-3); } .fav-4 { fill: var(--fav-4); }
    .dk, .unanswered { fill: var(--dk); stroke: var(--dk-rule); stroke-width: 1; stroke-dasharray: 3 2; }
    svg text.count { font-size: 12px; font-weight: 700; }
    svg text.on-fav-0, svg text.on-fav-4 { fill: var(--on-dark); }
    svg text.on-fav-1, svg text.on-fav-2, svg text.on-fav-3 { fill: var(--on-light); }
    svg text.on-dk, svg text.on-unanswered { fill: var(--fg); }
    .items { list-style: none; padding: 0; margin: 0.4rem 0; }
    .items li { margin: 0 0 0.7rem; max-width: none; break-inside: avoid; }
    .items .statement { font-size: 0.95rem; }
    .items .figures { font-size: 0.85rem; color: var(--muted); }
    .key { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; font-size: 0.85rem; color: var(--muted); margin: 0.2rem 0 0.6rem; }
    .swatch { display: inline-block; width: 0.9rem; height: 0.9rem; vertical-align: -0.15rem; margin-right: 0.3rem;
      border: 1px solid var(--rule); }
    .swatch.fav-0 { background: var(--fav-0); } .swatch.fav-1 { background: var(--fav-1); }
    .swatch.fav-2 { background: var(--fav-2); } .swatch.fav-3 { background: var(--fav-3); }
    .swatch.fav-4 { background: var(--fav-4); } .swatch.dk { background: var(--dk); border-style: dashed; border-color: var(--dk-rule); }
    footer { color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--rule); padding-top: 0.6rem; }
    @media (max-width: 46rem) { .summary-grid { grid-template-columns: 1fr; } body { padding: 1rem; } }
    @page { size: A4; margin: 16mm 14mm 16mm; }
    @media print {
      html, body { background: #ffffff; color: #000000; }
      body { max-width: none; padding: 0; font-size: 10pt; }
      section { margin: 0; }
      /* The summary starts a page, and the method closes on a page of its own; every other
         part follows the one before it on the page (the part after the summary too, so a
         summary a few lines too long leaves no page all but empty). */
      section + section > h2 { margin-top: 1.6rem; }
      .summary, .method { break-before: page; }
      .summary > h2, .summary + section > h2, .method > h2 { margin-top: 0; }
      .dimension > .score, .dimension > .lead, section > h2 + p.note { break-after: avoid; }
      ol.guide > li { margin-bottom: 0.35rem; break-inside: avoid; }
      ol.guide > li > p { margin: 0.1rem 0; }
      details { display: none; }
      /* A table taller than a page (a long facts list) breaks between rows and repeats its header. */
      thead { display: table-header-group; }
      .context h3, .context h3 + p { break-after: avoid; }
      /* The answer bars break between statements, never inside one: the colour key stays with
         the first bar and the last bar with the one before it. (Chaining "avoid" over the first
         bars makes Chromium move the whole list and leave half a page empty.) */
      .items-figure > figcaption, .items-figure > p.note, .items-figure > .key { break-after: avoid; }
      .items li:nth-last-child(1) { break-before: avoid; }
      /* A table is never split; the action plan is set tight enough to fit one page with its
         heading, and its empty rows keep room for a pen. */
      table { break-inside: avoid; }
      .action-plan > h2 { margin-bottom: 0.3rem; }
      .action-plan > p { break-after: avoid; break-inside: avoid; margin: 0.2rem 0 0.3rem; }
      table.plan { font-size: 8.5pt; }
      table.plan th:nth-child(1) { width: 14%; } table.plan th:nth-child(2) { width: 58%; }
      table.plan th:nth-child(3) { width: 16%; } table.plan th:nth-child(4) { width: 12%; }
      table.plan tbody th { overflow-wrap: anywhere; }
      table.plan .muted { font-size: 7.5pt; font-weight: 400; line-height: 1.2; }
      table.plan td, table.plan th { line-height: 1.25; padding: 0.15rem 0.4rem 0.15rem 0; }
      table.plan td { height: 1.9rem; }
      table.plan tbody tr:not(:has(th)) td { height: 2.1rem; }
      svg.radar { max-width: 23rem; }
      .items li { margin-bottom: 0.2rem; }
      .items .statement { font-size: 9pt; line-height: 1.25; }
      .items .figures { font-size: 8pt; line-height: 1.25; }
      .dimension .lead { font-size: 10pt; }
      h3 { margin: 0.8rem 0 0.3rem; }
      figure { margin: 0.5rem 0 0.7rem; }
      .summary h3 { margin: 0.5rem 0 0.2rem; }
      .summary ol { margin: 0.2rem 0; padding-left: 1.4rem; }
      .summary li { font-size: 9.5pt; line-height: 1.35; }
      .summary figure { margin: 0.3rem 0 0.4rem; }
      .summary .score { margin: 0.3rem 0; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
