/// The header fields of a message or of one MIME part, unfolded, looked up case-insensitively.
struct MIMEHeader: Sendable, Hashable {
    /// A header field as written: its name and unfolded value.
    struct Field: Sendable, Hashable {
        var name: String
        var value: String
    }

    /// The fields in the order they appear.
    var fields: [Field]

    /// Parses the header lines at the start of `bytes`; returns the header and the index where the
    /// body starts (after the blank line).
    ///
    /// The header ends at the first blank line, or at the first line that is neither a field nor a
    /// continuation (some programs omit the blank line before a body). Continuation lines, which
    /// start with a space or tab, are joined to the field above without their line break. A leading
    /// mbox `From ` line and byte-order mark are skipped.
    static func parse(_ bytes: ArraySlice<UInt8>) -> (header: MIMEHeader, bodyStart: Int) {
        var fields: [Field] = []
        var lines = ByteLines(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { lines.position += 3 }
        if bytes[lines.position...].starts(with: Array("From ".utf8)) { _ = lines.next() }
        var bodyStart = bytes.endIndex
        while let line = lines.next() {
            let content = bytes[line.content]
            if content.isEmpty {
                bodyStart = line.next
                break
            }
            if let first = content.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t"), !fields.isEmpty {
                fields[fields.count - 1].value += Charset.utf8.decode(Array(content))
                continue
            }
            guard let colon = content.firstIndex(of: UInt8(ascii: ":")), colon > content.startIndex,
                content[..<colon].allSatisfy({ (33...126).contains($0) })
            else {
                bodyStart = line.content.lowerBound
                break
            }
            fields.append(
                Field(
                    name: Charset.utf8.decode(Array(content[..<colon])),
                    value: Charset.utf8.decode(Array(content[(colon + 1)...]))))
        }
        for index in fields.indices { fields[index].value = fields[index].value.trimmingSpaces() }
        return (MIMEHeader(fields: fields), bodyStart)
    }

    /// The value of the first field called `name`, compared case-insensitively.
    subscript(name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }?.value
    }
}
