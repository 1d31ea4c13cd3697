import Foundation

extension TextEncoding {
    /// UTF-16 code units (after any byte-order mark) as UTF-8; unpaired surrogates and a dangling
    /// odd byte become U+FFFD so a damaged file still reads.
    static func transcodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, bigEndian: Bool) -> Data {
        let buffer = UnsafeBufferPointer(rebasing: bytes[start...])
        let unitCount = buffer.count / 2
        let (highs, lows): (ClosedRange<UInt32>, ClosedRange<UInt32>) = (0xD800...0xDBFF, 0xDC00...0xDFFF)
        // A code unit needs at most three UTF-8 bytes; a surrogate pair needs four for its two.
        return makeUTF8(capacity: 3 * unitCount + 3) { out in
            func unit(_ index: Int) -> UInt32 {
                let (first, second) = (UInt32(buffer[2 * index]), UInt32(buffer[2 * index + 1]))
                return bigEndian ? first << 8 | second : second << 8 | first
            }
            var written = 0
            var index = 0
            while index < unitCount {
                let value = unit(index)
                index += 1
                if value < 0x80 {
                    out[written] = UInt8(truncatingIfNeeded: value)
                    written += 1
                } else if highs.contains(value), index < unitCount, lows.contains(unit(index)) {
                    let scalar = 0x10000 + ((value - 0xD800) << 10) + (unit(index) - 0xDC00)
                    index += 1
                    written += encode(scalar, into: out + written)
                } else {
                    let unpaired = highs.contains(value) || lows.contains(value)
                    written += encode(unpaired ? 0xFFFD : value, into: out + written)
                }
            }
            if buffer.count % 2 == 1 { written += encode(0xFFFD, into: out + written) }
            return written
        }
    }

    /// Windows-1252 bytes as UTF-8: ASCII as is, 0xA0–0xFF as the same Latin-1 code points, and
    /// 0x80–0x9F through the code page's table of typographic symbols.
    static func transcodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> Data {
        makeUTF8(capacity: 3 * bytes.count) { out in
            var written = 0
            for byte in bytes {
                if byte < 0x80 {
                    out[written] = byte
                    written += 1
                } else {
                    let scalar = byte < 0xA0 ? UInt32(windows1252Controls[Int(byte - 0x80)]) : UInt32(byte)
                    written += encode(scalar, into: out + written)
                }
            }
            return written
        }
    }

    /// Code points for 0x80–0x9F. The five bytes the code page leaves undefined (0x81, 0x8D, 0x8F,
    /// 0x90, 0x9D) map to the C1 controls of the same value, as Windows itself decodes them.
    private static let windows1252Controls: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Fills a buffer of `capacity` bytes with `body`, which returns how many it wrote, and hands
    /// it to `Data` without copying. Pages past the written count are never touched, so the
    /// generous worst-case capacity costs address space, not memory.
    private static func makeUTF8(capacity: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) -> Data {
        let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: max(capacity, 1))
        let count = body(storage)
        return Data(bytesNoCopy: storage, count: count, deallocator: .custom { pointer, _ in pointer.deallocate() })
    }

    /// Writes `scalar` (at most U+10FFFF, not a surrogate) as UTF-8 and returns the byte count.
    @inline(__always)
    private static func encode(_ scalar: UInt32, into out: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case ..<0x80:
            out[0] = UInt8(truncatingIfNeeded: scalar)
            return 1
        case ..<0x800:
            out[0] = UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 2
        case ..<0x10000:
            out[0] = UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            out[2] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 3
        default:
            out[0] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F)
            out[2] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            out[3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 4
        }
    }
}
