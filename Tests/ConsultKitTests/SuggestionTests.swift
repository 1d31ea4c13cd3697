import Testing

@testable import ConsultKit

@Suite struct SuggestionTests {
    @Test func measuresEditDistance() {
        #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(Suggestion.editDistance(Array(""), Array("abc")) == 3)
        #expect(Suggestion.editDistance(Array("abc"), Array("")) == 3)
        #expect(Suggestion.editDistance(Array("same"), Array("same")) == 0)
    }

    @Test func suggestsTheClosestPlausibleName() {
        #expect(Suggestion.closest(to: "optoin-2", among: ["option-1", "option-2"]) == "option-2")
        #expect(Suggestion.closest(to: "Strongly Agre", among: ["agree", "strongly-agree"]) == "strongly-agree")
        #expect(Suggestion.closest(to: "banana", among: ["agree", "disagree"]) == nil)
        #expect(Suggestion.closest(to: "", among: ["agree"]) == nil)
        #expect(Suggestion.closest(to: "agree", among: []) == nil)
    }

    @Test func writesTheHintSentence() {
        #expect(Suggestion.hint(for: "sumary", among: ["summary", "validate"]) == " Did you mean 'summary'?")
        #expect(Suggestion.hint(for: "xyz", among: ["summary"]) == "")
    }
}
