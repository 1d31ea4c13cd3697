/// Decodes base64 (RFC 2045 §6.8) as mail clients do: leniently.
enum Base64 {
    /// The bytes that `encoded` stands for; line breaks, spaces and any other byte outside the
    /// alphabet are skipped, and decoding stops at the first `=` pad.
    static func decode(_ encoded: some Collection<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(encoded.count / 4 * 3)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in encoded {
            if byte == UInt8(ascii: "=") { break }
            let value = Base64.values[Int(byte)]
            guard value < 64 else { continue }
            buffer = buffer << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return output
    }

    /// Each byte's 6-bit value, or 255 for bytes outside the alphabet.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 255, count: 256)
        for (value, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(byte)] = UInt8(value)
        }
        return table
    }()
}
