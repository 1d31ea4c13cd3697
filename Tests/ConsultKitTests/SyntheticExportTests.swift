import Foundation
import Testing

@testable import ConsultKit

@Suite struct SyntheticExportTests {
    /// The generator works out the answer key as it writes each row; reading the export back must arrive
    /// at exactly the same figures.
    @Test func readingAGeneratedExportGivesItsAnswerKey() throws {
        let export = SyntheticExport(rows: 10_000, seed: 42)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "consult-synthetic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try export.write(into: folder.path)
        let workspace = Workspace(
            questionnaires: folder.path + "/Questionnaires", responses: folder.path + "/Responses")
        let intake = workspace.load()
        let questionnaire = try #require(intake.questionnaire)
        let summary = Analysis(questionnaire: questionnaire, intake: intake).summary
        let key = export.key

        #expect(key.rows == 10_000)
        #expect(intake.exports.first?.rowsRead == key.rows)
        #expect(intake.exports.first?.responses == key.rows)
        #expect(intake.exports.first?.rejectedCells == key.rejectedCells)
        #expect(summary.exports.first?.superseded == key.superseded)
        #expect(summary.respondents == key.respondents)
        #expect(summary.superseded == key.superseded)
        #expect(summary.late == key.late)
        #expect(summary.byType == key.byType)
        #expect(summary.byPlace == key.byPlace)
        for question in summary.questions {
            #expect(question.counts.filter { $0.value > 0 } == key.counts[question.id], "\(question.id)")
            #expect(question.unanswered == key.unanswered[question.id], "\(question.id)")
            #expect(question.position == key.positions[question.id], "\(question.id)")
        }
        #expect(Dictionary(uniqueKeysWithValues: summary.themes.map { ($0.id, $0.respondents) }) == key.themes)
        #expect(Dictionary(uniqueKeysWithValues: summary.themes.map { ($0.id, $0.questions) }) == key.themeQuestions)
        // The export is a fair test: it has every kind of respondent and outcome in it.
        #expect(key.superseded > 100 && key.late > 100 && key.rejectedCells > 10)
        #expect(Set(key.positions.values).count > 1)
    }

    @Test func theSameSeedGivesTheSameBytes() {
        #expect(SyntheticExport(rows: 300, seed: 9).csv == SyntheticExport(rows: 300, seed: 9).csv)
        #expect(SyntheticExport(rows: 300, seed: 9).csv != SyntheticExport(rows: 300, seed: 10).csv)
    }

    /// Each sentence raises exactly the theme the generator counts for it, and the others raise none.
    @Test func everySentenceRaisesExactlyItsTheme() {
        let matcher = ThemeMatcher(themes: SyntheticExport.questionnaire.themes)
        for sentence in SyntheticExport.themeSentences {
            #expect(matcher.hits(in: sentence.text).map(\.theme) == [sentence.theme], "\(sentence.text)")
        }
        for sentence in SyntheticExport.neutralSentences {
            #expect(matcher.hits(in: sentence).isEmpty, "\(sentence)")
        }
    }
}
