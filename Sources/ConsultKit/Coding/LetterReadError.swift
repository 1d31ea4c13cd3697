/// A letter that could not be read, with what to do about it.
public struct LetterReadError: Error, Sendable, Equatable {
    /// Why a letter could not be read.
    public enum Reason: Sendable, Equatable {
        /// The file's extension is not one `consult code` reads.
        case unsupportedFormat(String)
        /// The file is a Word document or e-mail that could not be parsed.
        case damaged(String)
        /// The file is a PDF and its text must come from `pdftotext`.
        case needsPDFText
        /// `pdftotext` is not installed.
        case pdfToolMissing
        /// `pdftotext` ran but failed.
        case pdfToolFailed(String)
    }

    /// The file as the user named it.
    public var source: String
    /// Why.
    public var reason: Reason

    /// Creates an error.
    public init(source: String, reason: Reason) {
        self.source = source
        self.reason = reason
    }

    /// The message for the user, without the file name.
    public var message: String {
        switch reason {
        case .unsupportedFormat(let ext):
            let shown = ext.isEmpty ? "no extension" : "'.\(ext)'"
            return "cannot read a file with \(shown); consult code reads .txt, .md, .eml, .docx and .pdf letters"
        case .damaged(let detail):
            return detail
        case .needsPDFText, .pdfToolMissing:
            return "reading a PDF needs the 'pdftotext' tool, which was not found on the PATH; install it with "
                + "'apt-get install poppler-utils' (Debian, Ubuntu) or 'brew install poppler' (macOS), "
                + "or save the letter as .txt or .docx"
        case .pdfToolFailed(let detail):
            return "pdftotext could not read this PDF (\(detail)); if it is a scan, save the letter's text as .txt"
        }
    }
}
