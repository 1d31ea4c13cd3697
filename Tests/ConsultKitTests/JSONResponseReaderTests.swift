import Foundation
import Testing

@testable import ConsultKit

@Suite struct JSONResponseReaderTests {
    private func read(_ json: String) -> Intake {
        Fixture.read(json, kind: .json, source: "r.json")
    }

    private func messages(_ json: String) -> [String] {
        read(json).diagnostics.map(\.formatted)
    }

    @Test func readsTheSameModelAsMarkdown() throws {
        let json = """
            {"respondent": "North Town Council", "type": "Local authority", "place": "northside",
             "submitted": "04/01/2021", "contact": "clerk@example.org", "publish": "anonymous",
             "questionnaire": "test-consultation",
             "answers": {
               "q1": {"answer": "Tend to agree", "concerns": ["veto", "Local accountability"],
                      "text": "We agree, with conditions.", "conditional": true},
               "option": "option-2",
               "comments": {"text": "Nothing more."}}}
            """
        let intake = read(json)
        #expect(intake.diagnostics.isEmpty)
        let response = try #require(intake.responses.first)
        #expect(response.source == "r.json")
        #expect(response.respondent == "North Town Council")
        #expect(response.type == "council")
        #expect(response.place == "north")
        #expect(response.submitted == Day(year: 2021, month: 1, day: 4))
        #expect(response.contact == "clerk@example.org")
        #expect(response.publish == .anonymous)
        #expect(response.answers["q1"]?.choice == "agree")
        #expect(response.answers["q1"]?.concerns == ["veto", "accountability"])
        #expect(response.answers["q1"]?.text == "We agree, with conditions.")
        #expect(response.answers["q1"]?.conditional == true)
        #expect(response.answers["option"]?.choice == "option-2")
        #expect(response.answers["comments"]?.text == "Nothing more.")
    }

    @Test func readsTheShorthandUnderAnyNameForTheQuestion() throws {
        let json = """
            {"respondent": "X", "type": "council",
             "answers": {"Preferred option": "Option two", "Q1": "strongly agree", "q2": {"answer": "neutral"}}}
            """
        let intake = read(json)
        #expect(intake.diagnostics.isEmpty)
        let response = try #require(intake.responses.first)
        #expect(response.answers["option"]?.choice == "option-2")
        #expect(response.answers["q1"]?.choice == "strongly-agree")
        #expect(response.answers["q2"]?.choice == "neutral")
    }

    @Test func readsConcernsGivenAsOneString() throws {
        let json = #"{"respondent": "X", "type": "council", "answers": {"q1": {"concerns": "veto; top-down"}}}"#
        #expect(read(json).responses.first?.answers["q1"]?.concerns == ["veto", "top-down"])
    }

    @Test func readsNumbersAndBooleansAsText() throws {
        var questionnaire = Fixture.questionnaire()
        questionnaire.scales["options"]?[0].synonyms.append("1")
        questionnaire.scales["options"]?[1].synonyms.append("2")
        let json = #"{"respondent": "X", "type": "council", "publish": false, "answers": {"option": 1}}"#
        let intake = Fixture.read(json, kind: .json, source: "r.json", questionnaire: questionnaire)
        #expect(intake.diagnostics.isEmpty)
        #expect(intake.responses.first?.publish == Publication.no)
        #expect(intake.responses.first?.answers["option"]?.choice == "option-1")
        let two = #"{"respondent": "X", "type": "council", "answers": {"option": 2}}"#
        let intakeTwo = Fixture.read(two, kind: .json, source: "r.json", questionnaire: questionnaire)
        #expect(intakeTwo.responses.first?.answers["option"]?.choice == "option-2")
    }

    @Test func reportsAnUnknownAnswerAtItsPath() throws {
        let json =
            #"{"respondent": "X", "type": "council", "answers": {"option": "option-3", "q1": {"answer": "agre"}}}"#
        #expect(
            messages(json) == [
                "r.json: error: $.answers.option: unknown answer 'option-3' for option; expected one of 'option-1', 'option-2' or 'no-preference'. Did you mean 'option-1'?",
                "r.json: error: $.answers.q1.answer: unknown answer 'agre' for q1; expected one of 'strongly-agree', 'agree', 'neutral', 'disagree' or 'dont-know'. Did you mean 'agree'?",
            ])
        #expect(read(json).responses.first?.answers["q1"]?.unrecognised == "agre")
    }

    @Test func reportsAnUnknownConcernAtItsPath() {
        let json = #"{"respondent": "X", "type": "council", "answers": {"q2": {"concerns": ["vetoo"]}}}"#
        #expect(
            messages(json) == [
                "r.json: error: $.answers.q2.concerns: unknown concern 'vetoo'; concerns are theme ids such as 'accountability', 'veto', 'top-down' or 'social-care'. Did you mean 'veto'?"
            ])
    }

    @Test func reportsAFreeTextAnswerAtItsPath() {
        let json = #"{"respondent": "X", "type": "council", "answers": {"comments": "agree"}}"#
        #expect(
            messages(json) == [
                "r.json: warning: $.answers.comments: comments is a free-text question and takes no 'answer'; the text 'agree' is kept with the comments"
            ])
    }

    @Test func reportsAnUnknownQuestion() {
        let json = #"{"respondent": "X", "type": "council", "answers": {"q9": "agree"}}"#
        #expect(
            messages(json) == [
                "r.json: error: $.answers.q9: unknown question; expected one of 'q1', 'q2', 'option' or 'comments'"
            ])
    }

    @Test func reportsAnAnswerOfTheWrongShape() {
        let json = #"{"respondent": "X", "type": "council", "answers": {"q1": ["agree"]}}"#
        #expect(
            messages(json) == [
                "r.json: error: $.answers.q1: expected an answer or an object with 'answer' and 'text'"
            ])
    }

    @Test func reportsAnswersThatAreNotAnObject() {
        let json = #"{"respondent": "X", "type": "council", "answers": ["agree"]}"#
        #expect(messages(json) == ["r.json: error: $.answers: expected an object keyed by question id"])
    }

    @Test func anUnknownTypeMeansTheResponseIsNotCounted() {
        let intake = read(#"{"respondent": "X", "type": "counsil", "answers": {"q1": "agree"}}"#)
        #expect(intake.responses.isEmpty)
        #expect(
            intake.diagnostics.map(\.formatted) == [
                "r.json: error: $.type: unknown stakeholder type 'counsil'; expected one of 'council', 'trust' or 'public'. Did you mean 'council'? The response is not counted."
            ])
    }

    @Test func aMissingTypeMeansTheResponseIsNotCounted() {
        let intake = read(#"{"respondent": "X", "answers": {"q1": "agree"}}"#)
        #expect(intake.responses.isEmpty)
        #expect(
            intake.diagnostics.map(\.formatted) == [
                "r.json: error: $.type: missing required field 'type'; the response is not counted"
            ])
    }

    @Test func aMissingRespondentMeansTheResponseIsNotCounted() {
        let intake = read(#"{"type": "council"}"#)
        #expect(intake.responses.isEmpty)
        #expect(
            intake.diagnostics.map(\.formatted) == [
                "r.json: error: $.respondent: missing required field 'respondent'; the response is not counted"
            ])
    }

    @Test func reportsABadDateAndAnUnknownPlaceAtTheirPaths() throws {
        let json = #"{"respondent": "X", "type": "council", "place": "Eastside", "submitted": "2021-13-01"}"#
        #expect(
            messages(json) == [
                "r.json: error: $.place: unknown place 'Eastside'; expected one of 'North Town' or 'South Town'.",
                "r.json: error: $.submitted: '2021-13-01' in 'submitted' is not a date; expected YYYY-MM-DD or DD/MM/YYYY",
            ])
        #expect(read(json).responses.count == 1)
    }

    @Test func warnsAboutAnUnknownField() {
        let json = #"{"respondent": "X", "type": "council", "organisation": "North"}"#
        #expect(messages(json) == ["r.json: warning: $.organisation: unknown field is ignored"])
    }

    @Test func reportsAFieldThatIsNotText() {
        let json = #"{"respondent": ["X"], "type": "council"}"#
        #expect(
            messages(json) == [
                "r.json: error: $.respondent: expected text",
                "r.json: error: $.respondent: missing required field 'respondent'; the response is not counted",
            ])
    }

    @Test func rejectsInvalidJSON() throws {
        let intake = read(#"{"respondent": "X", "type": "council""#)
        #expect(intake.responses.isEmpty)
        let found = intake.diagnostics.map(\.formatted)
        try #require(found.count == 1)
        #expect(found[0].hasPrefix("r.json: error: this is not valid JSON ("))
    }

    @Test func readsAFileWithAByteOrderMark() {
        let json = #"{"respondent": "X", "type": "council", "answers": {"q1": "agree"}}"#
        let intake = Fixture.read(Data([0xEF, 0xBB, 0xBF]) + Data(json.utf8), kind: .json, source: "r.json")
        #expect(intake.diagnostics.isEmpty)
        #expect(intake.responses.first?.answers["q1"]?.choice == "agree")
    }

    @Test func rejectsJSONThatIsNotAnObject() {
        #expect(messages("[1, 2]") == ["r.json: error: $: expected an object with 'respondent', 'type' and 'answers'"])
    }
}
