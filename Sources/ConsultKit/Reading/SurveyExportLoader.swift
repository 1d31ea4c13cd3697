import Foundation

/// Reads a survey export (CSV) one row at a time: each row is one response, built by the same
/// ``ResponseBuilder`` as a response file, so every rule of response files applies to it.
///
/// Problems are reported as `FILE:ROW`, naming the column; a row's other cells still count, and an answer
/// that is not recognised is counted as `unrecognised`, so no row is dropped silently.
struct SurveyExportLoader: Sendable {
    let questionnaire: Questionnaire
    /// How often, in rows, progress is reported.
    static let progressInterval = 2048

    /// Reads `data` (the export) with its optional mapping file into `intake`.
    func load(
        _ data: Data, source: String, mapping: (data: Data, source: String)?, mappingName: String,
        into intake: inout Intake, progress: ((ReadProgress) -> Void)? = nil
    ) {
        let vocabulary = Vocabulary(questionnaire: questionnaire)
        var reader: CSVReader
        do {
            reader = try CSVReader(data: data, source: source)
        } catch {
            intake.diagnostics.append(error.diagnostic)
            return
        }
        let columns: SurveyColumns
        if let mapping {
            let (read, problems) = SurveyMapping.read(mapping.data, source: mapping.source)
            intake.diagnostics += problems
            guard let read else { return }
            if let named = read.questionnaire?.trimmingSpaces(), !named.isEmpty, named != questionnaire.id {
                intake.diagnostics.append(
                    .warning(
                        "$.questionnaire: this export answers questionnaire '\(named)', not '\(questionnaire.id)'; it is left out of this run",
                        file: mapping.source))
                return
            }
            let (mapped, columnProblems) = SurveyColumns.mapped(
                header: reader.header, mapping: read, mappingSource: mapping.source, exportSource: source,
                vocabulary: vocabulary)
            intake.diagnostics += columnProblems
            columns = mapped
        } else {
            let (inferred, columnProblems) = SurveyColumns.inferred(
                header: reader.header, source: source, mappingName: mappingName, vocabulary: vocabulary)
            intake.diagnostics += columnProblems
            columns = inferred
        }
        var report = ExportReport(file: source, encoding: reader.encoding.description)
        let rows = RowReader(columns: columns, header: reader.header, questionnaire: questionnaire, source: source)
        let builder = ResponseBuilder(vocabulary: vocabulary)
        while let row = reader.next() {
            report.rowsRead += 1
            var (raw, problems) = rows.raw(row)
            if let named = raw.fields["questionnaire"]?.text.trimmingSpaces(), !named.isEmpty, named != questionnaire.id {
                problems.append(
                    .warning(
                        "column '\(raw.fields["questionnaire"]?.column ?? "questionnaire")': this row answers questionnaire '\(named)', not '\(questionnaire.id)'; it is left out of this run",
                        file: source, line: row.number))
                intake.diagnostics += problems
                continue
            }
            let (response, built) = builder.build(raw)
            problems += built
            report.rejectedCells += problems.filter { $0.severity == .error }.count
            intake.diagnostics += problems
            if let response {
                report.responses += 1
                intake.add(response)
            }
            if let progress, report.rowsRead % Self.progressInterval == 0 {
                progress(ReadProgress(file: source, rows: report.rowsRead, bytesRead: reader.bytesRead, totalBytes: reader.totalBytes))
            }
        }
        progress?(ReadProgress(file: source, rows: report.rowsRead, bytesRead: reader.totalBytes, totalBytes: reader.totalBytes))
        intake.diagnostics += reader.warnings
        intake.exports.append(report)
    }
}

extension SurveyExportLoader {
    /// Turns one CSV record into the raw shape every response takes.
    struct RowReader: Sendable {
        let columns: SurveyColumns
        let header: [String]
        let questionnaire: Questionnaire
        let source: String

        func raw(_ row: CSVRow) -> (RawResponse, [Diagnostic]) {
            var diagnostics: [Diagnostic] = []
            if row.fields.count > header.count {
                diagnostics.append(
                    .error(
                        "this row has \(row.fields.count) fields but the header has \(header.count); the extra fields are ignored (is a separator inside an unquoted field?)",
                        file: source, line: row.number))
            } else if row.fields.count < header.count {
                diagnostics.append(
                    .error(
                        "this row has \(row.fields.count) fields but the header has \(header.count); the missing fields are read as empty",
                        file: source, line: row.number))
            }
            var raw = RawResponse(source: source, row: row.number, line: row.number)
            var sections = [RawResponse.Section?](repeating: nil, count: questionnaire.questions.count)
            func section(_ position: Int) -> RawResponse.Section {
                sections[position] ?? RawResponse.Section(question: questionnaire.questions[position].id, line: row.number)
            }
            for (index, role) in columns.roles.enumerated() {
                guard let role, index < row.fields.count else { continue }
                let cell = row.fields[index]
                let value = RawResponse.Value(cell, line: row.number, column: header[index])
                switch role {
                case .field("id"):
                    continue
                case .field(let name):
                    raw.fields[name] = value
                case .answer(let position):
                    var item = section(position)
                    item.answer = value
                    sections[position] = item
                case .comments(let position):
                    let text = cell.trimmingSpaces()
                    guard !text.isEmpty else { continue }
                    var item = section(position)
                    item.text = item.text.isEmpty ? text : item.text + "\n\n" + text
                    sections[position] = item
                case .concerns(let position):
                    guard !cell.trimmingSpaces().isEmpty else { continue }
                    var item = section(position)
                    item.concerns.append(value)
                    sections[position] = item
                }
            }
            raw.sections = sections.compactMap { $0 }
            return (raw, diagnostics)
        }
    }
}
