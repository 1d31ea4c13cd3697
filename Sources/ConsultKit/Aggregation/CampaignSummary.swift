/// A group of responses that used the wording of a single campaign.
public struct CampaignSummary: Sendable, Hashable, Codable {
    /// How many responses used the wording.
    public var size: Int
    /// The respondents who may be named (members of the public and unpublished respondents are not).
    public var respondents: [String]
    /// The campaign's text, as one of its members wrote it.
    public var text: String

    /// The start of the campaign's text on one line, cut at a word boundary after at most `limit`
    /// characters, with an ellipsis when cut.
    public func opening(limit: Int) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").shortened(to: limit)
    }

    /// Creates a campaign summary.
    public init(size: Int, respondents: [String], text: String) {
        self.size = size
        self.respondents = respondents
        self.text = text
    }
}
