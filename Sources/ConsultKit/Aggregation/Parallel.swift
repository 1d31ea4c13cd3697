import Foundation

/// Runs two independent pieces of work at once, one on each of two cores.
enum Parallel {
    /// The results of `first` and `second`, run concurrently.
    static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let box = Box<A, B>()
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 {
                        box.setFirst(first())
                    } else {
                        box.setSecond(second())
                    }
                }
            }
        }
        return box.results()
    }

    private final class Box<A, B>: @unchecked Sendable {
        private let lock = NSLock()
        private var first: A?
        private var second: B?

        func setFirst(_ value: A) { lock.withLock { first = value } }
        func setSecond(_ value: B) { lock.withLock { second = value } }

        func results() -> (A, B) {
            lock.withLock {
                guard let first, let second else { preconditionFailure("concurrentPerform returned before both ran") }
                return (first, second)
            }
        }
    }
}
