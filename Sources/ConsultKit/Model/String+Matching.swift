extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingSpaces() -> String {
        // Most text has nothing to trim; an ASCII letter or digit at both ends shows it without copying.
        if hasVisibleASCIIEnds { return self }
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace {
            end = scalars.index(before: end)
        }
        return String(scalars[start..<end])
    }

    /// Whether the first and last bytes are ASCII other than spaces and control characters, so that there is
    /// nothing to trim; read from the string's own bytes, which is much quicker than through `utf8`'s indices.
    var hasVisibleASCIIEnds: Bool {
        func visible(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x80 }
        if let answer = utf8.withContiguousStorageIfAvailable({ bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return visible(first) && visible(last)
        }) {
            return answer
        }
        guard let first = utf8.first, let last = utf8.last else { return false }
        return visible(first) && visible(last)
    }

    /// A key under which two spellings of one organisation's name are the same: ignoring case, spacing
    /// and a leading or trailing "the" ("The Health in Hackney Scrutiny Commission" and "Health in Hackney
    /// scrutiny commission, The" have one key).
    public var organisationNameKey: String {
        var name = matchKey
        if name.hasPrefix("the ") { name.removeFirst(4) }
        if name.hasSuffix(" the") {
            name.removeLast(4)
            if name.hasSuffix(",") { name.removeLast() }
        }
        if !name.utf8.contains(0x20) { return name }
        // In ASCII every space is a character of its own, so dropping space bytes is the same as dropping space
        // characters, and much quicker; elsewhere a space may carry a combining mark.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: name.utf8.lazy.filter { $0 != 0x20 }, as: UTF8.self)
        }
        name.removeAll { $0 == " " }
        return name
    }

    /// A key for matching names loosely: lower case, runs of spaces, underscores and hyphens folded
    /// to one space, curly quotes straightened, and leading/trailing space removed.
    public var matchKey: String {
        if let ascii = asciiMatchKey() { return ascii }
        var out = ""
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            let isSpace = scalar.properties.isWhitespace || scalar == "_" || scalar == "-" || scalar == "\u{00A0}"
            if isSpace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "\u{2018}", "\u{2019}": out.append("'")
            case "\u{201C}", "\u{201D}": out.append("\"")
            default: out.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return out
    }

    /// `matchKey` for pure ASCII text, working on bytes: survey exports repeat short ASCII answers
    /// ("Tend to agree") hundreds of thousands of times. `nil` when the text has other characters.
    private func asciiMatchKey() -> String? {
        var text = self
        return text.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingSpace = false
                for byte in bytes {
                    // Whitespace as Unicode defines it within ASCII (tab to carriage return, space), and _ and -.
                    if byte == 0x20 || (0x09...0x0D).contains(byte) || byte == 0x5F || byte == 0x2D {
                        pendingSpace = count > 0
                        continue
                    }
                    if pendingSpace {
                        out[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    out[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    count += 1
                }
                return count
            }
        }
    }
}

extension StringProtocol {
    /// The text without any of `set`'s characters at either end: `"(3.1)".trimmingCharacters(in: "()")`.
    func trimmingCharacters(in set: String) -> String {
        var text = self[...]
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
