/// Print rules for the paper questionnaire: A4, black on white, boxes big enough to tick with a
/// pen, a question never split over two pages, and the page for whoever types forms in on a
/// page of its own.
enum PaperStyle {
    static let css = """
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 48rem; padding: 1.5rem; color: #111; background: #fff;
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
    h1 { font-size: 1.7rem; margin: 0.2rem 0 0.8rem; }
    h2 { font-size: 1.25rem; border-bottom: 2px solid #444; padding-bottom: 0.15rem; margin: 1.6rem 0 0.6rem; break-after: avoid; }
    .kicker { text-transform: uppercase; letter-spacing: 0.08em; color: #555; font-size: 0.8rem; margin: 0; }
    .note, .help, .condition { color: #444; font-size: 0.88rem; margin: 0.1rem 0 0.3rem; }
    .condition { font-style: italic; }
    h3 { font-size: 1.05rem; margin: 1rem 0 0.4rem; }
    .question { border-top: 1px solid #ccc; padding: 0.5rem 0 0.6rem; break-inside: avoid; }
    .question .text { font-weight: 600; margin: 0 0 0.2rem; }
    .number { display: inline-block; min-width: 1.8rem; }
    .boxes { list-style: none; padding: 0; margin: 0.3rem 0 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.2rem; }
    .boxes li { display: flex; align-items: baseline; gap: 0.35rem; }
    .boxes.scale { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(0, 1fr); gap: 0.5rem; font-size: 0.85rem; }
    .boxes.scale li { align-items: flex-start; line-height: 1.25; }
    .boxes.scale .box { transform: none; margin-top: 0.1rem; }
    .box { display: inline-block; width: 0.95rem; height: 0.95rem; border: 1.5px solid #111; flex: none; transform: translateY(0.12rem); }
    .write { border-bottom: 1px solid #555; display: inline-block; min-width: 6rem; height: 1.3rem; }
    .write.tall { display: block; width: 100%; height: 4.5rem; border: 1px solid #888; }
    pre { background: #f3f3f3; padding: 0.5rem 0.8rem; font-size: 0.8rem; }
    code, pre { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
    .typist { border-top: 3px double #444; margin-top: 2rem; }
    .typist table { border-collapse: collapse; width: 100%; font-size: 0.8rem; }
    .typist th, .typist td { border: 1px solid #bbb; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
    .typist tr { break-inside: avoid; }
    @page { size: A4; margin: 14mm; }
    @media print { body { max-width: none; padding: 0; font-size: 10.5pt; } section.part, section.typist { break-before: page; } .typist { border-top: none; } }
    """
}
