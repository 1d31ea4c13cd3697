import Testing

@testable import ConsultKit

/// Answers coded from letters are counted like any other, and the consolidated response says how many
/// were inferred and how many an officer has still to confirm.
@Suite struct InferredAnswersReportTests {
    static func markdown(_ responses: [Response]) -> String {
        var intake = Intake()
        intake.questionnaire = Letters.questionnaire
        intake.responses = responses
        let analysis = Analysis(questionnaire: Letters.questionnaire, intake: intake)
        return MarkdownRenderer().render(Composer(analysis: analysis).document())
    }

    static func response(_ name: String, _ answers: [Answer]) -> Response {
        Response(
            source: "\(name).md", respondent: name, type: "local-authority",
            answers: Dictionary(uniqueKeysWithValues: answers.map { ($0.question, $0) }))
    }

    static let coded = [
        response(
            "Ashby Council",
            [
                Answer(
                    question: "q1", choice: "agree", conditional: true, inferred: true, confidence: .high,
                    evidence: ["We agree."]),
                Answer(
                    question: "option", choice: "option-1", inferred: false, confidence: .medium,
                    evidence: ["We prefer Option 1."]),
            ]),
        response(
            "Brayford Council",
            [
                Answer(question: "q1", choice: "agree", inferred: true, confidence: .medium, evidence: ["We agree."])
            ]),
        response("Carlow Council", [Answer(question: "q1", choice: "disagree")]),
    ]

    @Test func theMethodNoteCountsInferredAndUnconfirmedAnswers() {
        let text = Self.markdown(Self.coded)
        #expect(
            text.contains(
                "**Answers read from letters.** Three answers were inferred from letters and e-mails rather than given on the form; two have not yet been confirmed by an officer."
            ))
    }

    @Test func theMethodNoteSaysWhenEveryInferredAnswerIsConfirmed() {
        var confirmed = Self.coded
        for index in confirmed.indices {
            for key in confirmed[index].answers.keys { confirmed[index].answers[key]?.inferred = false }
        }
        #expect(
            Self.markdown(confirmed).contains(
                "**Answers read from letters.** Three answers were inferred from letters and e-mails rather than given on the form; an officer has confirmed each of them."
            ))
    }

    @Test func theMethodNoteSaysWhenNoneIsConfirmed() {
        let one = [
            Self.response("Ashby Council", [Answer(question: "q1", choice: "agree", inferred: true, confidence: .low)])
        ]
        #expect(
            Self.markdown(one).contains(
                "**Answers read from letters.** One answer was inferred from letters and e-mails rather than given on the form; it has not yet been confirmed by an officer."
            ))
    }

    @Test func theNoteIsLeftOutWhenNothingWasInferred() {
        #expect(
            !Self.markdown([Self.response("Carlow Council", [Answer(question: "q1", choice: "agree")])]).contains(
                "Answers read from letters"))
    }

    @Test func theTallyShowsAgreementWithConditionsApart() {
        let text = Self.markdown(Self.coded).split(separator: " ", omittingEmptySubsequences: true).joined(
            separator: " ")
        #expect(text.contains("| Answer | Respondents | Of which with conditions |"))
        #expect(text.contains("| Agree | 2 | 1 |"))
    }
}
