import Foundation

/// Reads a survey export (CSV) into responses. Placeholder until the CSV reader lands.
struct SurveyExportLoader: Sendable {
    let questionnaire: Questionnaire

    func load(_ data: Data, source: String, into intake: inout Intake) {
        intake.diagnostics.append(.warning("survey exports (.csv) are not read yet; this file is skipped", file: source))
    }
}
