/// A counted respondent: their response and what was found in it.
public struct Record: Sendable, Hashable {
    /// The response.
    public var response: Response
    /// Whether it arrived after the feedback deadline.
    public var late: Bool
    /// The themes raised, once per question: listed under `concerns:` or found in the text.
    public var mentions: [Mention]
    /// The position in ``Summary/campaigns`` of the campaign whose wording the response used, if any:
    /// documents quote one member of a campaign at most once in a list.
    public var campaign: Int? = nil

    /// A theme raised in one question's answer.
    public struct Mention: Sendable, Hashable {
        /// The theme id.
        public var theme: String
        /// The question id.
        public var question: String
        /// The sentence that raised it, when it was found in the text.
        public var sentence: String?
    }

    /// The theme ids raised anywhere in the response, each once, in order of first mention.
    public var themes: [String] {
        var seen: Set<String> = []
        return mentions.map(\.theme).filter { seen.insert($0).inserted }
    }

    /// The name to print for this respondent in documents, or `nil` when they must not be named.
    public var publicName: String? {
        response.publish == .yes && !response.isPublic ? response.respondent : nil
    }

    /// How to attribute a quote: the organisation, "a local authority respondent", "a member of the public",
    /// or `nil` when the respondent must not be quoted at all.
    public func attribution(typeLabel: String) -> String? {
        if response.publish == .no { return nil }
        if response.isPublic { return "a member of the public" }
        if response.publish == .anonymous {
            return Grammar.indefinite(typeLabel.lowercasedFirstWordUnlessAcronym() + " respondent")
        }
        return response.respondent
    }
}
