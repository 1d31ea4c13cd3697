import Testing

@testable import ConsultKit

@Suite struct ThemePhraseTests {
    private func words(_ phrase: String) -> [String]? {
        ThemePhrase(phrase).map { $0.words.map { String(decoding: $0, as: UTF8.self) } }
    }

    @Test func splitsIntoLowerCaseWords() {
        #expect(words("Top-Down") == ["top", "down"])
        #expect(words("  citizens' panel* ") == ["citizens", "panel"])
        #expect(words("health & wellbeing board*") == ["health", "wellbeing", "board"])
        #expect(words("café society") == ["café", "society"])
        #expect(ThemePhrase("accountab*")?.lastIsPrefix == true)
        #expect(ThemePhrase("veto")?.lastIsPrefix == false)
    }

    @Test func rejectsPhrasesWithoutWordsOrWithAMisplacedStar() {
        for phrase in ["", "   ", "*", "--", "acc*ount", "*veto", "veto *", "a**", "’"] {
            #expect(ThemePhrase(phrase) == nil, "\(phrase)")
        }
    }
}
