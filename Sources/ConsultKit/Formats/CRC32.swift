/// The CRC-32 checksum used by ZIP (the IEEE 802.3 polynomial, reflected).
///
/// ZIP stores one per entry so a reader can tell a damaged file from a good one.
struct CRC32: Sendable, Hashable {
    /// The checksum of everything added so far.
    private(set) var value: UInt32 = 0

    /// Creates a checksum of no bytes.
    init() {}

    /// The checksum of `bytes`.
    static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// Adds `bytes` to the checksum.
    mutating func update(_ bytes: some Sequence<UInt8>) {
        var crc = ~value
        for byte in bytes {
            crc = Self.table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        value = ~crc
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var entry = UInt32(index)
        for _ in 0..<8 {
            entry = entry & 1 == 1 ? 0xEDB8_8320 ^ (entry >> 1) : entry >> 1
        }
        return entry
    }
}
