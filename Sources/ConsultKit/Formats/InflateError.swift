/// Why a DEFLATE stream could not be decompressed.
enum InflateError: Error, Sendable, Hashable, CustomStringConvertible {
    case truncated
    case invalidBlockType
    case storedLengthMismatch
    case invalidCodeLengths(String)
    case invalidSymbol
    case distanceTooFar

    var description: String {
        switch self {
        case .truncated: "the compressed data ends too early"
        case .invalidBlockType: "the compressed data has a block of unknown type"
        case .storedLengthMismatch: "a stored block's length does not match its check value"
        case .invalidCodeLengths(let detail): "the compressed data has a bad Huffman table (\(detail))"
        case .invalidSymbol: "the compressed data has an invalid code"
        case .distanceTooFar: "the compressed data refers back before its start"
        }
    }
}
