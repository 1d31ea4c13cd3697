import Foundation

/// Reads one response file of any supported kind into an ``Intake``.
struct ResponseLoader: Sendable {
    /// What a file in `Responses/` is.
    enum Kind: Equatable {
        case markdown, json, csv, ignored

        /// Files starting with `_` (the register, editorial text), mappings and READMEs are not responses.
        init(fileName: String) {
            let lower = fileName.lowercased()
            if lower.hasPrefix("_") || lower.hasSuffix(".mapping.json") || lower.hasPrefix("readme") {
                self = .ignored
            } else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
                self = .markdown
            } else if lower.hasSuffix(".json") {
                self = .json
            } else if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") {
                self = .csv
            } else {
                self = .ignored
            }
        }
    }

    let questionnaire: Questionnaire
    let requireQuestionnaireField: Bool

    func load(_ data: Data, kind: Kind, source: String, into intake: inout Intake) {
        let vocabulary = Vocabulary(questionnaire: questionnaire)
        let raw: RawResponse?
        var diagnostics: [Diagnostic]
        switch kind {
        case .markdown:
            guard let text = String(data: data, encoding: .utf8) else {
                intake.diagnostics.append(
                    .error("this file is not UTF-8 text; open it in an editor and save it as UTF-8", file: source))
                return
            }
            (raw, diagnostics) = MarkdownResponseReader(vocabulary: vocabulary).read(text, source: source)
        case .json:
            (raw, diagnostics) = JSONResponseReader(vocabulary: vocabulary).read(data, source: source)
        case .csv:
            SurveyExportLoader(questionnaire: questionnaire).load(data, source: source, into: &intake)
            return
        case .ignored:
            return
        }
        guard let raw else {
            intake.diagnostics += diagnostics
            return
        }
        if let named = raw.fields["questionnaire"]?.text.trimmingSpaces(), !named.isEmpty, named != questionnaire.id {
            diagnostics.append(
                .warning(
                    "this response answers questionnaire '\(named)', not '\(questionnaire.id)'; it is left out of this run",
                    file: source, line: raw.fields["questionnaire"]?.line))
            intake.diagnostics += diagnostics
            return
        }
        let (response, problems) = ResponseBuilder(questionnaire: questionnaire).build(raw)
        intake.diagnostics += diagnostics + problems
        if let response { intake.responses.append(response) }
    }
}
