import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the plain text of a Word document, paragraph by paragraph.
///
/// Used to take in letters that respondents send as `.docx` from Word or LibreOffice. Only the
/// main story is read (not headers, footers or comments); deleted tracked changes and field codes
/// are left out, and text boxes are read once even when the file carries a fallback copy.
public struct DocxTextReader: Sendable {
    /// The text of each paragraph of `word/document.xml`, in reading order.
    ///
    /// Runs are joined; `w:tab` becomes a tab and `w:br` a line feed. Paragraphs inside table
    /// cells come in row order, cell by cell. Empty paragraphs are kept as empty strings.
    ///
    /// - Parameters:
    ///   - bytes: the `.docx` file's contents.
    ///   - source: the file's name as the user gave it, quoted in errors.
    /// - Throws: ``DocxReadError`` if the file is not a ZIP package, has no main document part, or
    ///   that part is not well-formed XML.
    public static func paragraphs(fromDocx bytes: [UInt8], source: String) throws(DocxReadError) -> [String] {
        let archive: ZipReader
        do {
            archive = try ZipReader(bytes: bytes, source: source)
        } catch {
            throw DocxReadError(source: source, reason: .archive(error.reason))
        }
        guard archive.entry(at: documentPath) != nil else {
            throw DocxReadError(source: source, reason: .missingDocumentPart)
        }
        let xml: [UInt8]
        do {
            xml = try archive.contents(of: documentPath)
        } catch {
            throw DocxReadError(source: source, reason: .archive(error.reason))
        }
        return try paragraphs(fromDocumentXML: xml, source: source)
    }

    /// The text of each paragraph of a `word/document.xml` part.
    static func paragraphs(fromDocumentXML xml: [UInt8], source: String) throws(DocxReadError) -> [String] {
        let parser = XMLParser(data: Data(xml))
        parser.shouldProcessNamespaces = true
        let collector = ParagraphCollector()
        parser.delegate = collector
        let finished = parser.parse()
        // On Linux `parse()` can return true after an error, and a document cut off inside an
        // element raises none, so the collector's own record and balance are checked too.
        if let (line, code) = collector.firstError {
            throw DocxReadError(source: source, reason: .malformedXML(line: line, detail: Self.describe(code)))
        }
        if let error = parser.parserError as NSError? {
            throw DocxReadError(
                source: source, reason: .malformedXML(line: parser.lineNumber, detail: Self.describe(error.code)))
        }
        guard finished, collector.depth == 0, collector.sawRoot else {
            let detail = "it ends before its elements are closed"
            throw DocxReadError(source: source, reason: .malformedXML(line: parser.lineNumber, detail: detail))
        }
        return collector.paragraphs
    }

    /// A plain-English name for the XML errors a damaged or hand-edited document most often has.
    ///
    /// The codes are libxml2's, which both Foundation on Linux and Apple's `NSXMLParser` report.
    private static func describe(_ code: Int) -> String {
        switch code {
        case 4: "it is empty"
        case 5, 77: "it ends too early, or has text after its last element"
        case 9: "it contains a character XML does not allow"
        case 26, 27: "it uses an undefined entity such as '&nbsp;'"
        case 42: "an element repeats an attribute"
        case 73, 76: "an element is closed by the wrong end tag"
        case 201: "it uses a namespace prefix it does not declare"
        default: "XML parser error \(code)"
        }
    }

    private static let documentPath = "word/document.xml"
}

/// Gathers paragraph text as `XMLParser` walks the document; a class because the parser needs a delegate object.
private final class ParagraphCollector: NSObject, XMLParserDelegate {
    private(set) var paragraphs: [String] = []
    /// How many elements are open; 0 at the end of a well-formed document.
    private(set) var depth = 0
    private(set) var sawRoot = false
    /// The line and `XMLParser.ErrorCode` raw value of the first error reported.
    private(set) var firstError: (line: Int, code: Int)?
    /// Indexes into `paragraphs` of the paragraphs open now; a text box's paragraphs sit inside another's run.
    private var open: [Int] = []
    private var runDepth = 0
    private var isInText = false
    /// Depth inside `mc:Fallback`, whose content repeats what `mc:Choice` already said.
    private var fallbackDepth = 0

    private static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    private static let compatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        sawRoot = true
        if namespaceURI == Self.compatibilityNamespace && elementName == "Fallback" { fallbackDepth += 1 }
        guard fallbackDepth == 0, let namespaceURI, Self.wordNamespaces.contains(namespaceURI) else { return }
        switch elementName {
        case "p":
            open.append(paragraphs.count)
            paragraphs.append("")
        case "r": runDepth += 1
        case "t": isInText = runDepth > 0
        case "tab" where runDepth > 0: append("\t")
        case "br" where runDepth > 0, "cr" where runDepth > 0: append("\n")
        case "noBreakHyphen" where runDepth > 0: append("-")
        default: break
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        depth -= 1
        if namespaceURI == Self.compatibilityNamespace && elementName == "Fallback" {
            fallbackDepth -= 1
            return
        }
        guard fallbackDepth == 0, let namespaceURI, Self.wordNamespaces.contains(namespaceURI) else { return }
        switch elementName {
        case "p": _ = open.popLast()
        case "r": runDepth = max(0, runDepth - 1)
        case "t": isInText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if firstError == nil { firstError = (parser.lineNumber, (parseError as NSError).code) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if isInText && fallbackDepth == 0 { append(string) }
    }

    private func append(_ text: String) {
        guard let index = open.last else { return }
        paragraphs[index] += text
    }
}
