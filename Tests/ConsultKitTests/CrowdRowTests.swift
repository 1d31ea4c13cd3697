import Foundation
import Testing

@testable import ConsultKit

/// Members of the public read straight from their cells into a ``CrowdRow`` must fold into exactly the crowd
/// that building each row's ``Response`` and folding that gives, with the same diagnostics in the same order.
@Suite struct CrowdRowTests {
    typealias Rows = SurveyRowBuilderTests

    /// A batch that folds members of the public, over the awkward header of ``SurveyRowBuilderTests``.
    static func batch() -> SurveyExportLoader.Batch {
        SurveyExportLoader.Batch(
            questionnaire: Rows.questionnaire, columns: SurveyColumns(roles: Rows.columns.map(\.role)),
            header: Rows.columns.map(\.name), source: "form.csv", folds: true)
    }

    /// What folding each row's built response gives: the reference the batch must match.
    static func foldedThroughResponses(_ rows: [CSVRow], batch: SurveyExportLoader.Batch) throws -> (
        crowd: Crowd, diagnostics: [Diagnostic], whole: [Response]
    ) {
        let direct = try #require(batch.direct)
        var crowd = Crowd(questionnaire: Rows.questionnaire)
        var memory = SurveyRowBuilder.Memory()
        var diagnostics: [Diagnostic] = []
        var whole: [Response] = []
        for row in rows {
            let outcome = direct.build(row, memory: &memory)
            diagnostics += outcome.diagnostics
            guard !outcome.isLeftOut, let response = outcome.response else { continue }
            if response.isPublic { crowd.fold(response) } else { whole.append(response) }
        }
        return (crowd, diagnostics, whole)
    }

    /// Everything a crowd holds, as text, so that two crowds compare field by field (the records kept whole are
    /// compared as values: a dictionary's description depends on its history).
    static func contents(_ crowd: Crowd) -> [String] {
        let samples = crowd.samples.map { sample in
            sample.entries.map { "\($0.order.first)|\($0.order.second)|\($0.order.source)|\($0.order.row)#\($0.index)" }
        }
        let unrecognised = crowd.unrecognisedText.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let holders = crowd.holders.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let clusters = crowd.campaigns.clusters().map { "\($0.members)/\($0.representative)" }
        return [
            "sources \(crowd.sources)", "source \(crowd.source)", "row \(crowd.row)", "place \(crowd.place)",
            "submitted \(crowd.submitted)", "unquotable \(crowd.unquotable)", "answers \(crowd.answers)",
            "flags \(crowd.flags)", "commented \(crowd.commented)", "mentions \(crowd.mentions)",
            "mentionStart \(crowd.mentionStart)", "unrecognised \(unrecognised)", "samples \(samples)",
            "kept \(crowd.kept.keys.sorted())", "holders \(holders)", "signed \(crowd.campaigns.count)",
            "clusters \(clusters)",
        ]
    }

    @Test func foldsEveryKindOfRowAsItsResponseWouldBeFolded() throws {
        let batch = Self.batch()
        // Enough rows that remembered look-ups are checked as well as fresh ones, and samples fill and evict.
        let rows = Rows.rows(count: 3_000, seed: 19)
        let result = batch.process(rows, into: nil)
        let reference = try Self.foldedThroughResponses(rows, batch: batch)
        let crowd = try #require(result.crowd)
        #expect(crowd.count == reference.crowd.count)
        for (folded, expected) in zip(Self.contents(crowd), Self.contents(reference.crowd)) {
            #expect(folded == expected)
        }
        #expect(crowd.kept == reference.crowd.kept)
        #expect(result.diagnostics == reference.diagnostics)
        #expect(result.whole == reference.whole)
        // The rows are a fair test: many members of the public, some kept whole, with unrecognised answers,
        // listed themes, places, dates and publish: no among them, and problems reported.
        #expect(crowd.count > 300 && crowd.kept.count > 12)
        #expect(crowd.answers.contains(Crowd.unrecognisedCode) && crowd.unrecognisedText.count > 10)
        #expect(crowd.unquotable.contains(true) && crowd.submitted.contains { $0 != 0 } && crowd.place.contains(-1))
        #expect(!crowd.mentions.isEmpty && crowd.place.contains { $0 >= 0 })
        #expect(result.diagnostics.count > 1_000)
    }

    @Test func foldsBatchesStartingFromEarlierSamplesAsResponsesWouldBe() throws {
        // A batch folded after others starts from their samples, as placeholders; it must keep the same rows.
        let batch = Self.batch()
        let rows = Rows.rows(count: 2_000, seed: 23)
        let (first, second) = (Array(rows.prefix(1_000)), Array(rows.dropFirst(1_000)))
        var crowd = try #require(batch.process(first, into: nil).crowd)
        let start = crowd.batchCopy()
        crowd.append(try #require(batch.process(second, into: start).crowd))
        let reference = try Self.foldedThroughResponses(rows, batch: batch)
        for (folded, expected) in zip(Self.contents(crowd), Self.contents(reference.crowd)) {
            #expect(folded == expected)
        }
        #expect(crowd.kept == reference.crowd.kept)
    }

    @Test func readsAResponseAsTheCrowdDid() throws {
        let questionnaire = Rows.questionnaire
        let crowd = Crowd(questionnaire: questionnaire)
        let scaled = try #require(questionnaire.questions.firstIndex { $0.scale != nil })
        let question = questionnaire.questions[scaled]
        let option = try #require(questionnaire.options(for: question).last)
        let theme = try #require(questionnaire.themes.last)
        let place = try #require(questionnaire.places.last)
        var response = Response(
            source: "form.csv", row: 7, respondent: "Member of the public", type: StakeholderType.publicID,
            place: place.id, submitted: Day(year: 2021, month: 1, day: 4), publish: .no)
        response.answers[question.id] = Answer(
            question: question.id, choice: option.id, concerns: [theme.id, "no-such-theme", theme.id],
            text: "Some words.", conditional: true)
        let row = CrowdRow(response, layout: crowd.layout, questionnaire: questionnaire)
        let scaledIndex = try #require(crowd.layout.scaledIndex[scaled])
        #expect(row.source == "form.csv" && row.row == 7 && row.respondent == "Member of the public")
        #expect(row.place == questionnaire.places.count - 1 && row.submitted == 20_210_104 && row.unquotable)
        #expect(row.texts[scaled] == "Some words." && row.texts.filter { !$0.isEmpty }.count == 1)
        #expect(row.concerns.map(\.question) == [scaled, scaled])
        #expect(row.concerns.map(\.theme) == [questionnaire.themes.count - 1, questionnaire.themes.count - 1])
        #expect(row.codes[scaledIndex] == UInt8(questionnaire.options(for: question).count))
        #expect(row.flags[scaledIndex] == Crowd.Flag.conditional && row.unrecognised.isEmpty)
    }
}
