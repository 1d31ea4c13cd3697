import Testing

@testable import ConsultKit

@Suite struct LimitCutterTests {
    @Test func leavesShortTextAlone() {
        let cut = LimitCutter.cut("We agree. Strongly.", limit: 100)
        #expect(cut.text == "We agree. Strongly.")
        #expect(!cut.wasCut)
    }

    @Test func cutsAtTheLastSentenceThatFits() {
        let text = "First sentence here. Second sentence is longer than that. Third."
        let cut = LimitCutter.cut(text, limit: 50)
        #expect(cut.text == "First sentence here.")
        #expect(cut.sentencesRemoved == 2)
        #expect(cut.originalLength == text.count)
    }

    @Test func keepsParagraphBreaksBetweenKeptSentences() {
        let cut = LimitCutter.cut("One. Two.\n\nThree. Four is the one that will not fit in.", limit: 20)
        #expect(cut.text == "One. Two.\n\nThree.")
    }

    @Test func cutsAnOverlongFirstSentenceAtAWord() {
        let cut = LimitCutter.cut("This single sentence goes on and on without a stop", limit: 20)
        #expect(cut.text == "This single…")
        #expect(cut.text.count <= 20)
    }

    @Test func submissionWarnsWhatWasCut() throws {
        var questionnaire = Fixture.questionnaire()
        questionnaire.questions[0].limit = 60
        let long = (1...12).map { "Sentence number \($0) about local accountability." }.joined(separator: " ")
        let analysis = Fixture.analysis(
            [Fixture.response("A", answers: ["q1": "agree"], texts: ["q1": long])], questionnaire: questionnaire)
        let composer = Composer(analysis: analysis)
        let (text, warnings) = composer.submissionText()
        #expect(warnings.count == 1)
        let message = try #require(warnings.first?.message)
        #expect(message.hasPrefix("q1: the answer text has "))
        #expect(message.contains("more than the form's limit of 60; it was cut to "))
        #expect(text.contains("Answer text ("))
    }
}
