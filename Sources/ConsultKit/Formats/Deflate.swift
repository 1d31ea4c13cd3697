/// A small DEFLATE compressor (RFC 1951): greedy LZ77 matching, one block with the fixed Huffman codes.
///
/// It trades a few percent of size against zlib for being short and deterministic; XML compresses
/// to roughly a quarter of its size, which is all a `.docx` needs.
enum Deflate {
    /// The raw DEFLATE stream (no zlib or gzip header) for `input`.
    static func compress(_ input: [UInt8]) -> [UInt8] {
        var writer = BitWriter()
        writer.write(1, bits: 1)  // final block
        writer.write(1, bits: 2)  // fixed Huffman codes
        var head = [Int](repeating: -1, count: hashSize)
        var previous = [Int](repeating: -1, count: windowSize)
        var position = 0

        func insert(_ index: Int) {
            guard index + 2 < input.count else { return }
            let hash = hashOf(input, at: index)
            previous[index & (windowSize - 1)] = head[hash]
            head[hash] = index
        }

        while position < input.count {
            var bestLength = 0
            var bestDistance = 0
            if position + 2 < input.count {
                var candidate = head[hashOf(input, at: position)]
                var chain = maxChain
                let limit = min(maxMatch, input.count - position)
                while candidate >= 0, position - candidate <= windowSize, chain > 0 {
                    var length = 0
                    while length < limit, input[candidate + length] == input[position + length] { length += 1 }
                    if length > bestLength {
                        bestLength = length
                        bestDistance = position - candidate
                        if length == limit { break }
                    }
                    let next = previous[candidate & (windowSize - 1)]
                    guard next < candidate else { break }
                    candidate = next
                    chain -= 1
                }
            }
            if bestLength >= minMatch {
                writer.writeLength(bestLength)
                writer.writeDistance(bestDistance)
                for index in position..<(position + bestLength) { insert(index) }
                position += bestLength
            } else {
                writer.writeLiteral(Int(input[position]))
                insert(position)
                position += 1
            }
        }
        writer.writeLiteral(256)  // end of block
        return writer.finish()
    }

    private static let windowSize = 32_768
    private static let hashSize = 1 << 15
    private static let minMatch = 3
    private static let maxMatch = 258
    private static let maxChain = 64

    private static func hashOf(_ input: [UInt8], at index: Int) -> Int {
        let value = Int(input[index]) << 16 | Int(input[index + 1]) << 8 | Int(input[index + 2])
        return ((value &* 2_654_435_761) >> 17) & (hashSize - 1)
    }
}

/// Packs bits least-significant first, as DEFLATE requires, with Huffman codes bit-reversed.
private struct BitWriter {
    private var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var count = 0

    mutating func write(_ value: Int, bits: Int) {
        buffer |= UInt64(value) << UInt64(count)
        count += bits
        while count >= 8 {
            bytes.append(UInt8(buffer & 0xFF))
            buffer >>= 8
            count -= 8
        }
    }

    /// Writes a Huffman code, whose bits DEFLATE stores most-significant first.
    mutating func writeCode(_ code: Int, bits: Int) {
        var reversed = 0
        for bit in 0..<bits { reversed |= ((code >> bit) & 1) << (bits - 1 - bit) }
        write(reversed, bits: bits)
    }

    /// Writes a literal byte or the end-of-block symbol 256 in the fixed literal/length code.
    mutating func writeLiteral(_ symbol: Int) {
        switch symbol {
        case 0...143: writeCode(0x30 + symbol, bits: 8)
        case 144...255: writeCode(0x190 + symbol - 144, bits: 9)
        case 256...279: writeCode(symbol - 256, bits: 7)
        default: writeCode(0xC0 + symbol - 280, bits: 8)
        }
    }

    mutating func writeLength(_ length: Int) {
        let index = Self.lastIndex(in: DeflateTables.lengthBases, notAbove: length)
        writeLiteral(257 + index)
        write(length - DeflateTables.lengthBases[index], bits: DeflateTables.lengthExtraBits[index])
    }

    mutating func writeDistance(_ distance: Int) {
        let index = Self.lastIndex(in: DeflateTables.distanceBases, notAbove: distance)
        writeCode(index, bits: 5)
        write(distance - DeflateTables.distanceBases[index], bits: DeflateTables.distanceExtraBits[index])
    }

    mutating func finish() -> [UInt8] {
        if count > 0 { bytes.append(UInt8(buffer & 0xFF)) }
        buffer = 0
        count = 0
        return bytes
    }

    private static func lastIndex(in bases: [Int], notAbove value: Int) -> Int {
        var index = bases.count - 1
        while bases[index] > value { index -= 1 }
        return index
    }
}
