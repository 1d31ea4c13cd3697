import Foundation

/// A letter sent by e-mail and saved as an `.eml` file: who sent it, when, and its text.
///
/// Reads MIME messages as Thunderbird, Outlook and web mail write them: folded headers, RFC 2047
/// encoded names and subjects, quoted-printable and base64 bodies in UTF-8, US-ASCII, ISO-8859-1
/// or Windows-1252, and nested multiparts with attachments. The text is the first text/plain part
/// that is not an attachment, or else the first such text/html part turned into plain text.
public struct EmailMessage: Sendable, Hashable {
    /// The file the message came from, as the caller named it.
    public var source: String
    /// The `From:` header as written (unfolded), e.g. `=?utf-8?Q?Si=C3=A2n_Jones?= <sian@example.org>`.
    public var from: String?
    /// The sender's display name, decoded: `Siân Jones`.
    public var senderName: String?
    /// The sender's address: `sian@example.org`.
    public var senderAddress: String?
    /// The subject, decoded.
    public var subject: String?
    /// The date the sender's clock showed when sending, from the `Date:` header.
    public var date: Day?
    /// The message text with LF line breaks, without leading or trailing blank lines.
    public var bodyText: String

    /// Creates a message from its parts.
    public init(
        source: String, from: String? = nil, senderName: String? = nil, senderAddress: String? = nil,
        subject: String? = nil, date: Day? = nil, bodyText: String
    ) {
        self.source = source
        self.from = from
        self.senderName = senderName
        self.senderAddress = senderAddress
        self.subject = subject
        self.date = date
        self.bodyText = bodyText
    }

    /// Parses the bytes of an `.eml` file.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - source: The file name, used in errors.
    /// - Throws: ``EmailError/notAnEmail(source:)`` if the bytes do not start with e-mail headers,
    ///   ``EmailError/outlookMessage(source:)`` for an Outlook `.msg` file, and
    ///   ``EmailError/noReadableText(source:parts:)`` if no part holds the letter's text.
    public init(parsing bytes: [UInt8], source: String) throws(EmailError) {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .outlookMessage(source: source) }
        let message = MIMEPart(parsing: bytes[...])
        guard EmailMessage.looksLikeEmail(message.header) else { throw .notAnEmail(source: source) }
        var found = TextParts()
        found.search(message, depth: 0)
        let bodyText: String
        if let plain = found.plain {
            var text = EmailMessage.normalisingLineBreaks(plain.text)
            if plain.contentType["format"]?.lowercased() == "flowed" {
                text = FlowedText.unwrap(text, deleteSpace: plain.contentType["delsp"]?.lowercased() == "yes")
            }
            bodyText = text
        } else if let html = found.html {
            bodyText = HTMLText.plainText(from: html.text)
        } else {
            throw .noReadableText(source: source, parts: found.others)
        }
        let from = message.header["From"]
        let sender = from.map(Mailbox.init(parsing:))
        self.init(
            source: source, from: from, senderName: sender?.name, senderAddress: sender?.address,
            subject: message.header["Subject"].map { EncodedWords.decode($0).trimmingSpaces() },
            date: message.header["Date"].flatMap(Day.init(emailDate:)), bodyText: bodyText.trimmingSpaces())
    }

    /// Reads and parses an `.eml` file; the path is the source named in errors.
    public init(contentsOfFile path: String) throws(EmailError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile(source: path, reason: "it does not exist or is not readable")
        }
        try self.init(parsing: [UInt8](data), source: path)
    }
}

private extension EmailMessage {
    /// The header fields one of which every e-mail has; a text file that merely starts with
    /// "Note: …" is not an e-mail.
    static let characteristicFields: Set<String> = [
        "from", "to", "subject", "date", "message-id", "mime-version", "received", "return-path", "content-type",
    ]

    static func looksLikeEmail(_ header: MIMEHeader) -> Bool {
        header.fields.contains { characteristicFields.contains($0.name.lowercased()) }
    }

    static func normalisingLineBreaks(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            scalars.append(previousWasCR ? "\n" : scalar)
        }
        return String(scalars)
    }

    /// The first readable text/plain and text/html parts, and a description of the rest.
    struct TextParts {
        var plain: MIMEPart?
        var html: MIMEPart?
        var others: [String] = []

        mutating func search(_ part: MIMEPart, depth: Int) {
            let type = part.contentType.value
            if type.hasPrefix("multipart/"), depth < MIMEPart.maximumDepth {
                for child in part.children { search(child, depth: depth + 1) }
            } else if type == "text/plain", !part.isAttachment {
                if plain == nil { plain = part }
            } else if type == "text/html", !part.isAttachment {
                if html == nil { html = part }
            } else if !type.hasPrefix("multipart/") {
                others.append(part.fileName.map { "\(type) ('\($0)')" } ?? type)
            }
        }
    }
}
