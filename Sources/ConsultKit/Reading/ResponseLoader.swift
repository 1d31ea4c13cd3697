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

    /// Reads one file; a survey export also takes its mapping file, when there is one, and reports progress.
    func load(
        _ data: Data, kind: Kind, source: String, mapping: (data: Data, source: String)? = nil,
        into intake: inout Intake, progress: ((ReadProgress) -> Void)? = nil
    ) {
        let vocabulary = Vocabulary(questionnaire: questionnaire)
        let raw: RawResponse?
        var diagnostics: [Diagnostic]
        switch kind {
        case .markdown:
            let decoded = TextEncoding.decode(data)
            let text = String(decoding: decoded.utf8.dropFirst(decoded.start), as: UTF8.self)
            (raw, diagnostics) = MarkdownResponseReader(vocabulary: vocabulary).read(text, source: source)
            if let offset = decoded.firstInvalidOffset {
                let warning = CSVReader.invalidUTF8Warning(
                    data, offset: offset, encoding: decoded.encoding, source: source,
                    saveAs: "save the file as UTF-8 text (in Notepad: Save as, Encoding: UTF-8)")
                diagnostics.insert(warning, at: 0)
            }
        case .json:
            (raw, diagnostics) = JSONResponseReader(vocabulary: vocabulary).read(data, source: source)
        case .csv:
            SurveyExportLoader(questionnaire: questionnaire).load(
                data, source: source, mapping: mapping, mappingName: Self.mappingName(for: source), into: &intake,
                progress: progress)
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
        if let response { intake.add(response) }
    }

    /// The mapping file that belongs to an export: `Responses/form.csv` → `Responses/form.mapping.json`.
    static func mappingName(for path: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[slash...].lastIndex(of: ".") else { return path + ".mapping.json" }
        return String(path[..<dot]) + ".mapping.json"
    }
}
