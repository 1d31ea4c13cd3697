/// Decodes RFC 2047 encoded words in header text, such as `=?utf-8?Q?Si=C3=A2n?=` or
/// `=?UTF-8?B?U2nDom4=?=`, which mail programs use for names and subjects that are not ASCII.
enum EncodedWords {
    /// `text` with every well-formed encoded word decoded; whitespace between two adjacent encoded
    /// words is dropped (it only separates them), and anything malformed is left as it is.
    static func decode(_ text: String) -> String {
        guard text.contains("=?") else { return text }
        var output = ""
        var rest = Substring(text)
        var pendingSpace: Substring = ""
        var previousWasEncoded = false
        while !rest.isEmpty {
            if rest.hasPrefix("=?"), let (decoded, remainder) = decodeWord(rest) {
                if !previousWasEncoded { output += pendingSpace }
                output += decoded
                pendingSpace = ""
                previousWasEncoded = true
                rest = remainder
                continue
            }
            let whitespace = rest.prefix { $0 == " " || $0 == "\t" }
            if !whitespace.isEmpty {
                output += pendingSpace
                pendingSpace = whitespace
                rest = rest.dropFirst(whitespace.count)
                continue
            }
            output += pendingSpace
            pendingSpace = ""
            let plain = rest.dropFirst().prefix { $0 != " " && $0 != "\t" && $0 != "=" }
            output += rest.prefix(1 + plain.count)
            rest = rest.dropFirst(1 + plain.count)
            previousWasEncoded = false
        }
        return output + pendingSpace
    }
}

private extension EncodedWords {
    /// Decodes the encoded word at the start of `text` (`=?charset?encoding?text?=`), returning the
    /// decoded text and what follows it.
    static func decodeWord(_ text: Substring) -> (String, Substring)? {
        let parts = text.dropFirst(2).split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[3].hasPrefix("="), !parts[0].isEmpty, parts[1].count == 1,
            !parts[2].contains(where: { $0 == " " || $0 == "\t" })
        else { return nil }
        // A language may follow the charset after "*" (RFC 2231): "utf-8*en".
        let charset = Charset(label: String(parts[0].prefix { $0 != "*" }))
        let bytes: [UInt8]
        switch parts[1] {
        case "Q", "q": bytes = QuotedPrintable.decode(parts[2].utf8, underscoreIsSpace: true)
        case "B", "b": bytes = Base64.decode(parts[2].utf8)
        default: return nil
        }
        return (charset.decode(bytes), parts[3].dropFirst())
    }
}
