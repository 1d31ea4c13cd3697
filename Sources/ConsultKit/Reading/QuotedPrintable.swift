/// Decodes the quoted-printable transfer encoding (RFC 2045 §6.7) and the "Q" encoding of
/// RFC 2047 header words.
enum QuotedPrintable {
    /// The bytes that `encoded` stands for.
    ///
    /// Soft line breaks (`=` at the end of a line) are removed, `=XX` becomes the byte `XX` (either
    /// case), whitespace at the end of a line is dropped as the RFC requires, and malformed `=`
    /// sequences are kept literally rather than rejected, as mail clients do.
    ///
    /// - Parameters:
    ///   - encoded: The encoded bytes.
    ///   - underscoreIsSpace: Whether `_` means a space, as in RFC 2047 "Q" encoded words.
    static func decode(_ encoded: some Collection<UInt8>, underscoreIsSpace: Bool = false) -> [UInt8] {
        let bytes = Array(encoded)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "="):
                if let value = hexByte(bytes, at: index + 1) {
                    output.append(value)
                    index += 3
                } else if let next = lineBreakEnd(bytes, afterSpacesFrom: index + 1) {
                    index = next  // a soft line break
                } else {
                    output.append(byte)
                    index += 1
                }
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                let end =
                    bytes[index...].firstIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } ?? bytes.count
                if end < bytes.count, bytes[end] != UInt8(ascii: "\r"), bytes[end] != UInt8(ascii: "\n") {
                    output.append(contentsOf: bytes[index..<end])
                }
                index = end
            case UInt8(ascii: "_") where underscoreIsSpace:
                output.append(UInt8(ascii: " "))
                index += 1
            default:
                output.append(byte)
                index += 1
            }
        }
        return output
    }
}

private extension QuotedPrintable {
    static func hexByte(_ bytes: [UInt8], at index: Int) -> UInt8? {
        guard index + 1 < bytes.count, let high = hexValue(bytes[index]), let low = hexValue(bytes[index + 1]) else {
            return nil
        }
        return high << 4 | low
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    /// The index after the line break that follows `index` and any spaces or tabs, or `nil` if
    /// something else comes first (the end of the text counts as a line break).
    static func lineBreakEnd(_ bytes: [UInt8], afterSpacesFrom index: Int) -> Int? {
        var index = index
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
            index += 1
        }
        if index == bytes.count { return index }
        if bytes[index] == UInt8(ascii: "\n") { return index + 1 }
        if bytes[index] == UInt8(ascii: "\r") {
            return index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? index + 2 : index + 1
        }
        return nil
    }
}
