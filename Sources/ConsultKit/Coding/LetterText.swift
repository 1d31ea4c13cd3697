import Foundation

/// A letter, e-mail or form reply as plain text, with what its e-mail headers say about the sender.
///
/// Every format ends up here: `.txt` and `.md` as written, `.eml` as the decoded text/plain part,
/// `.docx` as its paragraphs, `.pdf` as the text `pdftotext` gives. Line breaks are `\n`.
public struct LetterText: Sendable, Hashable {
    /// The kind of file the letter came from.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case text = "txt", markdown = "md", email = "eml", docx, pdf

        /// The format of a file with this name, by its extension, or `nil` if it is not one we read.
        public init?(fileName: String) {
            let ext = (fileName as NSString).pathExtension.lowercased()
            switch ext {
            case "txt", "text": self = .text
            case "md", "markdown": self = .markdown
            case "eml": self = .email
            case "docx": self = .docx
            case "pdf": self = .pdf
            default: return nil
            }
        }
    }

    /// The file name as the user gave it, for messages and the response's `source`.
    public var source: String
    /// The kind of file.
    public var format: Format
    /// The text: for an e-mail its body, otherwise the whole letter.
    public var text: String
    /// The sender's display name from an e-mail's `From` header.
    public var senderName: String?
    /// The sender's address from an e-mail's `From` header.
    public var senderAddress: String?
    /// The e-mail's subject.
    public var subject: String?
    /// The e-mail's `Date` header.
    public var date: Day?
    /// How a `.txt` or `.md` file's bytes were read: UTF-8 unless marked as UTF-16 or not valid UTF-8.
    public var encoding: TextEncoding = .utf8

    /// Creates a letter from text already read.
    public init(
        source: String, format: Format, text: String, senderName: String? = nil, senderAddress: String? = nil,
        subject: String? = nil, date: Day? = nil
    ) {
        self.source = source
        self.format = format
        self.text = Self.normalisingLineBreaks(text)
        self.senderName = senderName
        self.senderAddress = senderAddress
        self.subject = subject
        self.date = date
    }

    /// Reads a `.txt`, `.md`, `.eml` or `.docx` file's bytes.
    ///
    /// A PDF needs a text extraction tool, so it is read with ``init(pdfText:source:)`` from that tool's output.
    /// - Throws: ``LetterReadError`` for an unsupported format, a damaged Word document or e-mail.
    public static func read(_ bytes: [UInt8], source: String) throws(LetterReadError) -> LetterText {
        guard let format = Format(fileName: source) else {
            throw LetterReadError(source: source, reason: .unsupportedFormat((source as NSString).pathExtension))
        }
        switch format {
        case .text, .markdown:
            let (text, encoding) = decodeNoting(bytes)
            var letter = LetterText(source: source, format: format, text: text)
            letter.encoding = encoding
            return letter
        case .docx:
            do {
                let paragraphs = try DocxTextReader.paragraphs(fromDocx: bytes, source: source)
                return LetterText(source: source, format: .docx, text: paragraphs.joined(separator: "\n\n"))
            } catch {
                throw LetterReadError(source: source, reason: .damaged(error.description))
            }
        case .email:
            do {
                let message = try EmailMessage(parsing: bytes, source: source)
                return LetterText(
                    source: source, format: .email, text: message.bodyText, senderName: message.senderName,
                    senderAddress: message.senderAddress, subject: message.subject, date: message.date)
            } catch {
                let note = error.note.map { "; \($0)" } ?? ""
                throw LetterReadError(source: source, reason: .damaged(error.message + note))
            }
        case .pdf:
            throw LetterReadError(source: source, reason: .needsPDFText)
        }
    }

    /// A letter from the text `pdftotext -layout` printed for a PDF.
    public init(pdfText: String, source: String) {
        self.init(source: source, format: .pdf, text: pdfText.replacingOccurrences(of: "\u{0C}", with: "\n\n"))
    }

    /// Text in any encoding ``TextEncoding`` detects: UTF-8, UTF-16 with or without a byte-order mark, or
    /// Windows-1252 when the bytes are not UTF-8 (as older Windows tools save).
    static func decode(_ bytes: [UInt8]) -> String { decodeNoting(bytes).text }

    /// The text and the encoding it was read in.
    static func decodeNoting(_ bytes: [UInt8]) -> (text: String, encoding: TextEncoding) {
        let decoded = TextEncoding.decode(Data(bytes))
        return (String(decoding: decoded.utf8.dropFirst(decoded.start), as: UTF8.self), decoded.encoding)
    }

    private static func normalisingLineBreaks(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
