extension HTMLRenderer {
    /// The page's CSS, NHS-style: dark text (#212b32, 14:1 on white) and NHS blue headings (#005eb8, 6.4:1),
    /// secondary text in grey-blue (#4c6272, at least 5.7:1 on every background used), and a print layout
    /// for A4 that keeps chart colours and drops everything else that is only decoration.
    static let styleSheet: String = {
        var css = """
            *, *::before, *::after { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
            body { margin: 0; background: #f0f4f5; color: #212b32; font-family: Arial, "Helvetica Neue", sans-serif;
              font-size: 1rem; line-height: 1.5; }
            main { max-width: 50rem; margin: 0 auto; padding: 2.5rem 2rem 3rem; background: #ffffff; }
            header { border-top: 6px solid #005eb8; padding-top: 1.5rem; margin-bottom: 2rem; }
            h1, h2, h3, h4 { color: #005eb8; font-weight: bold; line-height: 1.25; }
            h1 { font-size: 2rem; margin: 0 0 0.75rem; }
            h2 { font-size: 1.5rem; margin: 2.5rem 0 1rem; padding-bottom: 0.375rem;
              border-bottom: 1px solid #d8dde0; }
            h3 { font-size: 1.25rem; margin: 2rem 0 0.75rem; }
            h4 { font-size: 1.0625rem; margin: 1.5rem 0 0.5rem; color: #212b32; }
            .subtitle { margin: 0 0 0.25rem; color: #4c6272; font-size: 1.125rem; }
            p, ul { margin: 0 0 1rem; }
            ul { padding-left: 1.5rem; }
            li { margin-bottom: 0.375rem; }
            a { color: #005eb8; }
            :focus-visible { outline: 3px solid #ffb81c; outline-offset: 2px; }
            .table-scroll { overflow-x: auto; margin: 0 0 2rem; }
            table { width: 100%; border-collapse: collapse; font-size: 0.9375rem; }
            caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 0.5rem; }
            th, td { padding: 0.5rem 0.75rem; text-align: left; vertical-align: top;
              border-bottom: 1px solid #d8dde0; }
            thead th { border-bottom: 2px solid #768692; vertical-align: bottom; }
            tbody tr:nth-child(even) { background: #f0f4f5; }
            tbody th { font-weight: bold; }
            .num { text-align: right; font-variant-numeric: tabular-nums; }
            td.num { white-space: nowrap; }
            figure.chart { margin: 0 0 1.5rem; }
            figure.chart figcaption { font-weight: bold; margin-bottom: 0.5rem; }
            figure.chart svg { display: block; width: 100%; max-width: 720px; height: auto; font-size: 14px; }
            figure.chart rect { stroke: #ffffff; stroke-width: 1.5px; }
            figure.chart .label, figure.chart .total { fill: #212b32; }
            figure.chart .label { text-anchor: end; }
            figure.chart .value { text-anchor: middle; font-weight: bold; }
            figure.chart .axis { stroke: #768692; stroke-width: 1px; }
            .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; padding: 0;
              margin: 0.75rem 0 0; font-size: 0.9375rem; }
            .legend li { display: flex; align-items: center; gap: 0.5rem; margin: 0; }
            .swatch { display: inline-block; flex: none; width: 1rem; height: 1rem; border: 1px solid #ffffff;
              outline: 1px solid #768692; }
            blockquote { margin: 0 0 1.5rem; padding: 1rem 1.25rem; background: #f0f4f5;
              border-left: 4px solid #005eb8; }
            blockquote p { margin: 0 0 0.5rem; font-size: 1.125rem; }
            blockquote footer { color: #4c6272; }
            .drafted { margin: 0 0 1.5rem; padding: 0.25rem 0 0.25rem 1.25rem; border-left: 4px solid #aeb7bd; }
            .drafted > :last-child, blockquote > :last-child { margin-bottom: 0; }
            .draft-note { margin-bottom: 0.75rem; color: #4c6272; font-size: 0.875rem; font-style: italic; }
            @media (max-width: 40rem) {
              main { padding: 1.5rem 1rem 2rem; }
              h1 { font-size: 1.625rem; }
              table { font-size: 0.8125rem; }
              th, td { padding: 0.375rem; overflow-wrap: anywhere; }
            }
            @page { size: A4; margin: 20mm 18mm 22mm; }
            @media print {
              body { background: none; font-size: 11pt; }
              main { max-width: none; margin: 0; padding: 0; background: none; }
              .table-scroll { overflow: visible; }
              header { border-top: none; padding-top: 0; }
              tbody tr:nth-child(even), blockquote { background: none; }
              h2, h3, h4, caption, figcaption { break-after: avoid; page-break-after: avoid; }
              table, figure, blockquote, tr { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
              .drafted { border-left-color: #d8dde0; }
              .drafted > :last-child, blockquote > :last-child { margin-bottom: 0; }
            .draft-note { color: #4c6272; }
              a[href]::after { content: none !important; }
              figure.chart svg, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }

            """
        for (index, colour) in palette.enumerated() {
            css += ".swatch-\(index + 1) { background: \(colour.fill); }\n"
        }
        return css
    }()
}
