/// Renders a ``Document`` as GitHub-flavoured Markdown that also reads well as plain text.
///
/// Text from responses is escaped wherever it could change the structure (a leading `#` or `- `, emphasis
/// markers, links, pipes in tables) and `<` becomes `&lt;`, so HTML in a response is shown, never run.
/// Charts become their title and text alternative; the composer puts the numbers in a table beside them.
public struct MarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// Renders the document, ending with a single newline.
    public func render(_ document: Document) -> String {
        var parts = ["# " + Self.escape(document.title, heading: true).trimmingSpaces()]
        for line in document.subtitle {
            parts.append(Self.emphasis(Self.escapeLine(line), marker: "*"))
        }
        var headingLevel = 0
        for block in document.blocks {
            parts += render(block, headingLevel: &headingLevel)
        }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }
}

private extension MarkdownRenderer {
    func render(_ block: Block, headingLevel: inout Int) -> [String] {
        switch block {
        case .heading(let level, let text):
            // Closes up jumps (level 1 then 3) so the outline never skips a level, as the HTML does.
            let clamped = min(max(level, 1), 3, headingLevel + 1)
            headingLevel = clamped
            return [
                String(repeating: "#", count: clamped + 1) + " " + Self.escape(text, heading: true).trimmingSpaces()
            ]
        case .paragraph(let inlines):
            return [Self.inlines(inlines)]
        case .bullets(let items):
            return [items.map { "- " + Self.inlines($0) }.joined(separator: "\n")]
        case .table(let table):
            return [Self.emphasis(Self.escapeLine(table.caption), marker: "**"), Self.table(table)]
        case .chart(let chart):
            return [
                Self.emphasis("Chart: " + Self.escape(chart.title).trimmingSpaces(), marker: "**"),
                Self.escapeLine(chart.altText),
            ]
        case .quote(let text, let attribution):
            var lines = ["> \u{201C}" + Self.escape(text).trimmingSpaces() + "\u{201D}"]
            if !attribution.isEmpty {
                lines += [">", "> \u{2014} " + Self.escape(attribution).trimmingSpaces()]
            }
            return [lines.joined(separator: "\n")]
        case .drafted(let note, let content):
            // The composer's notes usually start "Drafted from …"; don't say "Drafted" twice.
            let escaped = Self.escape(note).trimmingSpaces()
            let marker = escaped.lowercased().hasPrefix("drafted") ? escaped : "Drafted: " + escaped
            return ["> " + Self.emphasis(marker, marker: "*")]
                + content.flatMap { render($0, headingLevel: &headingLevel) }
        }
    }

    /// Styled runs on one line, escaped so that the line cannot start a block of its own.
    static func inlines(_ runs: [Inline]) -> String {
        let text = runs.map { run in
            switch run {
            case .text(let text): escape(text)
            case .bold(let text): emphasis(escape(text), marker: "**")
            case .italic(let text): emphasis(escape(text), marker: "*")
            }
        }.joined()
        return escapeLineStart(text.trimmingSpaces())
    }

    static func table(_ table: Table) -> String {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return "" }
        func cells(_ row: [String]) -> [String] {
            (0..<columns).map { column in
                column < row.count ? escape(row[column]).trimmingSpaces().replacing("|", with: "\\|") : ""
            }
        }
        let header = cells(table.header)
        let body = table.rows.map(cells)
        let widths = (0..<columns).map { column in
            max(3, ([header] + body).map { $0[column].count }.max() ?? 0)
        }
        func line(_ row: [String]) -> String {
            let padded = row.enumerated().map { column, text in
                let padding = String(repeating: " ", count: widths[column] - text.count)
                return table.numericColumns.contains(column) ? padding + text : text + padding
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let rule = widths.enumerated().map { column, width in
            table.numericColumns.contains(column)
                ? String(repeating: "-", count: width - 1) + ":" : String(repeating: "-", count: width)
        }
        return ([line(header), "| " + rule.joined(separator: " | ") + " |"] + body.map(line)).joined(separator: "\n")
    }

    /// Wraps text in an emphasis marker, keeping spaces outside it (`** a**` would not be bold).
    static func emphasis(_ text: String, marker: String) -> String {
        let core = text.trimmingSpaces()
        guard !core.isEmpty else { return text }
        let leading = String(text.prefix { $0.isWhitespace })
        let trailing = String(text.reversed().prefix { $0.isWhitespace })
        return leading + marker + core + marker + trailing
    }
}
