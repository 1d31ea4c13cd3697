import Foundation
import Testing

@testable import ConsultKit

@Suite struct QuestionnaireReaderTests {
    /// The messages `QuestionnaireReader` gives for `questionnaire`, as they would be printed.
    private func problems(_ questionnaire: Questionnaire) -> [String] {
        problems(Data(Fixture.questionnaireJSON(questionnaire).utf8))
    }

    private func problems(_ data: Data) -> [String] {
        let (read, diagnostics) = QuestionnaireReader.read(data, source: "Questionnaires/test.json")
        if !diagnostics.isEmpty { #expect(read == nil) }
        return diagnostics.map(\.formatted)
    }

    /// The fixture as a JSON object, edited by `edit`, as bytes.
    private func edited(_ edit: (inout [String: Any]) -> Void) throws -> Data {
        let data = Data(Fixture.questionnaireJSON().utf8)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        edit(&object)
        return try JSONSerialization.data(withJSONObject: object)
    }

    @Test func readsAWellFormedQuestionnaire() throws {
        let (read, diagnostics) = QuestionnaireReader.read(
            Data(Fixture.questionnaireJSON().utf8), source: "Questionnaires/test.json")
        #expect(diagnostics.isEmpty)
        let questionnaire = try #require(read)
        #expect(questionnaire == Fixture.questionnaire())
    }

    @Test func readsTheShippedQuestionnaire() throws {
        let path = Repository.questionnaires + "/nhse-integrating-care-2020.json"
        let data = try #require(FileManager.default.contents(atPath: path))
        let (read, diagnostics) = QuestionnaireReader.read(data, source: path)
        #expect(diagnostics.isEmpty)
        let questionnaire = try #require(read)
        #expect(questionnaire.id == "nhse-integrating-care-2020")
        #expect(questionnaire.questions.map(\.id) == ["q1", "q2", "q3", "q4", "option", "comments"])
        #expect(questionnaire.feedbackDeadline == Day(year: 2021, month: 1, day: 4))
        #expect(questionnaire.stakeholderType(id: "public")?.weight == 0.5)
    }

    @Test func optionalFieldsTakeTheirDefaults() throws {
        let json = """
            {"id": "tiny", "title": "Tiny",
             "scales": {"yes-no": [{"id": "yes"}, {"id": "no", "label": "No"}]},
             "questions": [{"id": "q1", "scale": "yes-no"}]}
            """
        let (read, diagnostics) = QuestionnaireReader.read(Data(json.utf8), source: "tiny.json")
        #expect(diagnostics.isEmpty)
        let questionnaire = try #require(read)
        #expect(questionnaire.version == 1)
        #expect(questionnaire.publisher == "")
        #expect(questionnaire.questions[0].label == "q1")
        #expect(questionnaire.questions[0].text == "")
        #expect(questionnaire.scales["yes-no"]?[0] == ScaleOption(id: "yes", label: "yes", side: "yes"))
        #expect(questionnaire.scales["yes-no"]?[1] == ScaleOption(id: "no", label: "No", side: "no"))
        #expect(questionnaire.stakeholderTypes.isEmpty)
        #expect(questionnaire.places.isEmpty)
        #expect(questionnaire.themes.isEmpty)
    }

    @Test func rejectsDuplicateQuestionIDs() {
        var questionnaire = Fixture.questionnaire()
        questionnaire.questions.append(Question(id: "q1", label: "Q1 again", text: "", scale: nil))
        #expect(
            problems(questionnaire) == [
                "Questionnaires/test.json: error: $.questions[4].id: duplicate question id 'q1' (first used at $.questions[0])"
            ])
    }

    @Test func rejectsDuplicateScaleAnswerIDs() {
        var questionnaire = Fixture.questionnaire()
        questionnaire.scales["agreement"]?.append(ScaleOption(id: "agree", label: "Agree again", side: "agree"))
        #expect(
            problems(questionnaire) == [
                "Questionnaires/test.json: error: $.scales.agreement[5].id: duplicate answer id 'agree' (first used at $.scales.agreement[1])"
            ])
    }

    @Test func rejectsDuplicateStakeholderTypeIDs() {
        var questionnaire = Fixture.questionnaire()
        questionnaire.stakeholderTypes.append(StakeholderType(id: "council", label: "Council"))
        #expect(
            problems(questionnaire) == [
                "Questionnaires/test.json: error: $.stakeholderTypes[3].id: duplicate stakeholder type id 'council' (first used at $.stakeholderTypes[0])"
            ])
    }

    @Test func rejectsDuplicatePlaceIDs() {
        var questionnaire = Fixture.questionnaire()
        questionnaire.places.append(Place(id: "north", label: "Northern Town"))
        #expect(
            problems(questionnaire) == [
                "Questionnaires/test.json: error: $.places[2].id: duplicate place id 'north' (first used at $.places[0])"
            ])
    }

    @Test func rejectsDuplicateThemeIDs() {
        var questionnaire = Fixture.questionnaire()
        questionnaire.themes.insert(Theme(id: "veto", label: "Veto again"), at: 1)
        #expect(
            problems(questionnaire) == [
                "Questionnaires/test.json: error: $.themes[2].id: duplicate theme id 'veto' (first used at $.themes[1])"
            ])
    }

    @Test func rejectsAQuestionNamingAMissingScale() {
        var questionnaire = Fixture.questionnaire()
        questionnaire.questions[1].scale = "agreemnt"
        #expect(
            problems(questionnaire) == [
                "Questionnaires/test.json: error: $.questions[1].scale: no scale is called 'agreemnt'; the scales are 'agreement', 'options'"
            ])
    }

    @Test func rejectsAScaleWhenThereAreNoScales() {
        var questionnaire = Fixture.questionnaire()
        questionnaire.scales = [:]
        questionnaire.questions = [questionnaire.questions[0], questionnaire.questions[3]]
        #expect(
            problems(questionnaire) == [
                "Questionnaires/test.json: error: $.questions[0].scale: no scale is called 'agreement'; the questionnaire has no 'scales'"
            ])
    }

    @Test func rejectsAnEmptyScale() {
        var questionnaire = Fixture.questionnaire()
        questionnaire.scales["empty"] = []
        #expect(
            problems(questionnaire) == ["Questionnaires/test.json: error: $.scales.empty: the scale has no answers"])
    }

    @Test func rejectsAWeightBelowZero() {
        var questionnaire = Fixture.questionnaire()
        questionnaire.stakeholderTypes[1].weight = -0.5
        #expect(
            problems(questionnaire) == [
                "Questionnaires/test.json: error: $.stakeholderTypes[1].weight: the weight of 'trust' is below 0"
            ])
    }

    @Test func acceptsAWeightOfZero() {
        var questionnaire = Fixture.questionnaire()
        questionnaire.stakeholderTypes[1].weight = 0
        #expect(problems(questionnaire) == [])
    }

    @Test func rejectsANonPositiveLimit() {
        var questionnaire = Fixture.questionnaire()
        questionnaire.questions[0].limit = 0
        #expect(
            problems(questionnaire) == [
                "Questionnaires/test.json: error: $.questions[0].limit: the limit must be a positive number of characters, not 0"
            ])
    }

    @Test func rejectsAVersionNewerThanSupported() {
        var questionnaire = Fixture.questionnaire()
        questionnaire.version = 2
        #expect(
            problems(questionnaire) == [
                "Questionnaires/test.json: error: $.version: this file is version 2, but this build of consult reads up to version 1; update consult"
            ])
    }

    @Test func reportsANewerVersionBeforeFieldsItDoesNotUnderstand() throws {
        // A future format may rename or drop fields; the version is the one thing worth saying then.
        let data = try edited { object in
            object["version"] = 2
            object["questions"] = nil
        }
        #expect(
            problems(data) == [
                "Questionnaires/test.json: error: $.version: this file is version 2, but this build of consult reads up to version 1; update consult"
            ])
    }

    @Test func rejectsInvalidJSON() throws {
        let found = problems(Data("{\"id\": \"x\",".utf8))
        try #require(found.count == 1)
        #expect(found[0].hasPrefix("Questionnaires/test.json: error: $: this is not valid JSON ("))
        #expect(found[0].hasSuffix(")"))
    }

    @Test func rejectsAMissingRequiredField() throws {
        let data = try edited { $0["title"] = nil }
        #expect(problems(data) == ["Questionnaires/test.json: error: $.title: missing required field 'title'"])
    }

    @Test func rejectsAMissingFieldInsideAList() throws {
        let data = try edited { object in
            var questions = object["questions"] as? [[String: Any]] ?? []
            questions[2]["id"] = nil
            object["questions"] = questions
        }
        #expect(problems(data) == ["Questionnaires/test.json: error: $.questions[2].id: missing required field 'id'"])
    }

    @Test func rejectsAFieldOfTheWrongType() throws {
        let data = try edited { object in
            var questions = object["questions"] as? [[String: Any]] ?? []
            questions[0]["limit"] = "lots"
            object["questions"] = questions
        }
        #expect(problems(data) == ["Questionnaires/test.json: error: $.questions[0].limit: expected a whole number"])
    }

    @Test func rejectsABadDeadline() throws {
        let data = try edited { $0["feedbackDeadline"] = "next Friday" }
        #expect(
            problems(data) == [
                "Questionnaires/test.json: error: $.feedbackDeadline: 'next Friday' is not a date; expected YYYY-MM-DD or DD/MM/YYYY"
            ])
    }

    @Test func rejectsAThemePhraseWithAStarInTheMiddle() {
        var questionnaire = Fixture.questionnaire()
        questionnaire.themes[0].phrases.append("accoun*tability")
        #expect(
            problems(questionnaire) == [
                "Questionnaires/test.json: error: $.themes[0].phrases[2]: 'accoun*tability' has a '*' that does not end the phrase; a '*' may only end the last word"
            ])
    }

    @Test func rejectsAThemePhraseWithNoWords() {
        var questionnaire = Fixture.questionnaire()
        questionnaire.themes[1].phrases = ["--", "veto"]
        #expect(
            problems(questionnaire) == [
                "Questionnaires/test.json: error: $.themes[1].phrases[0]: '--' has no words to match (use letters or digits; a '*' may only end the phrase)"
            ])
    }

    @Test func reportsEveryProblemAtOnce() {
        var questionnaire = Fixture.questionnaire()
        questionnaire.questions[0].scale = "missing"
        questionnaire.stakeholderTypes[0].weight = -1
        questionnaire.places.append(Place(id: "south", label: "South again"))
        #expect(
            problems(questionnaire) == [
                "Questionnaires/test.json: error: $.places[2].id: duplicate place id 'south' (first used at $.places[1])",
                "Questionnaires/test.json: error: $.questions[0].scale: no scale is called 'missing'; the scales are 'agreement', 'options'",
                "Questionnaires/test.json: error: $.stakeholderTypes[0].weight: the weight of 'council' is below 0",
            ])
    }
}
