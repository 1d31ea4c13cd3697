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
        for byte in text.utf8 {
            if ThemePhrase.isWordByte(byte) {
                current.append(ThemePhrase.lower(byte))
            } else if !current.isEmpty {
                words.append(current)
                current = []
            }
        }
        if !current.isEmpty { words.append(current) }
        if lastIsPrefix, let last = text.utf8.last, !ThemePhrase.isWordByte(last) { return nil }
        guard !words.isEmpty else { return nil }
        self.words = words
    }

    /// Letters and digits; bytes of non-ASCII characters count as letters so "café" is one word.
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte >= 0x80
    }

    /// ASCII lower case.
    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
