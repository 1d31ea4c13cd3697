import Foundation

extension TextEncoding {
    /// UTF-16 code units (after any byte-order mark) as UTF-8; unpaired surrogates and a dangling
    /// odd byte become U+FFFD so a damaged file still reads.
    static func transcodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, bigEndian: Bool) -> Data {
        let buffer = UnsafeBufferPointer(rebasing: bytes[start...])
        let unitCount = buffer.count / 2
        var out: [UInt8] = []
        out.reserveCapacity(unitCount + unitCount / 4)
        func unit(_ index: Int) -> UInt32 {
            let first = UInt32(buffer[2 * index])
            let second = UInt32(buffer[2 * index + 1])
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        var index = 0
        while index < unitCount {
            let value = unit(index)
            index += 1
            switch value {
            case 0xD800...0xDBFF where index < unitCount && (0xDC00...0xDFFF).contains(unit(index)):
                let low = unit(index)
                index += 1
                appendUTF8(0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00), to: &out)
            case 0xD800...0xDFFF:
                appendUTF8(0xFFFD, to: &out)
            default:
                appendUTF8(value, to: &out)
            }
        }
        if buffer.count % 2 == 1 { appendUTF8(0xFFFD, to: &out) }
        return Data(out)
    }

    /// Windows-1252 bytes as UTF-8: ASCII as is, 0xA0–0xFF as the same Latin-1 code points, and
    /// 0x80–0x9F through the code page's table of typographic symbols.
    static func transcodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
            } else if byte < 0xA0 {
                appendUTF8(UInt32(windows1252Controls[Int(byte - 0x80)]), to: &out)
            } else {
                appendUTF8(UInt32(byte), to: &out)
            }
        }
        return Data(out)
    }

    /// Code points for 0x80–0x9F. The five bytes the code page leaves undefined (0x81, 0x8D, 0x8F,
    /// 0x90, 0x9D) map to the C1 controls of the same value, as Windows itself decodes them.
    private static let windows1252Controls: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    private static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            out.append(UInt8(scalar))
        case ..<0x800:
            out.append(UInt8(0xC0 | scalar >> 6))
            out.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | scalar >> 12))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        default:
            out.append(UInt8(0xF0 | scalar >> 18))
            out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
