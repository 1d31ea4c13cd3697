/// Respondents who share something a document describes: an answer on one side of a question, a theme
/// raised in it, a late submission. Those kept whole are listed in document order; the rest are counted.
struct Cohort: Sendable {
    /// Positions in ``Analysis/Groups/pool`` of the respondents kept whole, in the order documents list them.
    var members: [Int32] = []
    /// Everyone in the cohort, including members of the public who are only counted.
    var count = 0
    /// How many asked not to be quoted (publish: no).
    var unquotable = 0
    /// Respondents per theme id raised anywhere in their response (kept only where a document needs it).
    var themes: [String: Int] = [:]

    var isEmpty: Bool { count == 0 }
}
