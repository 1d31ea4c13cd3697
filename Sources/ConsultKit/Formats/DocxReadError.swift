/// Why the text of a Word document could not be read.
public struct DocxReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the document.
    public enum Reason: Sendable, Hashable {
        /// The file is not a readable ZIP package.
        case archive(ZipError.Reason)
        /// The package has no `word/document.xml`, so it is not a Word document (perhaps a spreadsheet).
        case missingDocumentPart
        /// `word/document.xml` is not well-formed XML.
        case malformedXML(line: Int, detail: String)
    }

    /// The document's name as the user gave it, e.g. `letter.docx`.
    public var source: String
    /// What is wrong.
    public var reason: Reason

    /// Creates an error about the document `source`.
    public init(source: String, reason: Reason) {
        self.source = source
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .archive(let reason):
            let explanation = ZipError(source: source, reason: reason).explanation
            return "'\(source)' is not a Word document: \(explanation)"
        case .missingDocumentPart:
            return "'\(source)' is not a Word document: it has no 'word/document.xml' inside; "
                + "save it from Word or LibreOffice as .docx"
        case .malformedXML(let line, let detail):
            return "'\(source)' is damaged: 'word/document.xml' line \(line) is not well-formed XML (\(detail))"
        }
    }
}
