/// Why an e-mail file could not be read, naming the file.
public enum EmailError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file does not start with e-mail header lines.
    case notAnEmail(source: String)
    /// The file is an Outlook `.msg` file (a binary format), not a MIME `.eml` file.
    case outlookMessage(source: String)
    /// The message has no text/plain or text/html part that is not an attachment; `parts`
    /// describes what it does have, such as `application/pdf ('response.pdf')`.
    case noReadableText(source: String, parts: [String])
    /// The file could not be read from disk.
    case unreadableFile(source: String, reason: String)

    /// The file the error is about, as the caller named it.
    public var source: String {
        switch self {
        case .notAnEmail(let source), .outlookMessage(let source), .noReadableText(let source, _),
            .unreadableFile(let source, _):
            source
        }
    }

    /// What is wrong, in plain English.
    public var message: String {
        switch self {
        case .notAnEmail:
            "not an e-mail: the file does not start with header lines such as 'From:' and 'Subject:'"
        case .outlookMessage:
            "this is an Outlook .msg file, not an e-mail saved as .eml"
        case .noReadableText(_, let parts) where parts.isEmpty:
            "no readable text in the e-mail: it has no text/plain or text/html part"
        case .noReadableText(_, let parts):
            "no readable text in the e-mail: it has only \(parts.joined(separator: ", "))"
        case .unreadableFile(_, let reason):
            "cannot read the file: \(reason)"
        }
    }

    /// A hint on how to fix it, if there is one.
    public var note: String? {
        switch self {
        case .notAnEmail, .outlookMessage:
            "save the message from the mail program as an .eml file (in Outlook on the web or Thunderbird: "
                + "'Save as' or 'Download'), or copy its text into a .txt file"
        case .noReadableText(_, let parts) where !parts.isEmpty:
            "the letter is probably in the attachment: save it and add that file instead"
        case .noReadableText, .unreadableFile:
            nil
        }
    }

    /// The error as a diagnostic for the run's report.
    public var diagnostic: Diagnostic { .error(message, file: source, note: note) }

    /// The error as `file: error: message`, with the note on a second line.
    public var description: String { diagnostic.formatted }
}
