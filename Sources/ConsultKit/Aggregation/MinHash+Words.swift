extension MinHash {
    /// For each byte: 0 separates words, 1 is a lead byte that may start a separator (0xC2, 0xE2),
    /// anything else is the byte to hash (ASCII letters lower-cased).
    private static let byteClasses: [UInt8] = (0...255).map { byte -> UInt8 in
        switch byte {
        case 0x30...0x39, 0x61...0x7A, 0x80...0xC1, 0xC3...0xE1, 0xE3...0xFF: UInt8(byte)
        case 0x41...0x5A: UInt8(byte | 0x20)
        case 0xC2, 0xE2: 1
        default: 0
        }
    }

    /// Writes each word of `bytes`, packed into 64 bits, to `words`; returns the number of words.
    ///
    /// This loop is the detector's hot spot, so it has no branch that depends on the text: a word's
    /// bytes are packed by rotate-and-xor (exact for words of up to eight bytes), the value is
    /// stored at the current word slot on every byte and the slot advances only where a word ends.
    /// Branching on word boundaries instead would mispredict about once a word. Text with no byte
    /// above 0x7F (checked eight bytes at a time) skips the test for multi-byte separators.
    static func packWords(_ bytes: UnsafeBufferPointer<UInt8>, into words: UnsafeMutableBufferPointer<UInt64>) -> Int {
        byteClasses.withUnsafeBufferPointer { classes in
            var state = PackingState()
            if isASCII(bytes) {
                for byte in bytes { state.consume(classes[Int(byte)], into: words) }
            } else {
                var index = 0
                while index < bytes.count {
                    var byteClass = classes[Int(bytes[index])]
                    var width = 1
                    if byteClass == 1 {
                        width = separatorWidth(bytes, at: index)
                        byteClass = width == 0 ? bytes[index] : 0
                        width = max(width, 1)
                    }
                    state.consume(byteClass, into: words)
                    index &+= width
                }
            }
            return state.finish(into: words)
        }
    }

    /// The running state of ``packWords(_:into:)``.
    struct PackingState {
        var count = 0
        var packed: UInt64 = 0
        var previousWasWord: UInt64 = 0

        @inline(__always)
        mutating func consume(_ byteClass: UInt8, into words: UnsafeMutableBufferPointer<UInt64>) {
            let isWord = (UInt64(byteClass) &+ 254) >> 8  // 1 for a word byte (class 2...255)
            words[count] = packed
            count &+= Int(truncatingIfNeeded: previousWasWord & ~isWord)
            packed = ((packed << 8 | packed >> 56) ^ UInt64(byteClass)) & (0 &- isWord)
            previousWasWord = isWord
        }

        func finish(into words: UnsafeMutableBufferPointer<UInt64>) -> Int {
            words[count] = packed
            return count + Int(previousWasWord)
        }
    }

    /// Whether no byte is above 0x7F, tested eight bytes at a time.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(start)
        var high: UInt64 = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            high |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < bytes.count {
            high |= UInt64(bytes[offset])
            offset += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// The width of the separator character starting at `index` (a 0xC2 or 0xE2 lead byte), or 0
    /// if the character there is part of a word.
    private static func separatorWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard index + 1 < bytes.count else { return 0 }
        let next = bytes[index + 1]
        if bytes[index] == 0xC2 { return next < 0xC0 ? 2 : 0 }
        return next == 0x80 || next == 0x81 ? 3 : 0
    }
}
