import Foundation

/// `word/document.xml`: the title, subtitle and blocks as WordprocessingML paragraphs and tables.
extension DocxWriter {
    /// A4 portrait, in twentieths of a point.
    static let pageWidth = 11_906
    static let pageHeight = 16_838
    /// 2.54 cm (one inch) on every side.
    static let margin = 1_440
    /// The width between the margins, which full-width tables fill.
    static let textWidth = pageWidth - 2 * margin

    /// The main document part.
    func documentXML(_ document: Document) -> String {
        var body = paragraph(style: "Title", [.text(document.title)])
        for line in document.subtitle {
            body += paragraph(style: "Subtitle", [.text(line)])
        }
        for block in document.blocks {
            // A list or paragraph straight after a table would touch its bottom border: a 6 pt gap.
            if body.hasSuffix("</w:tbl>"), Self.needsGapAfterTable(block) { body += Self.gapAfterTable }
            body += blockXML(block)
        }
        // Word expects the body to end with a paragraph, not a table.
        if body.hasSuffix("</w:tbl>") { body += "<w:p/>" }
        return Self.declaration
            + "<w:document xmlns:w=\"\(Self.wordNamespace)\" xmlns:r=\"\(Self.relationshipNamespace)\"><w:body>"
            + body + Self.sectionProperties + "</w:body></w:document>"
    }

    private static let gapAfterTable =
        "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/></w:pPr></w:p>"

    /// Blocks whose style puts no space before them.
    private static func needsGapAfterTable(_ block: Block) -> Bool {
        switch block {
        case .bullets, .paragraph, .quote: return true
        default: return false
        }
    }

    private static let sectionProperties =
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"\(footerRelationshipID)\"/>"
        + "<w:pgSz w:w=\"\(pageWidth)\" w:h=\"\(pageHeight)\"/>"
        + "<w:pgMar w:top=\"\(margin)\" w:right=\"\(margin)\" w:bottom=\"\(margin)\" w:left=\"\(margin)\""
        + " w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/><w:cols w:space=\"708\"/></w:sectPr>"

    private func blockXML(_ block: Block) -> String {
        switch block {
        case .heading(let level, let text):
            return paragraph(style: "Heading\(min(max(level, 1), 3))", [.text(text)])
        case .paragraph(let inlines):
            return paragraph(style: nil, inlines)
        case .bullets(let items):
            return items.map { paragraph(style: "ListBullet", $0, isBullet: true) }.joined()
        case .table(let table):
            return tableXML(table)
        case .chart(let chart):
            // Word cannot draw our charts; the composer puts the chart's table beside this.
            return paragraph(style: "Caption", [.text(chart.title)]) + paragraph(style: nil, [.italic(chart.altText)])
        case .quote(let text, let attribution):
            var xml = paragraph(style: "Quote", [.text("\u{201C}\(Self.withoutOuterQuotes(text))\u{201D}")])
            if !attribution.isEmpty {
                xml += paragraph(style: "QuoteAttribution", [.text("\u{2014} \(attribution)")])
            }
            return xml
        case .drafted(let note, let content):
            return paragraph(style: "DraftNote", [.text(note)]) + content.map(blockXML).joined()
        }
    }

    /// A paragraph in `style` (nil: Normal), optionally an item of the bullet list or aligned
    /// (`w:jc` value such as `right`).
    func paragraph(style: String?, _ inlines: [Inline], isBullet: Bool = false, alignment: String? = nil) -> String {
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if isBullet {
            properties += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(Self.bulletNumberingID)\"/></w:numPr>"
        }
        if let alignment { properties += "<w:jc w:val=\"\(alignment)\"/>" }
        let runs = inlines.map(run).joined()
        if properties.isEmpty && runs.isEmpty { return "<w:p/>" }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs + "</w:p>"
    }

    /// A run; tabs become `w:tab` and line breaks `w:br`, since `w:t` cannot carry them.
    private func run(_ inline: Inline) -> String {
        let content = Self.runContent(inline.plainText)
        guard !content.isEmpty else { return "" }
        switch inline {
        case .text: return "<w:r>\(content)</w:r>"
        case .bold: return "<w:r><w:rPr><w:b/><w:bCs/></w:rPr>\(content)</w:r>"
        case .italic: return "<w:r><w:rPr><w:i/><w:iCs/></w:rPr>\(content)</w:r>"
        }
    }

    private static func runContent(_ text: String) -> String {
        var xml = ""
        var pending = String.UnicodeScalarView()
        func flush() {
            let escaped = XMLText.escaped(String(pending))
            if !escaped.isEmpty { xml += "<w:t xml:space=\"preserve\">\(escaped)</w:t>" }
            pending = String.UnicodeScalarView()
        }
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\t":
                flush()
                xml += "<w:tab/>"
            case "\n" where previous == "\r":
                continue  // the break was written for the "\r"
            case "\n", "\r", "\u{2028}":
                flush()
                xml += "<w:br/>"
            default:
                pending.append(scalar)
            }
        }
        flush()
        return xml
    }

    /// `text` without one pair of quotation marks around it, so quoting it again does not double them.
    private static func withoutOuterQuotes(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let pairs: [(Character, Character)] = [
            ("\"", "\""), ("\u{201C}", "\u{201D}"), ("'", "'"), ("\u{2018}", "\u{2019}"),
        ]
        for (open, close) in pairs where trimmed.count >= 2 && trimmed.first == open && trimmed.last == close {
            return String(trimmed.dropFirst().dropLast())
        }
        return trimmed
    }
}
