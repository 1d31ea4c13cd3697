import Testing

@testable import ConsultKit

@Suite struct GrammarTests {
    @Test func countsInWordsBelowTen() {
        #expect(Grammar.count(0, "error") == "no errors")
        #expect(Grammar.count(1, "response") == "one response")
        #expect(Grammar.count(9, "warning") == "nine warnings")
        #expect(Grammar.count(15, "response") == "15 responses")
        #expect(Grammar.count(2, "body", "bodies") == "two bodies")
    }

    @Test func choosesAOrAn() {
        #expect(Grammar.indefinite("local authority respondent") == "a local authority respondent")
        #expect(Grammar.indefinite("NHS trust respondent") == "an NHS trust respondent")
        #expect(Grammar.indefinite("integrated care system respondent") == "an integrated care system respondent")
        #expect(Grammar.indefinite("CCG respondent") == "a CCG respondent")
    }

    @Test func listsAndCapitalises() {
        #expect(Grammar.list([]) == "")
        #expect(Grammar.list(["A"]) == "A")
        #expect(Grammar.list(["A", "B", "C"]) == "A, B and C")
        #expect(Grammar.capitalised("two late") == "Two late")
        #expect("Local authority".lowercasedFirstWordUnlessAcronym() == "local authority")
        #expect("NHS trust".lowercasedFirstWordUnlessAcronym() == "NHS trust")
    }
}
