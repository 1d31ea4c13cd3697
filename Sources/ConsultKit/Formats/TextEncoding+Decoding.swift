import Foundation

extension TextEncoding {
    /// A file's text as valid UTF-8, ready to parse.
    struct Decoded {
        var encoding: TextEncoding
        /// Valid UTF-8 from `start` on: the file itself when it was UTF-8, else a converted copy.
        var utf8: Data
        /// Where the text starts in `utf8`: 3 when a UTF-8 byte-order mark is left in place.
        var start = 0
        /// The offset in the file of the first byte that was not valid UTF-8, when there was one.
        var firstInvalidOffset: Int?
    }

    /// Detects the encoding of `data` and converts it to UTF-8 at most once, so parsing only
    /// handles UTF-8, and a UTF-8 file is neither copied nor converted.
    ///
    /// A byte-order mark decides; without one, a NUL in the first two bytes means UTF-16 (CSV text
    /// never contains NUL, and a header starts with an ASCII character); otherwise the bytes are
    /// UTF-8 if they validate, and Windows-1252 if they do not. A file marked as UTF-8 that is not
    /// valid keeps its encoding, with U+FFFD for each bad sequence.
    static func decode(_ data: Data) -> Decoded {
        data.withByteBuffer { bytes in
            let first = bytes.count >= 2 ? (bytes[0], bytes[1]) : (1, 1)
            switch first {
            case (0xFF, 0xFE):
                return Decoded(encoding: .utf16LE, utf8: transcodeUTF16(bytes, from: 2, bigEndian: false))
            case (0xFE, 0xFF):
                return Decoded(encoding: .utf16BE, utf8: transcodeUTF16(bytes, from: 2, bigEndian: true))
            case (1..., 0):
                return Decoded(encoding: .utf16LE, utf8: transcodeUTF16(bytes, from: 0, bigEndian: false))
            case (0, 1...):
                return Decoded(encoding: .utf16BE, utf8: transcodeUTF16(bytes, from: 0, bigEndian: true))
            default:
                break
            }
            let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            let start = hasBOM ? 3 : 0
            guard let invalid = firstInvalidUTF8Offset(in: data, from: start) else {
                return Decoded(encoding: hasBOM ? .utf8BOM : .utf8, utf8: data, start: start)
            }
            if hasBOM {
                let repaired = String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
                return Decoded(encoding: .utf8BOM, utf8: Data(repaired.utf8), firstInvalidOffset: start + invalid)
            }
            return Decoded(encoding: .windows1252, utf8: transcodeWindows1252(bytes), firstInvalidOffset: invalid)
        }
    }

    /// `data` as UTF-8 known to be valid (skipping a byte-order mark), without checking it.
    static func assumingUTF8(_ data: Data) -> Decoded {
        let hasBOM = data.starts(with: [0xEF, 0xBB, 0xBF])
        return Decoded(encoding: hasBOM ? .utf8BOM : .utf8, utf8: data, start: hasBOM ? 3 : 0)
    }

    /// The offset, from `start`, of the first byte of `data` that breaks UTF-8, or `nil` when all of it is
    /// valid. A large file (a survey export) is checked in two halves at once: nothing else can start
    /// until its encoding is known.
    static func firstInvalidUTF8Offset(in data: Data, from start: Int) -> Int? {
        let (count, middle) = data.withByteBuffer { bytes in
            // The halves meet where a character starts, so neither sees part of the other's characters; a
            // sequence cut short there is broken in the whole file too, at the same byte.
            var middle = start + (bytes.count - start) / 2
            while middle < bytes.count, bytes[middle] & 0xC0 == 0x80 { middle += 1 }
            return (bytes.count, middle)
        }
        @Sendable func check(_ range: Range<Int>) -> Int? {
            data.withByteBuffer { firstInvalidUTF8Offset(in: UnsafeBufferPointer(rebasing: $0[range])) }
        }
        guard count - start >= parallelCheckBytes else { return check(start..<count) }
        let (first, second) = Parallel.both({ check(start..<middle) }, { check(middle..<count) })
        return first ?? second.map { middle - start + $0 }
    }

    /// The size from which ``firstInvalidUTF8Offset(in:from:)`` checks two halves at once.
    static let parallelCheckBytes = 1 << 22

    /// The offset of the first byte that breaks UTF-8, or `nil` when all of `bytes` is valid.
    ///
    /// One pass, eight ASCII bytes at a time; multi-byte sequences are checked for overlong forms,
    /// surrogates and code points beyond U+10FFFF as the Unicode standard's table 3-7 requires.
    static func firstInvalidUTF8Offset(in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = buffer.baseAddress else { return nil }
        let count = buffer.count
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i < count {
            while i + 8 <= count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < count else { break }
            let lead = buffer[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, secondRange) = (3, 0x80...0x9F)
            case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
            default: return i
            }
            guard i + length <= count, secondRange.contains(buffer[i + 1]) else { return i }
            for offset in 2..<length where buffer[i + offset] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}
