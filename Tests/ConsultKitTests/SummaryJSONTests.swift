import Foundation
import Testing

@testable import ConsultKit

@Suite struct SummaryJSONTests {
    @Test func isStableSortedJSONEndingInANewline() throws {
        var intake = Intake()
        intake.responses = [Fixture.response("Council A", answers: ["q1": "agree"])]
        intake.diagnostics = [.error("$.version: too new", file: "Questionnaires/other.json")]
        let analysis = Analysis(questionnaire: Fixture.questionnaire(), intake: intake)
        let text = SummaryJSON.encode(analysis.summary)
        #expect(text.hasSuffix("}\n"))
        #expect(text == SummaryJSON.encode(analysis.summary))
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
        #expect(
            keys == [
                "byPlace", "byType", "campaigns", "exports", "late", "problems", "questionnaire", "questions",
                "respondents",
                "selection",
                "superseded", "themes", "unconfirmedInferred",
            ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let problem = try #require((object["problems"] as? [[String: Any]])?.first)
        #expect(problem["file"] as? String == "Questionnaires/other.json")
        #expect(problem["line"] is NSNull)
        #expect(problem["severity"] as? String == "error")
        #expect(problem["message"] as? String == "$.version: too new")
    }

    @Test func roundTripsThroughCodable() throws {
        let summary = Fixture.analysis([
            Fixture.response("Council A", place: "north", answers: ["q1": "agree"], concerns: ["q2": ["veto"]])
        ]).summary
        let decoded = try JSONDecoder().decode(Summary.self, from: Data(SummaryJSON.encode(summary).utf8))
        #expect(decoded == summary)
    }
}
