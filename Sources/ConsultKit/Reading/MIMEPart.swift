/// One part of a MIME message (or the whole message): its header and its still-encoded body.
struct MIMEPart: Sendable {
    /// The part's header fields.
    var header: MIMEHeader
    /// The body as sent, before the transfer encoding is undone.
    var body: ArraySlice<UInt8>
    /// The parsed `Content-Type`; `text/plain` when missing, as RFC 2045 says.
    var contentType: MIMEHeaderValue

    /// The deepest nesting of multiparts followed; deeper ones are treated as opaque.
    static let maximumDepth = 32

    /// Splits `bytes` into header and body.
    init(parsing bytes: ArraySlice<UInt8>) {
        let (header, bodyStart) = MIMEHeader.parse(bytes)
        self.header = header
        body = bytes[bodyStart...]
        contentType = MIMEHeaderValue(parsing: header["Content-Type"] ?? "text/plain")
        if !contentType.value.contains("/") { contentType.value = "text/plain" }
    }

    /// Whether the sender marked the part as an attachment rather than as part of the message.
    var isAttachment: Bool {
        header["Content-Disposition"].map { MIMEHeaderValue(parsing: $0).value == "attachment" } ?? false
    }

    /// The attachment's file name, if it has one.
    var fileName: String? {
        let disposition = header["Content-Disposition"].map(MIMEHeaderValue.init(parsing:))
        return (disposition?["filename"] ?? contentType["name"]).map(EncodedWords.decode)
    }

    /// The parts of a multipart, in order; empty for any other part.
    ///
    /// A part begins after a line `--boundary` and ends before the line break that precedes the
    /// next such line; the preamble before the first and the epilogue after `--boundary--` are
    /// ignored. A multipart cut off before its closing line keeps the parts it has.
    var children: [MIMEPart] {
        guard contentType.value.hasPrefix("multipart/"), let boundary = contentType["boundary"], !boundary.isEmpty
        else { return [] }
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [MIMEPart] = []
        var partStart: Int?
        var lines = ByteLines(body)
        while let line = lines.next() {
            let content = body[line.content]
            guard content.starts(with: delimiter) else { continue }
            let after = content.dropFirst(delimiter.count)
            let isClosing = after.starts(with: Array("--".utf8))
            guard after.dropFirst(isClosing ? 2 : 0).allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
            else { continue }
            if let start = partStart {
                let end = MIMEPart.endBeforeLineBreak(body, at: line.content.lowerBound, from: start)
                parts.append(MIMEPart(parsing: body[start..<end]))
            }
            if isClosing { return parts }
            partStart = line.next
        }
        if let start = partStart { parts.append(MIMEPart(parsing: body[start...])) }
        return parts
    }

    /// The body with its transfer encoding (quoted-printable, base64, 7bit, 8bit, binary) undone.
    var decodedBody: [UInt8] {
        switch header["Content-Transfer-Encoding"]?.lowercased() {
        case "quoted-printable": QuotedPrintable.decode(body)
        case "base64": Base64.decode(body)
        default: Array(body)
        }
    }

    /// The body as text in its declared charset.
    var text: String {
        Charset(label: contentType["charset"]).decode(decodedBody)
    }
}

private extension MIMEPart {
    /// `index` moved back over the line break before it (but not before `start`).
    static func endBeforeLineBreak(_ bytes: ArraySlice<UInt8>, at index: Int, from start: Int) -> Int {
        var end = index
        if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }
}
