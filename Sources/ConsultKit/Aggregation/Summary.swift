/// Where respondents stand: the figures behind `consult summary` and every composed document.
///
/// Encoded as JSON with sorted keys, it is `summary.json`.
public struct Summary: Sendable, Hashable, Codable {
    /// The questionnaire id.
    public var questionnaire: String
    /// The type and place the figures were limited to, if any.
    public var selection: Selection
    /// Respondents counted (after superseded responses are set aside).
    public var respondents: Int
    /// Responses set aside because the same organisation submitted again.
    public var superseded: Int
    /// Counted respondents who submitted after the feedback deadline.
    public var late: Int
    /// Counted respondents per stakeholder type id.
    public var byType: [String: Int]
    /// Counted respondents per place id (`unspecified` for none).
    public var byPlace: [String: Int]
    /// One entry per question with an answer scale, in questionnaire order.
    public var questions: [QuestionSummary]
    /// Themes raised by at least one respondent, most raised first.
    public var themes: [ThemeSummary]
    /// Answers inferred from letters and not yet confirmed by an officer.
    public var unconfirmedInferred: Int
    /// What each survey export contributed.
    public var exports: [ExportReport]
    /// Groups of responses that used the wording of a single campaign, largest first. Their members are
    /// counted one each in every other figure.
    public var campaigns: [CampaignSummary]
    /// Every problem found while reading.
    public var problems: [Diagnostic]

    /// A filter on respondents.
    public struct Selection: Sendable, Hashable, Codable {
        /// A stakeholder type id, or `nil` for all.
        public var type: String?
        /// A place id, or `nil` for all.
        public var place: String?

        /// Creates a selection.
        public init(type: String? = nil, place: String? = nil) {
            self.type = type
            self.place = place
        }

        /// Whether the selection lets every respondent through.
        public var isEverything: Bool { type == nil && place == nil }
    }
}

/// The figures for one question.
public struct QuestionSummary: Sendable, Hashable, Codable {
    /// The question id.
    public var id: String
    /// Respondents per answer id (every answer on the scale, including zeros; `unrecognised` when any).
    public var counts: [String: Int]
    /// Respondents who gave no answer.
    public var unanswered: Int
    /// Weighted shares per side, rounded to two decimal places; side `none` and unanswered are left out.
    public var shares: [String: Double]
    /// The leading side, or `divided`, or `none` when no respondent chose a side.
    public var position: String
    /// How strongly the position is held.
    public var strength: PositionRule.Strength
    /// Respondents per side who attached conditions to their answer.
    public var conditional: [String: Int]
    /// Respondents per stakeholder type id, then per answer id.
    public var byType: [String: [String: Int]]
    /// Respondents per place id, then per answer id.
    public var byPlace: [String: [String: Int]]
}

/// The figures for one theme.
public struct ThemeSummary: Sendable, Hashable, Codable {
    /// The theme id.
    public var id: String
    /// Respondents who raised the theme (each counted once).
    public var respondents: Int
    /// The organisations that raised it and may be named, sorted.
    public var organisations: [String]
    /// Respondents who raised it but are not named (publish: no or anonymous, and members of the public).
    public var unnamed: Int
    /// Respondents who raised it, per question id.
    public var questions: [String: Int]
}
