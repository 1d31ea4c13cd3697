/// Disjoint sets over the items `0..<count`, merged by size with path halving.
struct UnionFind: Sendable {
    private var parent: [Int32]
    private var sizes: [Int32]

    /// Creates `count` items, each in a set of its own.
    init(count: Int) {
        parent = (0..<Int32(truncatingIfNeeded: count)).map { $0 }
        sizes = [Int32](repeating: 1, count: count)
    }

    /// The number of items.
    var count: Int { parent.count }

    /// The representative of the set holding `item`.
    mutating func find(_ item: Int) -> Int {
        var current = item
        while Int(parent[current]) != current {
            let grandparent = parent[Int(parent[current])]
            parent[current] = grandparent
            current = Int(grandparent)
        }
        return current
    }

    /// Merges the sets holding `first` and `second`.
    mutating func union(_ first: Int, _ second: Int) {
        var larger = find(first)
        var smaller = find(second)
        guard larger != smaller else { return }
        if sizes[larger] < sizes[smaller] { swap(&larger, &smaller) }
        parent[smaller] = Int32(truncatingIfNeeded: larger)
        sizes[larger] += sizes[smaller]
    }

    /// The size of the set whose representative is `root`.
    func size(ofRoot root: Int) -> Int { Int(sizes[root]) }
}
