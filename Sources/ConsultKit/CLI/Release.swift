import Foundation

/// Lets go of large values off the calling thread.
///
/// A national export leaves hundreds of thousands of small values behind; freeing them takes longer than
/// printing the result, and a command is about to end, so the last references are dropped on a background
/// thread while the caller returns.
enum Release {
    static func inBackground<Value: Sendable>(_ value: Value) {
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
    }
}
