/// A DEFLATE decompressor (RFC 1951) for stored, fixed-Huffman and dynamic-Huffman blocks.
///
/// Modelled on Mark Adler's `puff`: canonical Huffman codes are decoded a bit at a time, which is
/// slower than zlib's tables but short enough to check by eye, and fast enough for Word documents.
struct Inflate {
    private let input: [UInt8]
    private var position = 0
    private var bitBuffer = 0
    private var bitCount = 0
    private var output: [UInt8] = []

    /// Decompresses a raw DEFLATE stream (no zlib or gzip header).
    ///
    /// - Parameter expectedSize: the decompressed size, when known, to reserve space up front.
    /// - Throws: ``InflateError`` when the stream is cut short or is not valid DEFLATE.
    static func decompress(_ input: [UInt8], expectedSize: Int = 0) throws(InflateError) -> [UInt8] {
        var inflate = Inflate(input: input)
        inflate.output.reserveCapacity(expectedSize)
        var isFinal = false
        while !isFinal {
            isFinal = try inflate.bits(1) == 1
            switch try inflate.bits(2) {
            case 0: try inflate.storedBlock()
            case 1: try inflate.codes(literals: fixedLiterals, distances: fixedDistances)
            case 2: try inflate.dynamicBlock()
            default: throw .invalidBlockType
            }
        }
        return inflate.output
    }

    private init(input: [UInt8]) {
        self.input = input
    }

    private static let fixedLiterals = HuffmanCode(lengths: DeflateTables.fixedLiteralLengths)
    private static let fixedDistances = HuffmanCode(lengths: DeflateTables.fixedDistanceLengths)
    /// The order in which a dynamic block lists the code lengths of its code-length code.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private mutating func bits(_ count: Int) throws(InflateError) -> Int {
        while bitCount < count {
            guard position < input.count else { throw .truncated }
            bitBuffer |= Int(input[position]) << bitCount
            position += 1
            bitCount += 8
        }
        let value = bitBuffer & ((1 << count) - 1)
        bitBuffer >>= count
        bitCount -= count
        return value
    }

    private mutating func storedBlock() throws(InflateError) {
        bitBuffer = 0
        bitCount = 0
        guard position + 4 <= input.count else { throw .truncated }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch }
        position += 4
        guard position + length <= input.count else { throw .truncated }
        output += input[position..<(position + length)]
        position += length
    }

    private mutating func dynamicBlock() throws(InflateError) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .invalidCodeLengths("too many codes") }

        var codeLengthLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            codeLengthLengths[Self.codeLengthOrder[index]] = try bits(3)
        }
        let codeLengthCode = HuffmanCode(lengths: codeLengthLengths)
        guard codeLengthCode.left == 0 else { throw .invalidCodeLengths("incomplete code-length code") }

        var lengths: [Int] = []
        let total = literalCount + distanceCount
        while lengths.count < total {
            let symbol = try decode(codeLengthCode)
            var repeatedLength = 0
            var repeatCount = 0
            switch symbol {
            case 0...15:
                lengths.append(symbol)
                continue
            case 16:
                guard let last = lengths.last else { throw .invalidCodeLengths("repeat with no previous length") }
                repeatedLength = last
                repeatCount = 3 + (try bits(2))
            case 17: repeatCount = 3 + (try bits(3))
            default: repeatCount = 11 + (try bits(7))
            }
            guard lengths.count + repeatCount <= total else { throw .invalidCodeLengths("too many lengths") }
            lengths += repeatElement(repeatedLength, count: repeatCount)
        }
        guard lengths[256] != 0 else { throw .invalidCodeLengths("no end-of-block code") }

        let literals = HuffmanCode(lengths: Array(lengths[0..<literalCount]))
        guard literals.isUsable(symbolCount: literalCount) else {
            throw .invalidCodeLengths("bad literal/length code")
        }
        let distances = HuffmanCode(lengths: Array(lengths[literalCount...]))
        guard distances.isUsable(symbolCount: distanceCount) else {
            throw .invalidCodeLengths("bad distance code")
        }
        try codes(literals: literals, distances: distances)
    }

    private mutating func codes(literals: HuffmanCode, distances: HuffmanCode) throws(InflateError) {
        while true {
            var symbol = try decode(literals)
            if symbol < 256 {
                output.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            symbol -= 257
            guard symbol < DeflateTables.lengthBases.count else { throw .invalidSymbol }
            let length = DeflateTables.lengthBases[symbol] + (try bits(DeflateTables.lengthExtraBits[symbol]))
            let distanceSymbol = try decode(distances)
            guard distanceSymbol < DeflateTables.distanceBases.count else { throw .invalidSymbol }
            let distance =
                DeflateTables.distanceBases[distanceSymbol]
                + (try bits(DeflateTables.distanceExtraBits[distanceSymbol]))
            guard distance <= output.count else { throw .distanceTooFar }
            let start = output.count - distance
            for offset in 0..<length {
                output.append(output[start + offset])
            }
        }
    }

    private mutating func decode(_ code: HuffmanCode) throws(InflateError) -> Int {
        var value = 0
        var first = 0
        var index = 0
        for length in 1...HuffmanCode.maxBits {
            value |= try bits(1)
            let count = code.counts[length]
            if value - count < first {
                return code.symbols[index + value - first]
            }
            index += count
            first = (first + count) << 1
            value <<= 1
        }
        throw .invalidSymbol
    }
}

/// A canonical Huffman code, stored as the number of codes of each length and the symbols in code order.
private struct HuffmanCode: Sendable {
    static let maxBits = 15
    var counts = [Int](repeating: 0, count: maxBits + 1)
    var symbols: [Int] = []
    /// Codes left unused: 0 for a complete code, negative for an over-subscribed (invalid) one.
    var left = 1

    init(lengths: [Int]) {
        for length in lengths { counts[length] += 1 }
        for length in 1...Self.maxBits {
            left = (left << 1) - counts[length]
            if left < 0 { return }
        }
        var offsets = [Int](repeating: 0, count: Self.maxBits + 1)
        for length in 1..<Self.maxBits { offsets[length + 1] = offsets[length] + counts[length] }
        symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
    }

    /// Whether a dynamic block may use the code: complete, or incomplete with only one code in it.
    func isUsable(symbolCount: Int) -> Bool {
        left == 0 || (left > 0 && symbolCount - counts[0] == 1)
    }
}
