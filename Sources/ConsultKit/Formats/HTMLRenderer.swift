/// Renders a ``Document`` as one self-contained, accessible web page.
///
/// The page has inline styles, inline SVG charts and nothing else: no scripts, fonts, images or links to
/// other hosts, so it can be emailed, archived or opened offline and shows the same everywhere. Much of the
/// text comes from consultation responses, so every piece of it is escaped. The output depends only on the
/// document, never on the date, locale or machine.
public struct HTMLRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// Renders the document as a complete HTML page ending in a newline.
    public func render(_ document: Document) -> String {
        var state = State()
        var body = ""
        for block in document.blocks {
            render(block, into: &body, state: &state)
        }
        var header = "<header>\n<h1>\(Self.escape(document.title))</h1>\n"
        for line in document.subtitle {
            header += "<p class=\"subtitle\">\(Self.escape(line))</p>\n"
        }
        header += "</header>\n"
        return """
            <!DOCTYPE html>
            <html lang="\(Self.escape(document.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="author" content="\(Self.escape(document.author))">
            <title>\(Self.escape(document.title))</title>
            <style>
            \(Self.styleSheet)</style>
            </head>
            <body>
            <main>
            \(header)\(body)</main>
            </body>
            </html>

            """
    }

    /// Escapes text for use in element content and quoted attribute values, dropping control characters.
    ///
    /// Tabs and line breaks are kept; other control characters are invalid in HTML and could hide text.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.properties.generalCategory != .control {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

private extension HTMLRenderer {
    /// What rendering carries from one block to the next.
    struct State {
        /// How many charts have been rendered, for ids that are unique and stable.
        var chartCount = 0
        /// The level of the last heading, 0 for the title, so that headings never skip a level.
        var headingLevel = 0
    }

    func render(_ block: Block, into html: inout String, state: inout State) {
        switch block {
        case .heading(let level, let text):
            // Document level 1 is h2 (the title is the only h1); a jump such as 1 to 3 is closed up so that
            // screen-reader users navigating by heading never meet a gap.
            let clamped = min(max(level, 1), 3, state.headingLevel + 1)
            state.headingLevel = clamped
            html += "<h\(clamped + 1)>\(Self.escape(text))</h\(clamped + 1)>\n"
        case .paragraph(let inlines):
            guard !inlines.isEmpty else { return }
            html += "<p>\(Self.inlines(inlines))</p>\n"
        case .bullets(let items):
            guard !items.isEmpty else { return }
            html += "<ul>\n"
            for item in items {
                html += "<li>\(Self.inlines(item))</li>\n"
            }
            html += "</ul>\n"
        case .table(let table):
            html += Self.table(table)
        case .chart(let chart):
            state.chartCount += 1
            html += Self.chart(chart, position: state.chartCount)
        case .quote(let text, let attribution):
            html += "<blockquote>\n<p>\u{201C}\(Self.escape(text).trimmingSpaces())\u{201D}</p>\n"
            if !attribution.isEmpty {
                html += "<footer>\u{2014} \(Self.escape(attribution).trimmingSpaces())</footer>\n"
            }
            html += "</blockquote>\n"
        case .drafted(let note, let content):
            html += "<div class=\"drafted\">\n<p class=\"draft-note\">\(Self.escape(note))</p>\n"
            for inner in content {
                render(inner, into: &html, state: &state)
            }
            html += "</div>\n"
        }
    }

    static func inlines(_ runs: [Inline]) -> String {
        runs.map { run in
            switch run {
            case .text(let text): escape(text)
            case .bold(let text): "<strong>\(escape(text))</strong>"
            case .italic(let text): "<em>\(escape(text))</em>"
            }
        }.joined()
    }

    static func table(_ table: Table) -> String {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        func numeric(_ column: Int) -> String {
            table.numericColumns.contains(column) ? " class=\"num\"" : ""
        }
        // A table wider than the page (the annex lists every answer) scrolls on its own, not the whole page;
        // the region can take keyboard focus so that it can be scrolled without a mouse.
        var html =
            "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(escape(table.caption))\">\n"
        html += "<table>\n<caption>\(escape(table.caption))</caption>\n<thead>\n<tr>"
        for column in 0..<columns {
            let text = column < table.header.count ? table.header[column] : ""
            html += "<th scope=\"col\"\(numeric(column))>\(escape(text))</th>"
        }
        html += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            html += "<tbody>\n"
            for row in table.rows {
                html += "<tr>"
                for column in 0..<columns {
                    let text = column < row.count ? row[column] : ""
                    let isHeader = table.rowHeaders && column == 0
                    html += isHeader ? "<th scope=\"row\"\(numeric(column))>" : "<td\(numeric(column))>"
                    html += escape(text)
                    html += isHeader ? "</th>" : "</td>"
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table>\n</div>\n"
    }
}
