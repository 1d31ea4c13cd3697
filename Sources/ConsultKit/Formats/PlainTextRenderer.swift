/// Renders a ``Document`` as plain text, for pasting into e-mails and online forms.
public struct PlainTextRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The document as plain text, wrapped at 80 columns is left to the reader's editor; paragraphs are
    /// separated by blank lines and headings are underlined.
    public func render(_ document: Document) -> String {
        var out = document.title + "\n" + String(repeating: "=", count: min(document.title.count, 80)) + "\n"
        for line in document.subtitle { out += line + "\n" }
        for block in document.blocks { out += "\n" + render(block) }
        return out
    }

    private func render(_ block: Block) -> String {
        switch block {
        case .heading(let level, let text):
            return text + "\n" + String(repeating: level == 1 ? "-" : "~", count: min(text.count, 80)) + "\n"
        case .paragraph(let inlines):
            return inlines.map(\.plainText).joined() + "\n"
        case .bullets(let items):
            return items.map { "- " + $0.map(\.plainText).joined() }.joined(separator: "\n") + "\n"
        case .table(let table):
            var out = table.caption + "\n"
            for row in [table.header] + table.rows { out += row.joined(separator: " | ") + "\n" }
            return out
        case .chart(let chart):
            return chart.altText + "\n"
        case .quote(let text, let attribution):
            return "\"\(text)\"\n  — \(attribution)\n"
        case .drafted(let note, let content):
            return "[\(note)]\n" + content.map(render).joined(separator: "\n")
        }
    }
}
