/// Splits text into sentences, for quoting the sentence that raised a theme or an answer.
enum Sentences {
    /// The sentence of UTF-8 `bytes` that contains the byte at `offset`.
    static func sentence(around offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var start = offset
        while start > 0 {
            let previous = bytes[start - 1]
            if previous == 0x0A { break }
            if start >= 2, isTerminator(bytes[start - 2]), isSpace(previous) { break }
            start -= 1
        }
        var end = offset
        while end < bytes.count {
            let byte = bytes[end]
            if byte == 0x0A { break }
            if isTerminator(byte), end + 1 == bytes.count || isSpace(bytes[end + 1]) {
                end += 1
                break
            }
            end += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).trimmingSpaces()
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

    private static func isTerminator(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x21 || byte == 0x3F }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
}
