/// Splits text into sentences, for quoting the sentence that raised a theme or an answer.
enum Sentences {
    /// The sentence of UTF-8 `bytes` that contains the byte at `offset`, on one line.
    ///
    /// A line break ends a sentence only where it ends a block: before or after a blank line, or before
    /// a list item, heading or quote. Other line breaks are where a Markdown paragraph was wrapped, so
    /// the sentence goes on across them (and they become spaces).
    static func sentence(around offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var start = offset
        while start > 0 {
            let previous = bytes[start - 1]
            if previous == 0x0A, endsBlock(newlineAt: start - 1, in: bytes) { break }
            if start >= 2, isTerminator(bytes[start - 2]), isSpace(previous) { break }
            start -= 1
        }
        var end = offset
        while end < bytes.count {
            let byte = bytes[end]
            if byte == 0x0A, endsBlock(newlineAt: end, in: bytes) { break }
            if isTerminator(byte), end + 1 == bytes.count || isSpace(bytes[end + 1]) {
                end += 1
                break
            }
            end += 1
        }
        let range = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let text = String(decoding: range, as: UTF8.self)
        // Most sentences lie on one line, and then joining its lines is only trimming it.
        guard range.contains(0x0A) else { return text.trimmingSpaces() }
        return text.split(separator: "\n").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// All sentences of a text, trimmed, in order; blank lines and line breaks also end sentences.
    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var previous: Character = " "
        for character in text {
            if character == "\n" {
                flush(&current, into: &sentences)
            } else if character.isWhitespace, previous == "." || previous == "!" || previous == "?" {
                flush(&current, into: &sentences)
            } else {
                current.append(character)
            }
            previous = character
        }
        flush(&current, into: &sentences)
        return sentences
    }

    private static func flush(_ current: inout String, into sentences: inout [String]) {
        let trimmed = current.trimmingSpaces()
        if !trimmed.isEmpty { sentences.append(trimmed) }
        current = ""
    }

    /// Whether the line break at `index` ends a block: a blank line is next to it, or the next line
    /// starts a list item, heading or quote.
    private static func endsBlock(newlineAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var before = index - 1
        while before >= 0, isLineSpace(bytes[before]) { before -= 1 }
        if before < 0 || bytes[before] == 0x0A { return true }
        var after = index + 1
        while after < bytes.count, isLineSpace(bytes[after]) { after += 1 }
        guard after < bytes.count, bytes[after] != 0x0A else { return true }
        switch bytes[after] {
        case 0x23, 0x3E: return true  // '#', '>'
        case 0x2D, 0x2A, 0x2B: return after + 1 < bytes.count && isSpace(bytes[after + 1])  // '-', '*', '+'
        case 0xE2: return after + 2 < bytes.count && bytes[after + 1] == 0x80 && bytes[after + 2] == 0xA2  // '•'
        case 0x30...0x39:
            var digit = after
            while digit < bytes.count, (0x30...0x39).contains(bytes[digit]) { digit += 1 }
            guard digit + 1 < bytes.count else { return false }
            return (bytes[digit] == 0x2E || bytes[digit] == 0x29) && isSpace(bytes[digit + 1])  // '1. ', '1) '
        default: return false
        }
    }

    private static func isLineSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
    private static func isTerminator(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x21 || byte == 0x3F }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
}
