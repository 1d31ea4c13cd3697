extension String {
    /// How many times `needle` occurs, not overlapping.
    func occurrences(of needle: String) -> Int {
        ranges(of: needle).count
    }
}
