import Foundation

extension Data {
    /// Calls `body` with the data's bytes as typed bytes indexed from zero, whatever the data's own
    /// indices are, without copying (a memory-mapped file stays mapped).
    func withByteBuffer<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeBytes { raw in body(raw.assumingMemoryBound(to: UInt8.self)) }
    }
}
