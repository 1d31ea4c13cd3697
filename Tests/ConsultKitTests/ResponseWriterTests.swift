import Foundation
import Testing

@testable import ConsultKit

@Suite struct ResponseWriterTests {
    @Test func whatItWritesReadsBackTheSame() throws {
        var response = Fixture.response(
            "St Mary's Trust", type: "trust", place: "south", submitted: "2021-01-03", publish: .anonymous,
            answers: ["q1": "agree", "option": "option-2"],
            texts: ["q1": "We agree.\n\nWith one condition.", "comments": "Thank you."],
            concerns: ["q1": ["veto", "top-down"]])
        response.contact = "clerk@example.org"
        response.answers["q1"]?.conditional = true
        response.answers["option"]?.inferred = true
        response.answers["option"]?.confidence = .high
        response.answers["option"]?.evidence = ["We prefer a statutory body."]
        let text = ResponseWriter.markdown(response, questionnaire: Fixture.questionnaire(), guessed: ["place"])
        let intake = Fixture.read(text)
        #expect(intake.diagnostics.isEmpty)
        var read = try #require(intake.responses.first)
        #expect(read.questionnaire == "test-consultation")
        read.questionnaire = nil
        read.source = response.source
        read.line = response.line
        read.submittedLine = response.submittedLine
        for id in read.answers.keys { read.answers[id]?.line = 0 }
        #expect(read == response)
    }

    @Test func keepsCommentsAndFrontMatterOnOneLine() {
        var questionnaire = Fixture.questionnaire()
        questionnaire.questions[0].text = "Is this -- really\nthe question?"
        questionnaire.questions[0].limit = 500
        let response = Fixture.response("North\nTown", type: "council")
        let text = ResponseWriter.markdown(response, questionnaire: questionnaire)
        #expect(
            text.hasPrefix(
                "---\nrespondent: North Town\ntype: council\nplace: \nsubmitted: \ncontact: \npublish: yes\n"))
        #expect(
            text.contains(
                "## q1\n<!-- Q1. Is this – really the question?\n     Answers: strongly-agree, agree, neutral, disagree, dont-know\n     The online form takes up to 500 characters. -->\nanswer: \nconcerns: \n"
            ))
        #expect(text.contains("## comments\n<!-- Other comments. Anything else? -->\nconcerns: \n"))
    }
}
