import Foundation
import Testing

@testable import ConsultKit

@Suite struct ThemeMatcherAutomatonTests {
    static let themes = [
        Theme(
            id: "accountability", label: "Accountability",
            phrases: ["local accountability", "accountab*", "answerable to local*"]),
        Theme(id: "veto", label: "Veto", phrases: ["veto*", "right to say no"]),
        Theme(id: "boards", label: "Boards", phrases: ["health and wellbeing board*", "wellbeing board*", "hwb*"]),
        Theme(id: "place", label: "Place", phrases: ["local authority boundar*", "coterminous", "co-terminous"]),
        Theme(id: "government", label: "Government", phrases: ["local authorit*", "local government", "councils"]),
        Theme(id: "café", label: "Café", phrases: ["café culture"]),
    ]

    @Test func findsEachThemeOnceWithItsSentence() {
        let matcher = ThemeMatcher(themes: Self.themes)
        let hits = matcher.hits(
            in: "We value Local  Accountability. The VETO matters! Vetoes again. Health & wellbeing boards help.")
        #expect(
            hits == [
                ThemeMatcher.Hit(theme: 0, sentence: "We value Local  Accountability."),
                ThemeMatcher.Hit(theme: 1, sentence: "The VETO matters!"),
                ThemeMatcher.Hit(theme: 2, sentence: "Health & wellbeing boards help."),
            ])
    }

    @Test func respectsWordBoundaries() {
        let matcher = ThemeMatcher(themes: Self.themes)
        #expect(matcher.hits(in: "Unaccountable, vetoless? notcoterminous councilsx").map(\.theme) == [1])
        #expect(matcher.hits(in: "right to say nothing").isEmpty)
        #expect(matcher.hits(in: "a café culture").map(\.theme) == [5])
    }

    /// The automaton must agree with the word trie it replaced, hit for hit and offset for offset, so
    /// documents quote the same sentences.
    @Test func agreesWithTheWordTrieOnEveryText() throws {
        let trie = WordTrieMatcher(themes: Self.themes)
        let automaton = ThemeMatcher(themes: Self.themes)
        var texts = [
            "", "veto", "hwb hwbs local authority boundaries local authorities", "local local accountability",
            "answerable to locals and local government. Councils!", "health and wellbeing board and wellbeing boards",
            "co terminous, co-terminous; coterminous", "right to say no.right to say no",
        ]
        var random = SyntheticExport.SplitMix64(seed: 7)
        let pieces = [
            "local", "accountability", "accountable", "veto", "vetoes", "right", "to", "say", "no", "health", "and",
            "wellbeing", "board", "boards", "hwbs", "authority", "authorities", "boundary", "government", "councils",
            "café", "culture", "answerable", "locally", "co", "terminous", "the", "We", "LOCAL", "Health",
        ]
        let breaks = [" ", "  ", ". ", ", ", "-", "\n", "! ", "; ", " & "]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<(1 + random.below(30)) { text += random.pick(pieces) + random.pick(breaks) }
            texts.append(text)
        }
        for text in texts {
            var copy = text
            let (expected, actual) = copy.withUTF8 { (trie.firstMatches(in: $0), automaton.firstMatches(in: $0)) }
            #expect(expected.map(\.theme) == actual.map(\.theme), "\(text)")
            #expect(expected.map(\.offset) == actual.map(\.offset), "\(text)")
        }
    }
}
