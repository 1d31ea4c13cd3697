/// A group of responses that used the wording of a single campaign.
public struct CampaignSummary: Sendable, Hashable, Codable {
    /// How many responses used the wording.
    public var size: Int
    /// The respondents who may be named (members of the public and unpublished respondents are not).
    public var respondents: [String]
    /// The campaign's text, as one of its members wrote it.
    public var text: String

    /// Creates a campaign summary.
    public init(size: Int, respondents: [String], text: String) {
        self.size = size
        self.respondents = respondents
        self.text = text
    }
}
