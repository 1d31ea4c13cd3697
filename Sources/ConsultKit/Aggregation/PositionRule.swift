/// How a question's weighted shares become a position and a strength.
///
/// The side with the largest weighted share is the position. A share of 0.75 or more is a
/// `consensus`, more than 0.5 a `majority`; anything less (or a tie) means partners are `divided`.
public enum PositionRule {
    /// The share at or above which the leading side is a consensus.
    public static let consensus = 0.75
    /// The share above which the leading side is a majority.
    public static let majority = 0.5

    /// How strongly respondents hold the leading position.
    public enum Strength: String, Sendable, Hashable, Codable {
        case consensus, majority, divided
        /// No respondent chose a side.
        case none
    }

    /// The position and strength for weighted totals per side (sides in scale order, ties go to `divided`).
    public static func position(weights: [(side: String, weight: Double)]) -> (
        position: String, strength: Strength, share: Double
    ) {
        let total = weights.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return ("none", .none, 0) }
        let sorted = weights.sorted { $0.weight > $1.weight }
        guard let top = sorted.first else { return ("none", .none, 0) }
        let share = top.weight / total
        let tied = sorted.count > 1 && abs(sorted[1].weight - top.weight) < 1e-9
        let epsilon = 1e-9
        if !tied, share + epsilon >= consensus { return (top.side, .consensus, share) }
        if !tied, share > majority + epsilon { return (top.side, .majority, share) }
        return ("divided", .divided, share)
    }
}
