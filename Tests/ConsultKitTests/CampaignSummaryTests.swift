import Testing

@testable import ConsultKit

@Suite struct CampaignSummaryTests {
    @Test func openingJoinsWordsAndCutsAtAWord() {
        let campaign = CampaignSummary(size: 3, respondents: [], text: "  Save our\n\nlocal   hospital, now;  please ")
        #expect(campaign.opening(limit: 100) == "Save our local hospital, now; please")
        #expect(campaign.opening(limit: 24) == "Save our local…")
        #expect(campaign.opening(limit: 36) == "Save our local hospital, now; please")
        #expect(CampaignSummary(size: 3, respondents: [], text: " \n ").opening(limit: 10) == "")
    }

    /// Reading only the start of the text gives what joining every word and then cutting gives.
    @Test func openingMatchesJoiningTheWholeText() {
        let words = ["Café", "naïve", "—", "e\u{301}tude", "🇬🇧🇫🇷", "NHS,", "care;", "a", "longer-word", "x"]
        var generator = SplitMix64(state: 7)
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<Int(generator.next() % 40) {
                text += words[Int(generator.next() % UInt64(words.count))]
                text += [" ", "  ", "\n", "\t", " \r\n"][Int(generator.next() % 5)]
            }
            let limit = Int(generator.next() % 120)
            let expected = text.split(whereSeparator: \.isWhitespace).joined(separator: " ").shortened(to: limit)
            #expect(CampaignSummary(size: 3, respondents: [], text: text).opening(limit: limit) == expected)
        }
    }
}
