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
        // The text's words joined by single spaces, read only until they run past `limit` characters: a
        // campaign's text can be a whole response, and the rest cannot change where it is cut.
        var opening = ""
        var length = 0
        var spaced = false
        for character in text {
            if character.isWhitespace {
                spaced = length > 0
                continue
            }
            if spaced {
                opening.append(" ")
                length += 1
                spaced = false
            }
            opening.append(character)
            length += 1
            // A running count first, then the string's own count, which is what decides where it is cut.
            if length > limit, opening.count > limit { break }
        }
        return opening.shortened(to: limit)
    }

    /// Creates a campaign summary.
    public init(size: Int, respondents: [String], text: String) {
        self.size = size
        self.respondents = respondents
        self.text = text
    }
}
