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

    /// A fifth of the members of the public paste one of three campaign templates, lightly edited: each
    /// template's copies are found as one campaign, of exactly the size the generator wrote, and every
    /// other figure still matches the answer key.
    @Test func campaignCopiesAreFoundWithTheirExactSizes() throws {
        let export = SyntheticExport(rows: 4_000, seed: 7, campaignShare: 0.2)
        #expect(export.key.campaigns.count == 3)
        #expect(export.key.campaigns.allSatisfy { $0 > 150 })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "consult-synthetic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try export.write(into: folder.path)
        let intake = Workspace(questionnaires: folder.path + "/Questionnaires", responses: folder.path + "/Responses")
            .load()
        let summary = Analysis(questionnaire: try #require(intake.questionnaire), intake: intake).summary
        #expect(summary.campaigns.prefix(3).map(\.size) == export.key.campaigns.sorted(by: >))
        // Whatever else clusters is chance repetition of the generator's few sentences: small groups.
        #expect(summary.campaigns.dropFirst(3).allSatisfy { $0.size < 20 })
        #expect(summary.respondents == export.key.respondents)
        #expect(Dictionary(uniqueKeysWithValues: summary.themes.map { ($0.id, $0.respondents) }) == export.key.themes)
        for question in summary.questions {
            #expect(question.counts.filter { $0.value > 0 } == export.key.counts[question.id], "\(question.id)")
        }
    }

    /// The campaign templates' own sentences raise no theme, so the answer key counts only the borrowed ones.
    @Test func campaignSentencesRaiseOnlyTheThemesOfBorrowedSentences() {
        let matcher = ThemeMatcher(themes: SyntheticExport.questionnaire.themes)
        let borrowed = Set(SyntheticExport.themeSentences.map(\.text))
        for template in SyntheticExport.campaignTemplates {
            for sentence in template.comments.joined() where !borrowed.contains(sentence) {
                #expect(matcher.hits(in: sentence).isEmpty, "\(sentence)")
            }
        }
        #expect(matcher.hits(in: "As a local resident: Thank you.").isEmpty)
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
