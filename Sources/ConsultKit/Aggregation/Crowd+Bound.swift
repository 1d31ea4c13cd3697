extension Crowd {
    /// Where a full sample's last entry comes, with its names as indexes in a ``Names`` table: what a
    /// respondent is compared with to be kept or turned away, for every row and group.
    ///
    /// Turning a respondent away is what happens almost every time, and almost always on the row number
    /// alone, the names being the same. Comparing the samples themselves copied each one out of its array
    /// (retaining its entries and names) and compared the names byte by byte; a bound holds no references,
    /// so it is read and compared as a few integers, and names are compared as strings only when they
    /// differ.
    struct Bound: Sendable {
        /// The names of ``Sample/Order/first``, ``Sample/Order/second`` and ``Sample/Order/source``, or
        /// -1 in `first` while the sample is not full (and takes everyone).
        var first: Int32 = -1
        var second: Int32 = -1
        var source: Int32 = -1
        var row = 0

        /// The bound of an empty sample, which takes everyone.
        init() {}

        /// The bound of `sample`, its names entered in `names`.
        init(_ sample: Sample, names: inout Names) {
            guard sample.entries.count >= Crowd.sampleSize, let last = sample.entries.last else { return }
            first = names.id(last.order.first)
            second = names.id(last.order.second)
            source = names.id(last.order.source)
            row = last.order.row
        }

        /// Whether a respondent in the position given (names as ids in `names`) comes before this bound:
        /// the order of ``Sample/Order``, by name, then file, then row.
        @inline(__always)
        func admits(first: Int32, second: Int32, source: Int32, row: Int, names: Names) -> Bool {
            guard self.first >= 0 else { return true }
            if self.first != first { return names[first] < names[self.first] }
            if self.second != second { return names[second] < names[self.second] }
            if self.source != source { return names[source] < names[self.source] }
            return row < self.row
        }
    }

    /// Names, each with an index: equal names (as Swift compares them) share one.
    struct Names: Sendable {
        private var ids: [String: Int32] = ["": 0]
        private var names = [""]

        /// The index of `name`, entered if it is new. The empty name is 0.
        mutating func id(_ name: String) -> Int32 {
            if let id = ids[name] { return id }
            let id = Int32(names.count)
            ids[name] = id
            names.append(name)
            return id
        }

        /// The name entered as `id`.
        subscript(id: Int32) -> String { names[Int(id)] }
    }
}
