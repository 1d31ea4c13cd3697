import Foundation
import Testing

@testable import ConsultKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct DocxWriterTests {
    /// One document with every kind of block, hostile text and control characters.
    static let everything = Document(
        title: "Library opening hours <consultation> & review",
        subtitle: ["Draft for sign-off", "Published by Riverside Council \u{2014} closes 8 January 2021"],
        author: "Riverside \"Council\" & Partners",
        blocks: [
            .heading(level: 1, text: "Summary"),
            .paragraph([
                .text("We received "), .bold("7 responses"), .text(" to the "), .italic("library hours"),
                .text(" consultation."),
            ]),
            .paragraph([.text("Hostile text: <script>alert(\"x\")</script> & 'quotes'\u{0001}\u{000B} end.")]),
            .paragraph([.text("Column A\tColumn B\nSecond line\r\nThird line")]),
            .heading(level: 2, text: "What people said"),
            .bullets([
                [.text("Keep Saturday mornings")],
                [.bold("Most"), .text(" wanted later opening on weekdays")],
                [.text("Car parking & access <ramp>")],
            ]),
            .heading(level: 3, text: "Detail"),
            .table(
                Table(
                    caption: "Table 1: Preferred option by stakeholder type",
                    header: ["Stakeholder", "Option 1", "Option 2", "Total"],
                    rows: [
                        ["Resident", "3", "1", "4"],
                        ["Business <Ltd> & Co", "1", "2", "3"],
                    ],
                    numericColumns: [1, 2, 3])),
            .chart(
                Chart(
                    title: "Figure 1: Preferred option",
                    altText: "Bar chart: option 1 preferred by 4 of 7 respondents, option 2 by 3.",
                    series: ["Option 1", "Option 2"],
                    bars: [Chart.Bar(label: "All", values: [4, 3])])),
            .quote(text: "The library is the heart of the village.", attribution: "Riverside Parish Council"),
            .drafted(
                note: "Drafted by consult from 7 responses \u{2014} edit or replace before sign-off",
                content: [.paragraph([.text("Respondents mostly favoured option 1.")])]),
        ])

    /// The package's parts, by path.
    static func parts(of bytes: [UInt8]) throws -> [String: String] {
        let reader = try ZipReader(bytes: bytes, source: "everything.docx")
        var parts: [String: String] = [:]
        for entry in reader.entries {
            parts[entry.path] = String(decoding: try reader.contents(of: entry), as: UTF8.self)
        }
        return parts
    }

    @Test func writesEveryPartAsWellFormedXML() throws {
        let parts = try Self.parts(of: DocxWriter().write(Self.everything))
        #expect(
            parts.keys.sorted() == [
                "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                "word/_rels/document.xml.rels", "word/document.xml", "word/footer1.xml", "word/numbering.xml",
                "word/settings.xml", "word/styles.xml",
            ])
        for (path, xml) in parts {
            #expect(StrictXMLCheck.problems(in: xml) == [], "\(path) is not well-formed")
        }
    }

    @Test func declaresEveryPartInContentTypes() throws {
        let parts = try Self.parts(of: DocxWriter().write(Self.everything))
        let types = try #require(parts["[Content_Types].xml"])
        for path in parts.keys where path.hasSuffix(".xml") && path != "[Content_Types].xml" {
            #expect(types.contains("PartName=\"/\(path)\""))
        }
        let relationships = try #require(parts["word/_rels/document.xml.rels"])
        for target in ["styles.xml", "numbering.xml", "settings.xml", "footer1.xml"] {
            #expect(relationships.contains("Target=\"\(target)\""))
        }
    }

    @Test func escapesMarkupAndDropsControlCharacters() throws {
        let parts = try Self.parts(of: DocxWriter().write(Self.everything))
        let body = try #require(parts["word/document.xml"])
        #expect(body.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos; end."))
        #expect(body.contains("Business &lt;Ltd&gt; &amp; Co"))
        #expect(!body.contains("<script>"))
        #expect(!body.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(
            body.contains(
                "<w:t xml:space=\"preserve\">Column A</w:t><w:tab/><w:t xml:space=\"preserve\">Column B</w:t><w:br/>"))
        #expect(body.contains("Second line</w:t><w:br/><w:t xml:space=\"preserve\">Third line"))
    }

    @Test func mapsBlocksToStyles() throws {
        let body = try #require(try Self.parts(of: DocxWriter().write(Self.everything))["word/document.xml"])
        for style in [
            "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "ListBullet", "Caption", "Quote",
            "QuoteAttribution", "DraftNote", "TableText",
        ] {
            #expect(body.contains("<w:pStyle w:val=\"\(style)\"/>"), "no \(style) paragraph")
        }
        #expect(body.contains("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"))
        #expect(body.contains("<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">7 responses</w:t></w:r>"))
        #expect(
            body.contains("<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space=\"preserve\">library hours</w:t></w:r>"))
        #expect(body.contains("\u{201C}The library is the heart of the village.\u{201D}"))
        #expect(body.contains("\u{2014} Riverside Parish Council"))
        #expect(body.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
    }

    @Test func repeatsTheHeaderRowAndRightAlignsNumbers() throws {
        let body = try #require(try Self.parts(of: DocxWriter().write(Self.everything))["word/document.xml"])
        #expect(body.contains("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"))
        #expect(body.components(separatedBy: "<w:tblHeader/>").count == 2)
        #expect(body.contains("<w:tblW w:w=\"5000\" w:type=\"pct\"/>"))
        #expect(
            body.contains(
                "<w:pStyle w:val=\"TableText\"/><w:jc w:val=\"right\"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">Option 1</w:t>"
            ))
        #expect(body.contains("<w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">4</w:t>"))
        #expect(body.contains("w:fill=\"DCE6F2\""))
    }

    @Test func numbersPagesInTheFooter() throws {
        let footer = try #require(try Self.parts(of: DocxWriter().write(Self.everything))["word/footer1.xml"])
        #expect(footer.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))
        #expect(footer.contains("<w:instrText xml:space=\"preserve\"> NUMPAGES </w:instrText>"))
        #expect(footer.contains("<w:jc w:val=\"center\"/>"))
    }

    @Test func recordsTitleAuthorAndLanguageWithoutDates() throws {
        let core = try #require(try Self.parts(of: DocxWriter().write(Self.everything))["docProps/core.xml"])
        #expect(core.contains("<dc:title>Library opening hours &lt;consultation&gt; &amp; review</dc:title>"))
        #expect(core.contains("<dc:creator>Riverside &quot;Council&quot; &amp; Partners</dc:creator>"))
        #expect(core.contains("<dc:language>en-GB</dc:language>"))
        #expect(!core.contains("dcterms:created"))
    }

    @Test func writesIdenticalBytesEveryTime() {
        #expect(DocxWriter().write(Self.everything) == DocxWriter().write(Self.everything))
    }

    @Test func writesAnEmptyDocumentAndAnEmptyTable() throws {
        let document = Document(
            title: "", author: "",
            blocks: [
                .table(Table(caption: "", header: [], rows: [])), .table(Table(caption: "T", header: ["A"], rows: [])),
            ])
        let body = try #require(try Self.parts(of: DocxWriter().write(document))["word/document.xml"])
        #expect(body.contains("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr></w:p>"))
        #expect(body.contains("</w:tbl><w:p/><w:sectPr>"))
    }

    @Test func matchesTheGoldenDocumentXML() throws {
        let body = try #require(try Self.parts(of: DocxWriter().write(Self.everything))["word/document.xml"])
        try Self.assertMatchesGolden(body, at: "Docx/everything.document.xml")
    }

    /// Compares `xml`, one paragraph or row per line, with the golden file under `Fixtures/`;
    /// `RECORD_SNAPSHOTS=1 swift test` rewrites the golden file in the source tree instead.
    private static func assertMatchesGolden(_ xml: String, at path: String, file: String = #filePath) throws {
        var lines = xml
        for end in ["<w:body>", "</w:p>", "<w:p/>", "</w:tr>", "</w:tblPr>", "</w:tblGrid>", "</w:tbl>"] {
            lines = lines.replacingOccurrences(of: end, with: end + "\n")
        }
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            let source = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(
                "Fixtures/\(path)")
            try Data(lines.utf8).write(to: source)
            return
        }
        let resources = try #require(Bundle.module.resourceURL)
        let golden = try String(contentsOf: resources.appendingPathComponent("Fixtures/\(path)"), encoding: .utf8)
        #expect(lines == golden, "differs from Fixtures/\(path); re-record with RECORD_SNAPSHOTS=1 if intended")
    }
}

/// Parses XML with namespaces and reports every error, since on Linux `XMLParser.parse()` can
/// return true after an error or when the document stops inside an element.
final class StrictXMLCheck: NSObject, XMLParserDelegate {
    private var problems: [String] = []
    private var depth = 0

    static func problems(in xml: String) -> [String] {
        let check = StrictXMLCheck()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = check
        if !parser.parse() { check.problems.append("parse() returned false") }
        if check.depth != 0 { check.problems.append("\(check.depth) elements left open") }
        return check.problems
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        if namespaceURI == nil || namespaceURI == "" { problems.append("<\(elementName)> has no namespace") }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        depth -= 1
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        problems.append("line \(parser.lineNumber): error \((parseError as NSError).code)")
    }
}
