import Testing

@testable import ConsultKit

@Suite struct ThemeMatcherTests {
    /// The ids of the themes raised in `text`, in order of first appearance.
    private func raised(_ text: String, themes: [Theme] = Fixture.themes) -> [String] {
        ThemeMatcher(themes: themes).hits(in: text).map { themes[$0.theme].id }
    }

    private func sentences(_ text: String, themes: [Theme] = Fixture.themes) -> [String] {
        ThemeMatcher(themes: themes).hits(in: text).map(\.sentence)
    }

    private func theme(_ phrases: String...) -> [Theme] {
        [Theme(id: "t", label: "T", phrases: phrases)]
    }

    @Test func aPlainPhraseMatchesOnlyTheWholeWord() {
        #expect(raised("We would lose the veto.") == ["veto"])
        #expect(raised("VETO powers matter") == ["veto"])
        #expect(raised("The plan was vetoed twice.") == [])
        #expect(raised("Vetoes are rare.") == [])
        #expect(raised("antiveto campaigners") == [])
    }

    @Test func aPhraseInsideALongerWordDoesNotMatch() {
        #expect(raised("We have been careful.") == [])
        #expect(raised("Our carers are tired.") == [])
        #expect(raised("Healthcare is stretched.") == [])
        #expect(raised("Care matters.") == ["social-care"])
        #expect(raised("We need more care-workers.") == ["social-care"])
    }

    @Test func aTrailingStarMatchesAnyEndingOfTheLastWord() {
        #expect(raised("Accountability matters.") == ["accountability"])
        #expect(raised("They must be Accountable.") == ["accountability"])
        #expect(raised("accountab") == ["accountability"])
        #expect(raised("Nobody is unaccountable.") == [])
        #expect(raised("An accountant will check.") == [])
    }

    @Test func aHyphenatedPhraseMatchesWithAHyphenOrASpace() {
        #expect(raised("This is a top-down plan.") == ["top-down"])
        #expect(raised("This is a top down plan.") == ["top-down"])
        #expect(raised("This is a Top-Down plan.") == ["top-down"])
        #expect(raised("This is a topdown plan.") == [])
        #expect(raised("From the top, down it went.") == ["top-down"])
    }

    @Test func aMultiWordPhraseNeedsItsWordsInOrderAndTogether() {
        #expect(raised("They must be answerable to local people.") == ["accountability"])
        #expect(raised("They must be answerable to localities.") == ["accountability"])
        #expect(raised("They must be answerable to the local people.") == [])
        #expect(raised("Local people, answerable to nobody.") == [])
        #expect(raised("two  words   apart", themes: theme("two words")) == ["t"])
        #expect(raised("two things: words", themes: theme("two words")) == [])
    }

    @Test func aPhraseStartingInsideAnotherPartialMatchIsFound() {
        // "a b" has started when the second "a" arrives; the matcher must still start again there.
        #expect(raised("a b a b c", themes: theme("a b c")) == ["t"])
        #expect(raised("local local government", themes: theme("local government")) == ["t"])
    }

    @Test func overlappingPhrasesOfDifferentThemesAreAllFound() {
        let themes = [
            Theme(id: "government", label: "Government", phrases: ["local government"]),
            Theme(id: "funding", label: "Funding", phrases: ["government funding"]),
            Theme(id: "local", label: "Local", phrases: ["local*"]),
        ]
        #expect(raised("Local government funding is short.", themes: themes) == ["local", "government", "funding"])
    }

    @Test func eachThemeIsRaisedOnceWithItsFirstSentence() {
        let text = "The veto matters. Care homes are full. We repeat: keep the veto."
        let hits = ThemeMatcher(themes: Fixture.themes).hits(in: text)
        #expect(hits.map { Fixture.themes[$0.theme].id } == ["veto", "social-care"])
        #expect(hits.map(\.sentence) == ["The veto matters.", "Care homes are full."])
    }

    @Test func keepsTheExactSentenceThatRaisedTheTheme() {
        #expect(
            sentences("First, we agree. But we worry about accountability in the new body! What then?")
                == ["But we worry about accountability in the new body!"])
        #expect(sentences("Accountability first. Then the rest.") == ["Accountability first."])
        #expect(sentences("The end is near, and so is the veto") == ["The end is near, and so is the veto"])
        #expect(sentences("One paragraph.\n\nA second, about care.\nAnd a third line.") == ["A second, about care."])
        #expect(sentences("Costs rose by 2.5 per cent. The veto stays.") == ["The veto stays."])
    }

    @Test func keepsTheWholeSentenceWhenTheParagraphIsWrapped() {
        // Markdown paragraphs are often wrapped by the editor; a line break inside one does not end a sentence.
        #expect(
            sentences(
                "We agree with the aims. Our worry is that the\nnew body will not be accountable to\nresidents. Nothing else."
            )
                == ["Our worry is that the new body will not be accountable to residents."])
        #expect(
            sentences("Two points:\n- the veto\n- social care funding") == ["- the veto", "- social care funding"])
        #expect(sentences("Our view:\n1. Keep the veto\n2. Fund care") == ["Keep the veto", "Fund care"])
        #expect(sentences("About the\n\nveto") == ["veto"])
    }

    @Test func punctuationOutsideASCIIIsAWordBoundary() {
        // Text pasted from word processors has curly apostrophes, dashes and non-breaking spaces.
        #expect(raised("The council’s veto’s loss.") == ["veto"])
        #expect(raised("We keep the veto—for now.") == ["veto"])
        #expect(raised("A top\u{00A0}down plan.") == ["top-down"])
        #expect(raised("“Accountability” matters.") == ["accountability"])
        #expect(sentences("It’s about the veto — nothing else. Done.") == ["It’s about the veto — nothing else."])
    }

    @Test func lettersOutsideASCIIArePartOfTheWord() {
        #expect(raised("the café", themes: theme("caf")) == [])
        #expect(raised("the café", themes: theme("caf*")) == ["t"])
        #expect(raised("the café is open", themes: theme("café")) == ["t"])
    }

    @Test func findsNothingWithoutPhrasesOrText() {
        #expect(raised("") == [])
        #expect(raised("Some text.", themes: []) == [])
        #expect(raised("Some text.", themes: [Theme(id: "empty", label: "Empty")]) == [])
    }

    @Test func skipsPhrasesTheReaderRejects() {
        #expect(raised("veto and the other", themes: theme("ve*to", "other")) == ["t"])
    }
}
