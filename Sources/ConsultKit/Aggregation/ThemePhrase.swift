/// A theme's detection phrase, split into words: `"accountab*"` matches "accountable" and "accountability".
struct ThemePhrase: Hashable, Sendable {
    /// The lower-case words, in order.
    var words: [[UInt8]]
    /// Whether the last word matches any word that starts with it.
    var lastIsPrefix: Bool

    /// Parses a phrase; `nil` when it has no words, or a `*` stands anywhere but at the end.
    init?(_ phrase: String) {
        var text = phrase.trimmingSpaces()
        lastIsPrefix = text.hasSuffix("*")
        if lastIsPrefix { text.removeLast() }
        guard !text.contains("*") else { return nil }
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        for scalar in text.unicodeScalars {
            if ThemePhrase.isWord(scalar) {
                current += String(scalar).utf8.map(ThemePhrase.lower)
            } else if !current.isEmpty {
                words.append(current)
                current = []
            }
        }
        if !current.isEmpty { words.append(current) }
        if lastIsPrefix, let last = text.unicodeScalars.last, !ThemePhrase.isWord(last) { return nil }
        guard !words.isEmpty else { return nil }
        self.words = words
    }

    /// Letters, digits and combining marks, so "café" is one word while a curly apostrophe, a dash or a
    /// non-breaking space (common in text pasted from a word processor) separates words as their ASCII
    /// counterparts do.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIIWordByte(UInt8(scalar.value)) }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return properties.isAlphabetic || properties.numericType != nil
        }
    }

    /// The length in bytes of the UTF-8 character at `index`, and whether it belongs to a word.
    @inline(__always) static func character(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (
        length: Int, isWord: Bool
    ) {
        let lead = bytes[index]
        if lead < 0x80 { return (1, isASCIIWordByte(lead)) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return (1, false) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return (length, false) }
        return (length, isWord(scalar))
    }

    /// ASCII letters and digits.
    @inline(__always) static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// ASCII lower case.
    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
