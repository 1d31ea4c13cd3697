import Testing

@testable import ConsultKit

@Suite struct VocabularyTests {
    private let vocabulary = Vocabulary(questionnaire: Fixture.questionnaire())

    @Test func findsAQuestionByIDLabelNumberedHeadingOrItsText() {
        #expect(vocabulary.question(named: "q2")?.id == "q2")
        #expect(vocabulary.question(named: " Q2 ")?.id == "q2")
        #expect(vocabulary.question(named: "Other comments")?.id == "comments")
        #expect(vocabulary.question(named: "Q1) Do you agree")?.id == "q1")
        #expect(
            vocabulary.question(named: "Question: do you agree that the new body provides the right foundation")?.id
                == "q1")
        #expect(vocabulary.question(named: "Do you agree") == nil)
        #expect(vocabulary.question(named: "Do you agree that the new body is good?") == nil)
        #expect(vocabulary.question(named: "") == nil)
        #expect(vocabulary.question(named: "q10") == nil)
    }

    @Test func anIDBeatsALabelOrASynonym() {
        let options = [
            ScaleOption(id: "no", label: "No", side: "no"),
            ScaleOption(id: "never", label: "Never", side: "no", synonyms: ["no"]),
        ]
        #expect(options.matching("NO")?.id == "no")
        #expect(options.matching("never")?.id == "never")
        #expect(options.matching("  ") == nil)
    }

    @Test func listsForMessages() {
        #expect(Vocabulary.list([]) == "(none)")
        #expect(Vocabulary.list(["a"]) == "'a'")
        #expect(Vocabulary.list(["a", "b"]) == "'a' or 'b'")
        #expect(Vocabulary.list(["a", "b", "c"]) == "'a', 'b' or 'c'")
    }

    @Test func explainsAnUnknownDateAndPublish() {
        #expect(
            vocabulary.date(" soon ", field: "submitted")
                == .failure(
                    Vocabulary.Problem("'soon' in 'submitted' is not a date; expected YYYY-MM-DD or DD/MM/YYYY")))
        #expect(
            vocabulary.publication("perhaps")
                == .failure(Vocabulary.Problem("'perhaps' in 'publish' is not yes, no or anonymous")))
    }
}
